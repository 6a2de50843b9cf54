"""Site `quyhtx-nghean` (registry family `generic`): the Quỹ hỗ trợ phát triển hợp tác xã of Nghệ An province
(the cooperative development fund run by the provincial cooperative alliance), published statically by
Movable Type 6; written as a held-out test: no family module, no selectors.

Why it is hard: an entry's text is split in two: `div.asset-body` (the entry body, all that the
home page, the category and monthly archives show, followed by "Tiếp tục đọc »") and
`div.asset-more` (the "extended entry", `id="more"`), both part of the article. The title is
`h1.asset-name`; `div.asset-meta` gives "Đăng bởi <span class='vcard author'>…</span> vào <abbr
class='published' title='2026-03-16T09:15:00+07:00'>16/03/2026 09:15</abbr>": the MT author is the
fund's admin account "Quản trị" (never an author) or a staff member (the author when no byline names
someone else); a byline, when there is one, closes the extended half. Entries sit at
`/2026/03/<basename>.html`; the monthly archives `/archives/2025/08/` list a month's entry bodies,
so a month with a single short entry (no extended half) holds the whole text of that entry under
its own h2 and abbr: still a listing. Category archives page by `/category/tin-tuc/index_2.html`;
tags and search go through `/mt/mt-search.cgi`; comments (with their dates) and the
`mt-comments.cgi` form, "TrackBack URL", "« previous | Trang chủ | next »" and a "Bài liên quan"
box with dates follow the text. Notices are MT *pages* in the `/thong-bao/` folder, whose template
shows no date: one says only "Ngày 12/3, …" and the folder's index lists it with 12/03/2026. The
introduction and contact pages use the same page template (not articles). A plan's own date
(10/02/2026) precedes its posting (24/02/2026); a conference of "Ngày 20/11" is posted 24/11/2025.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, esc, inline_html, iso, pdf, weekday

SITE = "quyhtx-nghean"
NAME = "Quỹ hỗ trợ phát triển hợp tác xã tỉnh Nghệ An"
HTML = "text/html; charset=utf-8"
PER = 5
PDF_PATH = "/files/KH-08-QHTX-2026.pdf"
CATS = {"tin-tuc": "Tin tức", "van-ban": "Văn bản"}
NOTICES = "/thong-bao/"
SEARCH = "/mt/mt-search.cgi"
LOGIN = "/mt/mt-cp.cgi?__mode=login&blog_id=1"

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Vốn Quỹ - Động lực phát triển kinh tế tập thể xứ Nghệ"]
SIDE = ["Tìm kiếm", "Chuyên mục", "Bài mới", "Lưu trữ", "Thẻ", "Lãi suất cho vay hiện hành",
        "Ngắn hạn: 6,2%/năm - Trung hạn: 6,8%/năm", "Hỗ trợ vay vốn: 0238.3844.615", "Lượt truy cập: 74.208",
        "Liên kết", "Được phát hành bởi Movable Type 6.8"]
LABELS = ["Đăng bởi", "Liên kết tĩnh", "Chuyên mục:", "Thẻ:", "TrackBack URL:", "Bình luận",
          "Gửi bình luận", "Tên", "Địa chỉ email", "Ghi nhớ thông tin cá nhân?",
          "Đăng nhập để bình luận", "Bài liên quan", "Trang chủ", "Gửi bởi:"]
FOOTER = ["Quỹ hỗ trợ phát triển hợp tác xã tỉnh Nghệ An - trực thuộc Liên minh Hợp tác xã tỉnh Nghệ An",
          "Địa chỉ: Số 4 Phan Đăng Lưu, phường Trường Vinh, tỉnh Nghệ An",
          "Điện thoại: 0238.3844.615 - Email: quyhtxnghean@gmail.com",
          "Chịu trách nhiệm nội dung: Ông Nguyễn Đình Hải - Giám đốc Quỹ",
          "Ghi rõ nguồn \"Quỹ hỗ trợ phát triển HTX tỉnh Nghệ An\" khi phát hành lại thông tin từ website này."]
COMMENTS = {
    "quy-cho-vay-2-ty-dong-giup-htx-che-hanh-lam": [
        ("Trần Văn Bình", "17/03/2026 07:42", "HTX chè của chúng tôi ở xã Thanh Chương cũng cần vốn mua máy sao chè, xin hỏi thủ tục ạ."),
    ],
    "hoi-nghi-tong-ket-cong-tac-tin-dung-nam-2025": [
        ("Lê Thị Hoa", "25/11/2025 10:20", "Hội nghị rất thiết thực, mong Quỹ sớm nâng hạn mức cho vay."),
        ("Nguyễn Công Minh", "26/11/2025 21:05", "Đề nghị Quỹ đăng tải mẫu phương án vay vốn lên website."),
    ],
}
BOILERPLATE = [TODAY, *SLOGANS, *SIDE, *LABELS, *FOOTER] + [c[2] for cs in COMMENTS.values() for c in cs]


def meta_date(d: datetime) -> dict:
    return dict(published=iso(d), published_source="metadata", evidence=["metadata", "date-element"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/2026/03/quy-cho-vay-2-ty-dong-giup-htx-che-hanh-lam.html",
          title="Quỹ cho vay 2 tỷ đồng giúp HTX chè Hạnh Lâm mở rộng xưởng chế biến",
          date=datetime(2026, 3, 16, 9, 15),
          body="""
HTX Nông nghiệp chè Hạnh Lâm (xã Hạnh Lâm) vừa được Quỹ hỗ trợ phát triển hợp tác xã tỉnh Nghệ An giải ngân khoản vay 2 tỷ đồng, thời hạn 48 tháng.
Nguồn vốn được dùng để mở rộng xưởng chế biến chè xanh, đầu tư thêm 2 máy sao và 1 dây chuyền đóng gói chè túi lọc.
[img che-hanh-lam.png] Xưởng chế biến chè của HTX Nông nghiệp chè Hạnh Lâm
HTX hiện liên kết với 210 hộ trồng chè trên diện tích 180 ha; sản phẩm chè xanh Hạnh Lâm đã đạt OCOP 3 sao.
Sau khi mở rộng, công suất chế biến tăng từ 3 lên 6 tấn chè búp tươi/ngày, tạo việc làm thường xuyên cho 35 lao động.
""",
          author="Phan Thị Lan", **meta_date(datetime(2026, 3, 16, 9, 15)),
          opts={"mt_author": "Phan Thị Lan", "cat": "tin-tuc", "split": 2, "tags": ["HTX"]},
          notes=["no byline: the author is the MT author in div.asset-meta ('Đăng bởi Phan Thị Lan'); the text runs "
                 "on from div.asset-body into div.asset-more (the extended entry); a reader's comment of 17/03/2026 below"]),
        A(path="/2026/02/ke-hoach-cho-vay-nam-2026-cua-quy.html",
          title="Kế hoạch cho vay năm 2026 của Quỹ hỗ trợ phát triển hợp tác xã tỉnh Nghệ An",
          date=datetime(2026, 2, 24, 8, 0),
          body="""
LIÊN MINH HỢP TÁC XÃ TỈNH NGHỆ AN
QUỸ HỖ TRỢ PHÁT TRIỂN HỢP TÁC XÃ
Số: 08/KH-QHTX
Nghệ An, ngày 10 tháng 02 năm 2026
KẾ HOẠCH
Cho vay năm 2026 của Quỹ hỗ trợ phát triển hợp tác xã tỉnh Nghệ An
Căn cứ Quyết định số 4125/QĐ-UBND ngày 19/12/2025 của UBND tỉnh Nghệ An về giao kế hoạch phát triển kinh tế - xã hội năm 2026;
Căn cứ Điều lệ tổ chức và hoạt động của Quỹ hỗ trợ phát triển hợp tác xã tỉnh Nghệ An;
Quỹ xây dựng Kế hoạch cho vay năm 2026 với các nội dung sau:
1. Tổng mức cho vay mới: 85 tỷ đồng, trong đó cho vay trung, dài hạn chiếm 70%.
2. Đối tượng ưu tiên: HTX nông nghiệp ứng dụng công nghệ cao, HTX có sản phẩm OCOP, HTX do phụ nữ, thanh niên làm giám đốc.
3. Thời gian tiếp nhận hồ sơ: quanh năm; thẩm định trong 15 ngày làm việc.
4. Các phòng nghiệp vụ căn cứ Kế hoạch tổ chức triển khai, báo cáo kết quả hằng quý.
Nơi nhận: Thường trực Liên minh HTX tỉnh; Hội đồng quản lý Quỹ; Lưu: VT.
GIÁM ĐỐC Nguyễn Đình Hải
""",
          author=None, doc_number="08/KH-QHTX", **meta_date(datetime(2026, 2, 24, 8, 0)),
          attachments=[{"path": PDF_PATH, "text": "KH-08-QHTX-2026.pdf"}],
          opts={"mt_author": "Quản trị", "cat": "van-ban", "split": 6, "tags": []},
          notes=["official plan 'Số: 08/KH-QHTX' dated 'Nghệ An, ngày 10 tháng 02 năm 2026' citing a decision of "
                 "19/12/2025; the asset-meta shows 24/02/2026 08:00 (abbr.published title 2026-02-24T08:00:00+07:00); "
                 "signer last (text, author null); the PDF linked after the text"]),
        A(path="/2025/12/anh-mua-cam-vinh-o-htx-cam-xa-doai.html",
          title="Ảnh: Mùa cam Vinh ở HTX cam Xã Đoài",
          date=datetime(2025, 12, 5, 14, 0),
          body="""
[img cam-1.png] Thành viên HTX cam Xã Đoài thu hoạch cam chín vàng trên đồi
[img cam-2.png] Cam được rửa, phân loại và dán tem truy xuất nguồn gốc
[img cam-3.png] Kho bảo quản cam xây dựng bằng vốn vay 1,2 tỷ đồng của Quỹ
[img cam-4.png] Thương lái về tận vườn thu mua cam Vinh đạt chuẩn OCOP
Ảnh: Hồ Nhật
""",
          author="Hồ Nhật", **meta_date(datetime(2025, 12, 5, 14, 0)),
          opts={"mt_author": "Quản trị", "cat": "tin-tuc", "split": 1, "tags": ["OCOP"], "byline": "Ảnh: Hồ Nhật"},
          notes=["photo story: one captioned photo in div.asset-body, three more and the closing 'Ảnh: Hồ Nhật' "
                 "(author) in div.asset-more; the MT author 'Quản trị' is the admin account"]),
        A(path="/2025/11/hoi-nghi-tong-ket-cong-tac-tin-dung-nam-2025.html",
          title="Hội nghị tổng kết công tác tín dụng năm 2025",
          date=datetime(2025, 11, 24, 16, 30),
          body="""
Ngày 20/11, Quỹ hỗ trợ phát triển hợp tác xã tỉnh Nghệ An tổ chức hội nghị tổng kết công tác tín dụng năm 2025 với sự tham dự của đại diện 60 HTX đang vay vốn.
Năm 2025, Quỹ cho vay mới 64 dự án với tổng số tiền 78,5 tỷ đồng; dư nợ đến nay đạt 196 tỷ đồng, không phát sinh nợ xấu.
## Nhiều HTX làm ăn hiệu quả nhờ vốn Quỹ
Tại hội nghị, đại diện HTX Dịch vụ nông nghiệp Quỳnh Lưu, HTX Nuôi trồng thủy sản Diễn Châu chia sẻ kinh nghiệm sử dụng vốn vay để đầu tư máy móc, mở rộng sản xuất.
* HTX Dịch vụ nông nghiệp Quỳnh Lưu tăng doanh thu 35% sau 2 năm vay vốn;
* HTX Nuôi trồng thủy sản Diễn Châu mở rộng thêm 12 ha ao nuôi tôm;
* HTX Mây tre đan Hưng Nguyên xuất khẩu lô hàng đầu tiên sang Nhật Bản.
Dịp này, Quỹ tặng giấy khen cho 12 HTX trả nợ đúng hạn, sử dụng vốn hiệu quả.
Đình Tuấn
""",
          author="Đình Tuấn", **meta_date(datetime(2025, 11, 24, 16, 30)),
          opts={"mt_author": "Quản trị", "cat": "tin-tuc", "split": 2, "tags": ["HTX"], "byline": "Đình Tuấn"},
          notes=["the conference was 'Ngày 20/11'; the page's abbr.published says 24/11/2025 16:30; two readers' "
                 "comments dated 25/11 and 26/11/2025 and a 'Bài liên quan' box with dates under the text; byline "
                 "'Đình Tuấn' closes div.asset-more (author)"]),
        A(path="/2025/10/htx-nong-nghiep-nghi-van-dua-gao-huu-co-vao-sieu-thi.html",
          title="HTX Nông nghiệp Nghi Văn đưa gạo hữu cơ vào siêu thị",
          date=datetime(2025, 10, 14, 10, 45),
          body="""
Sau 3 năm chuyển đổi sang canh tác lúa hữu cơ, HTX Nông nghiệp Nghi Văn (xã Nghi Lộc) đã đưa sản phẩm gạo hữu cơ vào hệ thống siêu thị tại Vinh và Hà Nội.
HTX được Quỹ hỗ trợ phát triển HTX tỉnh cho vay 1,5 tỷ đồng để đầu tư máy gặt đập liên hợp và máy xay xát, đóng gói.
Giá gạo hữu cơ cao gấp đôi gạo thường, giúp thu nhập của thành viên tăng 30% so với trước.
Nguồn: Báo Nghệ An
""",
          author=None, **meta_date(datetime(2025, 10, 14, 10, 45)),
          opts={"mt_author": "Quản trị", "cat": "tin-tuc", "split": 2, "tags": ["OCOP"]},
          notes=["closing line 'Nguồn: Báo Nghệ An' (in div.asset-more) is a source and the MT author is the "
                 "admin account: author null"]),
        A(path="/2025/08/quy-huong-dan-ho-so-vay-theo-dia-ban-xa-phuong-moi.html",
          title="Quỹ hướng dẫn hồ sơ vay vốn theo địa bàn xã, phường mới",
          date=datetime(2025, 8, 6, 15, 10),
          body="""
Từ ngày 1/7/2025, tỉnh Nghệ An tổ chức chính quyền địa phương hai cấp, nhiều HTX thay đổi địa chỉ trụ sở theo tên xã, phường mới.
Quỹ hỗ trợ phát triển HTX tỉnh đề nghị các HTX đang vay vốn gửi văn bản thông báo địa chỉ mới kèm giấy chứng nhận đăng ký HTX đã điều chỉnh; hợp đồng tín dụng còn hiệu lực không phải ký lại.
Hồ sơ vay mới ghi địa chỉ theo đơn vị hành chính mới và có xác nhận của UBND xã, phường nơi HTX đặt trụ sở.
Nguyễn Hoài Thu
""",
          author="Nguyễn Hoài Thu", **meta_date(datetime(2025, 8, 6, 15, 10)),
          opts={"mt_author": "Quản trị", "cat": "tin-tuc", "split": 99, "tags": [], "byline": "Nguyễn Hoài Thu"},
          notes=["no extended half, and the only entry of August 2025: the monthly archive /archives/2025/08/ "
                 "shows its whole text under an h2 and the same abbr (a listing, not a second article); the date "
                 "1/7/2025 in the first line is the merger's"]),
        A(path="/2024/11/htx-may-tre-dan-hung-nguyen-xuat-khau-lo-hang-dau-tien.html",
          title="HTX Mây tre đan Hưng Nguyên xuất khẩu lô hàng đầu tiên",
          date=datetime(2024, 11, 8, 8, 20),
          body="""
HTX Mây tre đan Hưng Nguyên (huyện Hưng Nguyên) vừa xuất khẩu lô hàng 12.000 sản phẩm giỏ, khay mây tre sang Nhật Bản.
Để đáp ứng đơn hàng, HTX vay 900 triệu đồng từ Quỹ hỗ trợ phát triển HTX tỉnh để mua nguyên liệu, đầu tư lò sấy chống mốc.
## Giữ nghề, tạo việc làm
HTX hiện tạo việc làm cho 150 lao động nông thôn, chủ yếu là phụ nữ, thu nhập bình quân 5,5 triệu đồng/người/tháng.
""",
          author="Phan Thị Lan", **meta_date(datetime(2024, 11, 8, 8, 20)),
          opts={"mt_author": "Phan Thị Lan", "cat": "tin-tuc", "split": 2, "tags": ["HTX"]},
          notes=["migrated 2024 entry of the old district-level province ('huyện Hưng Nguyên'); author only in the "
                 "asset-meta ('Đăng bởi Phan Thị Lan')"]),
        A(path="/2024/06/quy-tap-huan-lap-phuong-an-vay-von-cho-htx.html",
          title="Quỹ tập huấn lập phương án vay vốn cho cán bộ HTX",
          date=datetime(2024, 6, 19, 9, 0),
          body="""
Trong 2 ngày 17 và 18/6, Quỹ hỗ trợ phát triển HTX tỉnh Nghệ An tổ chức lớp tập huấn lập phương án sản xuất kinh doanh và hồ sơ vay vốn cho 70 cán bộ quản lý HTX.
Các học viên được hướng dẫn:
* Xác định nhu cầu vốn và nguồn trả nợ;
* Lập báo cáo tài chính đơn giản;
* Chuẩn bị tài sản bảo đảm khoản vay.
Kết thúc lớp học, Quỹ đã tiếp nhận 14 hồ sơ đề nghị vay vốn.
Bài, ảnh: Thái Hòa
""",
          author="Thái Hòa", **meta_date(datetime(2024, 6, 19, 9, 0)),
          opts={"mt_author": "Phan Thị Lan", "cat": "tin-tuc", "split": 2, "tags": [], "byline": "Bài, ảnh: Thái Hòa"},
          notes=["MT author 'Phan Thị Lan' (a person) in the asset-meta, but the closing byline 'Bài, ảnh: Thái Hòa' "
                 "names the writer: author Thái Hòa"]),
        A(path=NOTICES + "lich-tiep-nhan-ho-so-vay-von-dot-1-nam-2026.html",
          title="Thông báo lịch tiếp nhận hồ sơ vay vốn đợt 1",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, Quỹ hỗ trợ phát triển hợp tác xã tỉnh Nghệ An thông báo lịch tiếp nhận hồ sơ đề nghị vay vốn đợt 1 như sau:
* Thời gian: từ ngày 16/3 đến hết ngày 10/4;
* Địa điểm: Phòng Nghiệp vụ, số 4 Phan Đăng Lưu, phường Trường Vinh.
Hồ sơ gồm đơn đề nghị vay vốn, phương án sản xuất kinh doanh và báo cáo tài chính năm gần nhất của HTX.
""",
          author=None, published=iso(datetime(2026, 3, 12), False), published_source="listing", evidence=["listing"],
          opts={"page": True},
          notes=["an MT page (folder /thong-bao/): the page template shows no date and no author; the text says "
                 "only 'Ngày 12/3' (no year); the folder index /thong-bao/ lists it with 12/03/2026: midnight"]),
    ]


def base(a: Article) -> str:
    return a.path.rsplit("/", 1)[1][:-5]


def img(name: str) -> str:
    return f"/images/{name}"


def block_html(b) -> str:
    if b.kind == "p":
        return f"<p>{inline_html(b.text)}</p>"
    if b.kind == "h":
        return f"<h3>{inline_html(b.text)}</h3>"
    if b.kind == "ul":
        return "<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>"
    return (f'<span class="mt-enclosure mt-enclosure-image" style="display: inline;"><img alt="{b.src}" '
            f'src="{img(b.src)}" width="640" height="427" class="mt-image-center" style="text-align: center; '
            f'display: block; margin: 0 auto 20px;" /></span>'
            + (f'<p style="text-align: center;"><em>{inline_html(b.text)}</em></p>' if b.text else ""))


def halves(a: Article) -> tuple[str, str]:
    parts = [block_html(b) for b in a.blocks]
    last = a.opts.get("byline")
    if last and parts and parts[-1] == f"<p>{inline_html(last)}</p>":
        parts[-1] = f'<p style="text-align: right;"><strong>{esc(last)}</strong></p>'
    n = a.opts.get("split", 99)
    return "\n".join(parts[:n]), "\n".join(parts[n:])


def abbr(d: datetime) -> str:
    return f'<abbr class="published" title="{d:%Y-%m-%dT%H:%M:%S}+07:00">{d:%d/%m/%Y %H:%M}</abbr>'


def layout(title: str, main: str, arts: list[Article], cls: str = "mt-main-index") -> str:
    entries = [a for a in arts if not a.opts.get("page")]
    cats = "".join(f'<li><a href="/category/{k}/">{v}</a></li>' for k, v in CATS.items())
    recent = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in entries[:5])
    months = sorted({(a.date.year, a.date.month) for a in entries}, reverse=True)
    arch = "".join(f'<li><a href="/archives/{y}/{m:02d}/">Tháng {m} {y}</a></li>' for y, m in months)
    tags = ('<ul><li><a href="/mt/mt-search.cgi?tag=OCOP&amp;limit=20&amp;blog_id=1" rel="tag">OCOP</a></li>'
            '<li><a href="/mt/mt-search.cgi?tag=HTX&amp;limit=20&amp;blog_id=1" rel="tag">HTX</a></li></ul>')
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="generator" content="Movable Type 6.8.7" />
<title>{esc(title)} - {NAME}</title>
<link rel="stylesheet" href="/styles.css" type="text/css" />
<script type="text/javascript" src="/mt.js"></script>
</head>
<body class="{cls} layout-wt">
<div id="container"><div id="container-inner">
<div id="header"><div id="header-inner"><div id="header-content">
<p class="today">{TODAY}</p>
<div id="header-name"><a href="/" accesskey="1">{NAME}</a></div>
<div id="header-description">{esc(SLOGANS[0])}</div>
</div></div></div>
<div id="nav"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li>
<li><a href="/category/tin-tuc/">Tin tức</a></li><li><a href="/category/van-ban/">Văn bản</a></li>
<li><a href="{NOTICES}">Thông báo</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul></div>
<div id="content"><div id="content-inner">
<div id="alpha"><div id="alpha-inner">
{main}
</div></div>
<div id="beta"><div id="beta-inner">
<div class="widget-search widget"><h3 class="widget-header">{SIDE[0]}</h3><div class="widget-content">
<form method="get" action="{SEARCH}"><input type="text" id="search" class="ti" name="search" value="" />
<input type="hidden" name="IncludeBlogs" value="1" /><input type="hidden" name="limit" value="20" />
<input type="submit" accesskey="4" value="Tìm" /></form>
<p><a href="{SEARCH}?search=OCOP&amp;IncludeBlogs=1&amp;limit=20">Tìm nhiều: OCOP</a></p></div></div>
<div class="widget-categories widget"><h3 class="widget-header">{SIDE[1]}</h3><div class="widget-content"><ul>{cats}</ul></div></div>
<div class="widget-recent-entries widget"><h3 class="widget-header">{SIDE[2]}</h3><div class="widget-content"><ul>{recent}</ul></div></div>
<div class="widget-archive-monthly widget"><h3 class="widget-header">{SIDE[3]}</h3><div class="widget-content"><ul>{arch}</ul></div></div>
<div class="widget-tag-cloud widget"><h3 class="widget-header">{SIDE[4]}</h3><div class="widget-content">{tags}</div></div>
<div class="widget"><h3 class="widget-header">{SIDE[5]}</h3><div class="widget-content"><p>{SIDE[6]}</p><p>{SIDE[7]}</p></div></div>
<div class="widget"><div class="widget-content"><p>{SIDE[8]}</p></div></div>
<div class="widget"><h3 class="widget-header">{SIDE[9]}</h3><div class="widget-content"><ul>
<li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li>
<li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div></div>
<div class="widget-powered widget"><div class="widget-content">{SIDE[10]}</div></div>
</div></div>
</div></div>
<div id="footer"><div id="footer-inner"><div id="footer-content">{"".join(f"<p>{esc(x)}</p>" for x in FOOTER)}</div></div></div>
</div></div>
</body>
</html>
"""


def meta(a: Article) -> str:
    return (f'<div class="asset-meta"><span class="byline">Đăng bởi <span class="vcard author">{esc(a.opts["mt_author"])}'
            f'</span> vào {abbr(a.date)}</span> <span class="separator">|</span> <a class="permalink" rel="bookmark" '
            f'href="{a.path}">Liên kết tĩnh</a></div>')


def footer(a: Article) -> str:
    cat = a.opts["cat"]
    tags = "".join(f'<li><a href="/mt/mt-search.cgi?tag={t}&amp;limit=20&amp;blog_id=1" rel="tag">{t}</a></li>'
                   for t in a.opts["tags"])
    return (f'<div class="asset-footer"><div class="entry-categories"><h4>Chuyên mục:</h4><ul><li>'
            f'<a href="/category/{cat}/" rel="tag">{CATS[cat]}</a></li></ul></div>'
            + (f'<div class="entry-tags"><h4>Thẻ:</h4><ul>{tags}</ul></div>' if tags else "") + "</div>")


def detail(a: Article, entries: list[Article]) -> str:
    body, more = halves(a)
    # the link reads "Tải về: <file>"; the attachment is named by its file (samples/README.md)
    files = "".join(f'<p class="attachment"><a href="{x["path"]}">Tải về: {esc(x["text"])}</a></p>' for x in a.attachments)
    order = sorted(entries, key=lambda x: x.date)
    i = order.index(a)
    nav = []
    if i > 0:
        nav.append(f'<a class="previous-entry-link" href="{order[i - 1].path}">&laquo; {esc(order[i - 1].title)}</a>')
    nav.append('<a class="main-index-link" href="/">Trang chủ</a>')
    if i + 1 < len(order):
        nav.append(f'<a class="next-entry-link" href="{order[i + 1].path}">{esc(order[i + 1].title)} &raquo;</a>')
    rel = [x for x in entries if x.opts["cat"] == a.opts["cat"] and x is not a][:3]
    related = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="date">{x.date:%d/%m/%Y}</span></li>' for x in rel)
    cs = COMMENTS.get(base(a), [])
    cl = "".join(f'<div class="comment"><div class="inner"><div class="comment-header"><div class="asset-meta">'
                 f'Gửi bởi: <span class="vcard author">{esc(n)}</span> | <abbr class="published" title="">{d}</abbr>'
                 f'</div></div><div class="comment-content"><p>{esc(t)}</p></div></div></div>' for n, d, t in cs)
    eid = 100 + entries.index(a)
    return f"""<div id="entry-{eid}" class="entry-asset asset hentry">
<div class="asset-header"><h1 id="page-title" class="asset-name entry-title">{esc(a.title)}</h1>
{meta(a)}</div>
<div class="asset-content entry-content">
<div class="asset-body">
{body}
</div>
{f'<div id="more" class="asset-more">{chr(10)}{more}{chr(10)}</div>' if more else ''}
{files}
</div>
{footer(a)}
</div>
<p class="content-nav">{" | ".join(nav)}</p>
<div class="related-entries"><h2>Bài liên quan</h2><ul>{related}</ul></div>
<div id="trackbacks" class="trackbacks"><h2 class="trackbacks-header">TrackBack</h2>
<div class="trackbacks-info"><p>TrackBack URL: <span id="trackbacks-link">{{{{base}}}}/mt/mt-tb.cgi/{eid}</span></p></div></div>
<div id="comments" class="comments"><h2 class="comments-header">Bình luận ({len(cs)})</h2>
<div class="comments-content">{cl}</div>
<form method="post" action="/mt/mt-comments.cgi" name="comments_form" id="comments-form">
<input type="hidden" name="static" value="1" /><input type="hidden" name="entry_id" value="{eid}" />
<h2 class="comments-open-header">Gửi bình luận</h2>
<p><a href="{LOGIN.replace("&", "&amp;")}">Đăng nhập để bình luận</a></p>
<div id="comments-open-data"><label for="comment-author">Tên</label> <input id="comment-author" name="author" size="30" />
<label for="comment-email">Địa chỉ email</label> <input id="comment-email" name="email" size="30" />
<label><input type="checkbox" id="comment-bake-cookie" name="bakecookie" /> Ghi nhớ thông tin cá nhân?</label></div>
<textarea id="comment-text" name="text" rows="15" cols="50"></textarea>
<input type="submit" accesskey="v" name="preview" id="comment-preview" value="Xem trước" />
<input type="submit" accesskey="s" name="post" id="comment-submit" value="Gửi" />
</form></div>
"""


def summary_block(a: Article, level: str = "h2") -> str:
    body, more = halves(a)
    link = (f'<div class="asset-more-link"><p><a href="{a.path}#more" rel="bookmark">Tiếp tục đọc &raquo;</a></p></div>'
            if more else "")
    return (f'<div class="entry-asset asset hentry"><div class="asset-header"><{level} class="asset-name entry-title">'
            f'<a href="{a.path}" rel="bookmark">{esc(a.title)}</a></{level}>{meta(a)}</div>'
            f'<div class="asset-content entry-content"><div class="asset-body">{body}</div>{link}</div></div>')


def page_detail(a: Article) -> str:
    body, _ = halves(a)
    return (f'<div class="page-asset asset"><div class="asset-header"><h1 id="page-title" class="asset-name">{esc(a.title)}</h1>'
            f'</div><div class="asset-content"><div class="asset-body">{body}</div></div></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "nghe-an", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    entries = [a for a in arts if not a.opts.get("page")]
    pages = [a for a in arts if a.opts.get("page")]
    for a in entries:
        site.page(a.path, layout(a.title, detail(a, entries), arts, "mt-entry-archive"), content_type=HTML)
        site.add_article(a)
    for a in pages:
        site.page(a.path, layout(a.title, page_detail(a), arts, "mt-page-archive"), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 08/KH-QHTX", ["KE HOACH CHO VAY NAM 2026",
                                                         "Quy ho tro phat trien HTX tinh Nghe An", "So: 08/KH-QHTX"]))
    site.trap("h1.asset-name title; the text is div.asset-body then div#more.asset-more (the extended entry); the "
              "listings show only the asset-body and 'Tiếp tục đọc »'", entries[0].path)

    # home: the 5 newest entries
    home = "".join(summary_block(a) for a in entries[:PER])
    home += f'<div class="content-nav"><a href="/category/tin-tuc/index_2.html">Bài cũ hơn &raquo;</a></div>'
    site.page("/", layout("Trang chủ", home, arts), content_type=HTML)
    site.non_articles.append("/")
    # category archives
    for cat, name in CATS.items():
        items = [a for a in entries if a.opts["cat"] == cat]
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for k, chunk in enumerate(chunks):
            here = f"/category/{cat}/" + ("" if k == 0 else f"index_{k + 1}.html")
            nav = " ".join(f"<span class='current_page'>{j + 1}</span>" if j == k else
                           f'<a href="/category/{cat}/{"" if j == 0 else f"index_{j + 1}.html"}">{j + 1}</a>'
                           for j in range(len(chunks)))
            main = (f'<h1 id="page-title" class="archive-title">Lưu trữ chuyên mục: {name}</h1>'
                    + "".join(summary_block(a) for a in chunk)
                    + (f'<div class="content-nav pagination">{nav}</div>' if len(chunks) > 1 else ""))
            site.page(here, layout(name, main, arts, "mt-archive-listing mt-category-archive"), content_type=HTML)
            site.non_articles.append(here)
    # monthly archives
    months = sorted({(a.date.year, a.date.month) for a in entries}, reverse=True)
    for y, m in months:
        items = [a for a in entries if (a.date.year, a.date.month) == (y, m)]
        here = f"/archives/{y}/{m:02d}/"
        main = (f'<h1 id="page-title" class="archive-title">Lưu trữ tháng {m} năm {y}</h1>'
                + "".join(summary_block(a) for a in items))
        site.page(here, layout(f"Tháng {m} {y}", main, arts, "mt-archive-listing mt-datebased-archive"), content_type=HTML)
        site.non_articles.append(here)
    site.trap("monthly archive /archives/2025/08/ holds the month's only entry in full (it has no extended half) "
              "under an h2 with the same asset-meta: a listing, not an article", "/archives/2025/08/")
    site.trap("category archive pages by /category/tin-tuc/index_2.html; the home page and archives show the "
              "entry bodies with 'Tiếp tục đọc »'", "/category/tin-tuc/index_2.html")
    # notices folder index
    lis = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">{a.date:%d/%m/%Y}</span></li>' for a in pages)
    site.page(NOTICES, layout("Thông báo", f'<h1 id="page-title" class="archive-title">Thông báo</h1><ul class="pages">{lis}</ul>',
                              arts, "mt-archive-listing"), content_type=HTML)
    site.non_articles.append(NOTICES)
    # static MT pages
    about = (f'<div class="page-asset asset"><div class="asset-header"><h1 id="page-title" class="asset-name">Giới thiệu</h1></div>'
             '<div class="asset-content"><div class="asset-body"><p>Quỹ hỗ trợ phát triển hợp tác xã tỉnh Nghệ An được thành '
             'lập theo Quyết định của UBND tỉnh, là tổ chức tài chính nhà nước trực thuộc Liên minh Hợp tác xã tỉnh, hoạt '
             'động không vì mục tiêu lợi nhuận.</p><p>Quỹ cho vay ưu đãi đối với hợp tác xã, liên hiệp hợp tác xã để đầu '
             'tư, đổi mới công nghệ, mở rộng sản xuất, kinh doanh; tiếp nhận và quản lý các nguồn vốn tài trợ.</p>'
             '<h3>Cơ cấu tổ chức</h3><ul><li>Hội đồng quản lý Quỹ;</li><li>Ban Kiểm soát;</li><li>Ban Giám đốc và các '
             'phòng nghiệp vụ.</li></ul></div></div></div>')
    contact = ('<div class="page-asset asset"><div class="asset-header"><h1 id="page-title" class="asset-name">Liên hệ</h1></div>'
               f'<div class="asset-content"><div class="asset-body"><p>{esc(FOOTER[1])}</p><p>{esc(FOOTER[2])}</p>'
               '</div></div></div>')
    site.page("/gioi-thieu/", layout("Giới thiệu", about, arts, "mt-page-archive"), content_type=HTML)
    site.page("/lien-he/", layout("Liên hệ", contact, arts, "mt-page-archive"), content_type=HTML)
    site.non_articles += ["/gioi-thieu/", "/lien-he/"]
    site.trap("introduction /gioi-thieu/ (paragraphs, a heading and a list) and contact: MT pages in the same "
              "template as the notices, no date: not articles", "/gioi-thieu/")

    # search and tags via mt-search.cgi
    def results(label: str, items: list[Article]) -> str:
        return (f'<h1 id="page-title" class="search-results-header">{esc(label)}</h1>'
                + "".join(summary_block(a, "h3") for a in items)
                + f'<p class="search-footer">Tìm thấy {len(items)} kết quả</p>')

    ocop = [a for a in entries if "OCOP" in a.body]
    for path, label, items in [
            (f"{SEARCH}?search=OCOP&IncludeBlogs=1&limit=20", "Kết quả tìm kiếm cho: OCOP", ocop),
            (f"{SEARCH}?tag=OCOP&limit=20&blog_id=1", "Bài viết có thẻ: OCOP", [a for a in entries if "OCOP" in a.opts["tags"]]),
            (f"{SEARCH}?tag=HTX&limit=20&blog_id=1", "Bài viết có thẻ: HTX", [a for a in entries if "HTX" in a.opts["tags"]])]:
        site.page(path, layout("Tìm kiếm", results(label, items), arts, "mt-search-results"), content_type=HTML)
        site.non_articles.append(path)
    site.page(LOGIN, layout("Đăng nhập", '<h1>Đăng nhập</h1><form method="post" action="/mt/mt-cp.cgi">'
                                         '<input type="hidden" name="__mode" value="do_login" /><p>Tên đăng nhập <input name="username" /></p>'
                                         '<p>Mật khẩu <input type="password" name="password" /></p><input type="submit" value="Đăng nhập" /></form>',
                            arts, "mt-login"), content_type=HTML)
    site.non_articles.append(LOGIN)
    site.trap("tag pages and search results at /mt/mt-search.cgi?tag=…&blog_id=1 and ?search=…; the "
              "commenters' login /mt/mt-cp.cgi?__mode=login: not articles", f"{SEARCH}?tag=OCOP&limit=20&blog_id=1")
    site.static("/robots.txt", "User-agent: *\nDisallow: /mt/mt-comments.cgi\nDisallow: /mt/mt-tb.cgi\n")
    return site
