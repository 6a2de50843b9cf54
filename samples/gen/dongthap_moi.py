"""Site `lmhtx-dongthap-moi` (registry family `generic`): the portal of the merged Đồng Tháp alliance (Tiền Giang
joined it on 1 July 2025) on Contao 4.13 with its standard layout sections, written as a held-out test: no family
module, no selectors.

Why it is hard: every page is `div#wrapper > div#container > main#main > div.inside > div.mod_article` beside an
`aside#left` column, and every module is a `div.mod_* block`. The news reader `div.mod_newsreader > div.layout_full.block`
holds the `h1`, `p.info` (`<time datetime="2026-03-14T08:30:00+07:00">14.03.2026 08:30</time>` then "bởi" and the
Contao user who entered it: a person on some items, the account "Quản trị viên" on others), and the text as content
elements (`div.ce_text.block` with a `<strong>` lead and `h2` headlines, `div.ce_image` with
`figure.image_container`/`figcaption.caption`, `div.ce_list`, `div.ce_table`, a `div.ce_gallery` of captioned
figures in the photo story); the documents archive prints the date without the time (its datetime attribute still
carries it). In the SAME `mod_article`, below the reader, a second news list module "Tin khác" repeats the
`div.layout_latest` markup of the listings (p.info, h2 link, teaser, "Đọc thêm…"). Events are a separate archive
whose reader template has no `p.info`: the date is only in the text ("Ngày 12/3", no year) and in its listing. The
news list `/tin-tuc.html` pages by `?page_n12=2`; the news archive menu links month archives `?month=202603`; the
gallery page uses the same `ce_gallery` markup as the photo story, and the introduction page the same `ce_text`.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-dongthap-moi"
NAME = "Liên minh Hợp tác xã tỉnh Đồng Tháp"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc.html"
NEWS_READER = "/tin-tuc/chi-tiet/"
DOCS = "/van-ban.html"
DOCS_READER = "/van-ban/chi-tiet/"
EVENTS = "/su-kien.html"
EVENTS_READER = "/su-kien/chi-tiet/"
ABOUT = "/gioi-thieu.html"
CONTACT = "/lien-he.html"
GALLERY = "/thu-vien-anh.html"
SEARCH = "/tim-kiem.html?keywords=ocop"
PDF_PATH = "/files/van-ban/2026/KH-09-LMHTX-hoi-cho-OCOP-2026.pdf"

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Đồng Tháp - Tiền Giang: chung sức xây dựng hợp tác xã kiểu mới",
           "Nhiệt liệt chào mừng Đại hội đại biểu Đảng bộ tỉnh Đồng Tháp lần thứ I"]
FOOTER = ["Liên minh Hợp tác xã tỉnh Đồng Tháp",
          "Trụ sở: Số 12 Lê Thánh Tông, phường Cao Lãnh, tỉnh Đồng Tháp",
          "Cơ sở 2: Số 25 Hùng Vương, phường Mỹ Tho, tỉnh Đồng Tháp",
          "Điện thoại: 0277.3851.236 - Email: lmhtx@dongthap.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Phạm Văn Hùng - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 15/GP-TTĐT cấp ngày 22/9/2025",
          "Ghi rõ nguồn \"Liên minh HTX tỉnh Đồng Tháp\" khi phát hành lại thông tin từ website này"]
SIDE = ["Lưu trữ tin", "Tin mới", "Thời tiết Cao Lãnh", "Nắng, có mây, chiều có mưa rào", "Độ ẩm: 80%",
        "Thống kê truy cập", "Đang online: 14", "Hôm nay: 455", "Tổng: 1.126.580"]
POLL_Q = "Bạn biết đến cổng thông tin qua kênh nào?"
POLL_A = ("Mạng xã hội", "Báo, đài địa phương", "Cán bộ Liên minh HTX giới thiệu")
LABELS = ["Tin khác", "Quay lại", "Đọc thêm…", "Chia sẻ:", "Bình chọn", "Bạn đang ở đây:"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER[1:], *SIDE, POLL_Q, *POLL_A, *LABELS]
AUTHORS = {"kimloan": "Nguyễn Thị Kim Loan", "quocbao": "Trần Quốc Bảo", "hoangphuc": "Lê Hoàng Phúc",
           "admin": "Quản trị viên"}


def at(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=NEWS_READER + "htx-xoai-my-xuong-xuat-khau-sang-han-quoc.html",
          title="HTX xoài Mỹ Xương xuất khẩu xoài cát Hòa Lộc sang Hàn Quốc",
          date=datetime(2026, 3, 14, 8, 30),
          lead="HTX Xoài Mỹ Xương (xã Mỹ Thọ) xuất khẩu 20 tấn xoài cát Hòa Lộc sang Hàn Quốc, mở đầu cho vụ xoài năm 2026.",
          body="""
HTX có 87 thành viên với 160 ha xoài, trong đó 96 ha được cấp mã số vùng trồng xuất khẩu sang Hàn Quốc, Nhật Bản và Úc.
[img xoai-my-xuong.png] Thành viên HTX Xoài Mỹ Xương phân loại xoài trước khi giao cho doanh nghiệp
## Kiểm soát chặt quy trình từ vườn
Để đáp ứng yêu cầu của thị trường, thành viên bao trái từ khi trái non, ghi nhật ký sử dụng phân bón và thuốc bảo vệ thực vật, cán bộ HTX kiểm tra định kỳ.
* Giá thu mua xoài xuất khẩu cao hơn bán nội địa từ 10.000 đến 15.000 đồng/kg;
* Doanh nghiệp ký hợp đồng bao tiêu 400 tấn trong năm 2026;
* HTX được hỗ trợ xây dựng nhà sơ chế, đóng gói đạt chuẩn.
Ông Đoàn Thanh Liêm, Giám đốc HTX, cho biết HTX đang chuẩn bị hồ sơ mở rộng vùng trồng sang khu vực Cái Bè (Tiền Giang cũ).
""",
          author="Nguyễn Thị Kim Loan", **at(datetime(2026, 3, 14, 8, 30)),
          opts={"user": "kimloan"},
          notes=["p.info '<time datetime=\"2026-03-14T08:30:00+07:00\">14.03.2026 08:30</time> bởi Nguyễn Thị Kim "
                 "Loan' (the Contao user, a person: the author, not text); under the reader, inside the same "
                 "mod_article, a 'Tin khác' mod_newslist of three layout_latest items (p.info, h2, teaser, "
                 "'Đọc thêm…')"]),
        A(path=NEWS_READER + "anh-mua-sen-thap-muoi.html",
          title="Ảnh: Mùa sen Tháp Mười",
          date=datetime(2026, 1, 20, 15, 10),
          lead="HTX Sen Tháp Mười đón khách tham quan, trải nghiệm hái sen và thưởng thức các món ăn chế biến từ sen.",
          body="""
[img sen-1.png] Đầm sen rộng 20 ha của HTX vào mùa hoa nở rộ
[img sen-2.png] Thành viên HTX thu hoạch gương sen
[img sen-3.png] Du khách chèo xuồng tham quan đầm sen
[img sen-4.png] Trà tim sen và hạt sen sấy của HTX đạt OCOP 4 sao
""",
          author="Trần Quốc Bảo", **at(datetime(2026, 1, 20, 15, 10)),
          opts={"user": "quocbao", "gallery": True},
          notes=["photo story: the lead in a ce_text then one ce_gallery (ul > li > figure.image_container > img + "
                 "figcaption.caption: one line each), the same markup as the /thu-vien-anh.html page; 'bởi Trần Quốc "
                 "Bảo': the author"]),
        A(path=DOCS_READER + "ke-hoach-to-chuc-hoi-cho-ocop-va-san-pham-htx-nam-2026.html",
          title="Kế hoạch tổ chức Hội chợ OCOP và sản phẩm HTX tỉnh Đồng Tháp năm 2026",
          date=datetime(2026, 2, 6, 10, 0),
          body="""
LIÊN MINH HTX TỈNH ĐỒNG THÁP
Số: 09/KH-LMHTX
Đồng Tháp, ngày 05 tháng 02 năm 2026
KẾ HOẠCH
Tổ chức Hội chợ OCOP và sản phẩm hợp tác xã tỉnh Đồng Tháp năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Giới thiệu, quảng bá sản phẩm OCOP và sản phẩm của HTX hai khu vực Đồng Tháp và Tiền Giang cũ; kết nối HTX với doanh nghiệp phân phối.
II. THỜI GIAN, ĐỊA ĐIỂM
Hội chợ diễn ra từ ngày 20 đến 24/4/2026 tại Quảng trường Trung tâm phường Mỹ Tho, quy mô 180 gian hàng.
III. TỔ CHỨC THỰC HIỆN
Văn phòng Liên minh HTX tỉnh chủ trì; các HTX đăng ký gian hàng trước ngày 31/3/2026.
Nơi nhận: UBND tỉnh; Sở Công Thương; Các HTX; Lưu VT.
CHỦ TỊCH Phạm Văn Hùng
""",
          author=None, doc_number="09/KH-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "KH-09-LMHTX-hoi-cho-OCOP-2026.pdf"}],
          **at(datetime(2026, 2, 6, 10, 0)),
          opts={"user": "admin", "doc": True},
          notes=["official plan 'Số: 09/KH-LMHTX' in the documents archive, whose reader prints '06.02.2026' (date "
                 "format, no time) while its <time datetime> says 2026-02-06T10:00:00+07:00; place-date line 'Đồng "
                 "Tháp, ngày 05 tháng 02 năm 2026' the day before; 'bởi Quản trị viên' is the account: author null; "
                 "the PDF as the news item's enclosure (ul.enclosure): an attachment, not text"]),
        A(path=EVENTS_READER + "ra-mat-htx-vu-sua-lo-ren-vinh-kim.html",
          title="Ra mắt HTX vú sữa Lò Rèn Vĩnh Kim",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, tại xã Vĩnh Kim, Liên minh HTX tỉnh phối hợp với UBND xã tổ chức lễ ra mắt HTX Vú sữa Lò Rèn Vĩnh Kim.
HTX có 41 thành viên với 58 ha vú sữa Lò Rèn, sản phẩm đã được bảo hộ chỉ dẫn địa lý và xuất khẩu sang Hoa Kỳ.
[img vu-sua-lo-ren.png] Lãnh đạo Liên minh HTX tỉnh trao quyết định thành lập cho HTX
HTX sẽ tập trung xây dựng vùng trồng đạt chuẩn, kết nối du lịch miệt vườn và tham gia Chương trình OCOP.
""",
          byline="Bài, ảnh: Thanh Nhã", author="Thanh Nhã",
          published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          opts={"event": True},
          notes=["events archive: its reader template has no p.info: the date is only in the text ('Ngày 12/3', no "
                 "year) and in the listing /su-kien.html '12.03.2026': midnight; byline 'Bài, ảnh: Thanh Nhã' last "
                 "in the ce_text: part of the text, the author"]),
        A(path=NEWS_READER + "them-11-san-pham-ocop-cua-htx-khu-vuc-tien-giang.html",
          title="Thêm 11 sản phẩm OCOP của HTX khu vực Tiền Giang cũ",
          date=datetime(2025, 12, 3, 14, 20),
          lead="Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh công nhận 11 sản phẩm của các HTX khu vực Tiền Giang cũ đạt từ 3 sao trở lên.",
          body="""
Các sản phẩm được công nhận tập trung vào trái cây đặc sản và thực phẩm chế biến.
| STT | Sản phẩm | Chủ thể | Hạng |
| 1 | Sầu riêng Ngũ Hiệp | HTX Nông nghiệp Ngũ Hiệp | 4 sao |
| 2 | Khóm Tân Lập | HTX Khóm Tân Lập | 3 sao |
| 3 | Hủ tiếu Mỹ Tho | HTX Hủ tiếu Mỹ Tho | 3 sao |
| 4 | Mắm tôm chà Gò Công | HTX Thủy sản Gò Công | 4 sao |
Liên minh HTX tỉnh sẽ hỗ trợ các chủ thể tham gia Hội chợ OCOP năm 2026 và các sàn thương mại điện tử.
""",
          byline="Ngọc Trâm", author="Ngọc Trâm", **at(datetime(2025, 12, 3, 14, 20)),
          opts={"user": "admin"},
          notes=["a ce_table (one line per row, cells between ' | ') between two ce_text elements; 'bởi Quản trị viên' "
                 "(the account); byline 'Ngọc Trâm' last: part of the text, the author"]),
        A(path=NEWS_READER + "hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-hai.html",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ hai",
          date=datetime(2025, 10, 21, 8, 0),
          lead="Ban Chấp hành Liên minh HTX tỉnh Đồng Tháp tổ chức hội nghị lần thứ hai, đánh giá kết quả 9 tháng và bàn nhiệm vụ quý IV năm 2025.",
          body="""
Sau hợp nhất, toàn tỉnh có 842 HTX, 5 liên hiệp HTX và hơn 3.100 tổ hợp tác với trên 96.000 thành viên.
## Nhiệm vụ quý IV
* Hoàn thành sắp xếp bộ máy tại hai cơ sở Cao Lãnh và Mỹ Tho;
* Hợp nhất Quỹ hỗ trợ phát triển HTX của hai tỉnh cũ;
* Chuẩn bị Hội chợ OCOP và sản phẩm HTX năm 2026.
Hội nghị đã kiện toàn Ủy ban Kiểm tra và thông qua chương trình công tác năm 2026.
""",
          author="Lê Hoàng Phúc", **at(datetime(2025, 10, 21, 8, 0)),
          opts={"user": "hoangphuc"},
          notes=["a ce_text with an h2 headline and a ce_list; 'bởi Lê Hoàng Phúc': the author"]),
        A(path=NEWS_READER + "htx-sau-rieng-ngu-hiep-mo-rong-ma-so-vung-trong.html",
          title="HTX sầu riêng Ngũ Hiệp mở rộng mã số vùng trồng",
          date=datetime(2024, 6, 18, 9, 15),
          lead="HTX Nông nghiệp Ngũ Hiệp được cấp thêm mã số vùng trồng cho 45 ha sầu riêng, nâng tổng diện tích xuất khẩu lên 130 ha.",
          body="""
HTX có 96 thành viên, sản xuất theo tiêu chuẩn GlobalGAP, liên kết với ba doanh nghiệp xuất khẩu sang Trung Quốc.
[img sau-rieng-ngu-hiep.png] Thành viên HTX Nông nghiệp Ngũ Hiệp chăm sóc vườn sầu riêng
Giá sầu riêng xuất khẩu ổn định giúp thu nhập của thành viên tăng khoảng 30% so với năm trước.
""",
          byline="Nguồn: Báo Ấp Bắc", author=None, **at(datetime(2024, 6, 18, 9, 15)),
          opts={"user": "admin"},
          notes=["a 2024 item migrated from the former Tiền Giang portal (date kept); 'Nguồn: Báo Ấp Bắc' last: part "
                 "of the text, a source; 'bởi Quản trị viên': author null; only on ?page_n12=2"]),
        A(path=NEWS_READER + "lien-minh-htx-tinh-dong-thap-moi-di-vao-hoat-dong.html",
          title="Liên minh HTX tỉnh Đồng Tháp (mới) đi vào hoạt động",
          date=datetime(2025, 7, 15, 10, 30),
          lead="Liên minh HTX tỉnh Đồng Tháp được hợp nhất từ Liên minh HTX hai tỉnh Đồng Tháp và Tiền Giang chính thức đi vào hoạt động.",
          body="""
Cơ quan Liên minh làm việc tại trụ sở ở phường Cao Lãnh và cơ sở 2 ở phường Mỹ Tho; các HTX khu vực Tiền Giang cũ liên hệ công việc tại cơ sở 2.
[img ra-mat-lien-minh-dt.png] Lãnh đạo tỉnh trao quyết định cho Ban Thường vụ Liên minh HTX tỉnh
Liên minh ưu tiên thống nhất dữ liệu HTX, quy trình tư vấn, hỗ trợ và giữ ổn định các chương trình đang triển khai.
""",
          author="Lê Hoàng Phúc", **at(datetime(2025, 7, 15, 10, 30)),
          opts={"user": "hoangphuc"},
          notes=["oldest post-merger item: only on /tin-tuc.html?page_n12=2; 'bởi Lê Hoàng Phúc'"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/assets/images/{hashlib.md5(src.encode()).hexdigest()[:1]}/{src}"


def cid(a: Article, i: int) -> int:
    return 300 + int(hashlib.md5(a.path.encode()).hexdigest()[:3], 16) % 600 + i


def elements(a: Article) -> str:
    out: list[str] = []
    run: list[str] = []
    rows: list[list[str]] = []
    pics: list = []
    n = [0]

    def flush() -> None:
        if run:
            n[0] += 1
            out.append(f'<div class="ce_text block" id="ce-{cid(a, n[0])}">{"".join(run)}</div>')
            run.clear()
        if rows:
            head, *body = rows
            n[0] += 1
            out.append(f'<div class="ce_table block"><table id="table_{cid(a, n[0])}"><thead><tr>'
                       + "\n".join(f'<th class="head_{i}">{esc(c)}</th>' for i, c in enumerate(head))
                       + "</tr></thead><tbody>"
                       + "".join(f'<tr class="row_{k}">' + "\n".join(f'<td class="col_{i}">{esc(c)}</td>'
                                                                       for i, c in enumerate(r)) + "</tr>"
                                 for k, r in enumerate(body)) + "</tbody></table></div>")
            rows.clear()
        if pics:
            n[0] += 1
            out.append(f'<div class="ce_gallery block"><ul class="cols_2">'
                       + "".join(f'<li class="row_{i // 2} col_{i % 2}"><figure class="image_container">'
                                 f'<a href="{img(b.src)}" data-lightbox="lb{cid(a, 0)}"><img src="{img(b.src)}" '
                                 f'width="400" height="267" alt=""></a><figcaption class="caption">{esc(b.text)}'
                                 f'</figcaption></figure></li>' for i, b in enumerate(pics)) + "</ul></div>")
            pics.clear()

    if a.lead:
        run.append(f"<p><strong>{esc(a.lead)}</strong></p>")
    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            if not rows:
                flush()
            rows.append([c.strip() for c in b.text.strip("|").split("|")])
            continue
        if rows:
            flush()
        if b.kind == "img" and a.opts.get("gallery"):
            if not pics:
                flush()
            pics.append(b)
            continue
        if b.kind == "p":
            run.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            flush()
            run.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind == "ul":
            flush()
            n[0] += 1
            out.append('<div class="ce_list block"><ul>' + "".join(f"<li>{inline_html(i)}</li>" for i in b.items)
                       + "</ul></div>")
        elif b.kind == "img":
            flush()
            n[0] += 1
            out.append(f'<div class="ce_image block"><figure class="image_container float_above">'
                       f'<img src="{img(b.src)}" width="800" height="533" alt="{attr(b.text)}">'
                       + (f'<figcaption class="caption">{esc(b.text)}</figcaption>' if b.text else "")
                       + "</figure></div>")
    if a.byline:
        run.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    flush()
    return "".join(out)


def info(a: Article, short: bool = False) -> str:
    o = a.opts
    shown = f"{a.date:%d.%m.%Y}" if (o.get("doc") or short) else f"{a.date:%d.%m.%Y %H:%M}"
    by = "" if short else f' bởi {esc(AUTHORS[o["user"]])}'
    return f'<p class="info"><time datetime="{a.date:%Y-%m-%dT%H:%M:%S}+07:00">{shown}</time>{by}</p>'


def latest(a: Article, n: int) -> str:
    pic = next((b.src for b in a.blocks if b.kind == "img"), None)
    return (f'<div class="layout_latest arc_{2 if a.opts.get("event") else 1} block{" first" if n == 0 else ""}">'
            + info(a, short=True)
            + (f'<figure class="image_container float_above"><a href="{a.path}"><img src="{img(pic)}" width="300" '
               f'height="200" alt=""></a></figure>' if pic else "")
            + f'<h2><a href="{a.path}" title="Đọc bài: {attr(a.title)}">{esc(a.title)}</a></h2>'
            f'<div class="teaser"><p>{esc(" ".join(a.summary().split()[:28]))}…</p></div>'
            f'<p class="more"><a href="{a.path}" title="Đọc bài: {attr(a.title)}">Đọc thêm…<span class="invisible"> '
            f'{esc(a.title)}</span></a></p></div>')


def reader(a: Article, others: list[Article]) -> str:
    o = a.opts
    enclosure = ""
    if a.attachments:
        x = a.attachments[0]
        enclosure = (f'<ul class="enclosure"><li class="download-element ext-pdf"><a href="{x["path"]}" '
                     f'title="Tải tệp {attr(x["text"])}">{esc(x["text"])} <span class="size">(186,3 KiB)</span></a></li></ul>')
    return (f'<div class="mod_newsreader block"><div class="layout_full block">'
            f'<h1>{esc(a.title)}</h1>' + ("" if o.get("event") else info(a))
            + elements(a) + enclosure + '</div>'
            '<!-- indexer::stop --><p class="back"><a href="javascript:history.go(-1)" title="Quay lại">Quay lại</a></p>'
            '<!-- indexer::continue --><div class="share"><span>Chia sẻ:</span> <a href="javascript:void(0)">Facebook'
            '</a> <a href="javascript:void(0)">Zalo</a></div></div>'
            '<!-- indexer::stop --><div class="mod_newslist related block"><h2>Tin khác</h2>'
            + "".join(latest(x, i) for i, x in enumerate(others)) + "</div><!-- indexer::continue -->")


def layout(title: str, main: str, crumbs: list[tuple[str, str]], recent: list[Article], months: list, *,
           head: str = "", page_class: str = "") -> str:
    nav = "".join(f'<li class="{"sibling" if h != "/" else "first"}"><a href="{h}" title="{t}">{t}</a></li>' for h, t in
                  [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (EVENTS, "Sự kiện"), (DOCS, "Văn bản"),
                   (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    first = ' class="first"'
    bc = "".join(f'<li{first if i == 0 else ""}><a href="{h}" title="{t}">{t}</a></li>'
                 for i, (h, t) in enumerate(crumbs[:-1])) + f'<li class="active last">{esc(crumbs[-1][1])}</li>'
    menu = "".join(f'<li><a href="{NEWS}?month={y}{m:02d}" title="Tháng {m}/{y}">Tháng {m}/{y}</a> ({c})</li>'
                   for y, m, c in months)
    rec = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <time>{a.date:%d.%m.%Y}</time></li>' for a in recent)
    poll = "".join(f'<li><label><input type="radio" name="poll_1" value="{i}"> {esc(x)}</label></li>'
                   for i, x in enumerate(POLL_A, 1))
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<title>{esc(title)} - Liên minh HTX tỉnh Đồng Tháp</title>
<base href="/">
<meta name="robots" content="index,follow">
<meta name="generator" content="Contao Open Source CMS">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<link rel="stylesheet" href="/assets/css/layout.min.css,responsive.min.css,colorbox.min.css-2a4b1c7e.css">{head}
<script src="/assets/js/jquery.min.js"></script>
</head>
<body id="top" class="{page_class}">
<div id="wrapper">
<header id="header"><div class="inside">
<!-- indexer::stop --><div class="mod_customnav block"><span class="today">{TODAY}</span></div>
<div class="ce_image logo block"><figure class="image_container"><a href="/"><img src="/files/layout/logo-lmhtx-dongthap.png" width="420" height="90" alt="{NAME}"></a></figure></div>
<div class="ce_text slogan block"><p>{esc(SLOGANS[0])}</p><p>{esc(SLOGANS[1])}</p></div>
<div class="mod_search block"><form action="/tim-kiem.html" method="get"><div class="formbody"><input type="search" name="keywords" class="text"><button type="submit" class="submit">Tìm</button></div></form></div>
<nav class="mod_navigation block"><ul class="level_1">{nav}</ul></nav><!-- indexer::continue -->
</div></header>
<div id="container">
<main id="main"><div class="inside">
<!-- indexer::stop --><div class="mod_breadcrumb block"><span>Bạn đang ở đây:</span><ul>{bc}</ul></div><!-- indexer::continue -->
<div class="mod_article first last block" id="article-{int(hashlib.md5(title.encode()).hexdigest()[:4], 16) % 900 + 100}">
{main}
</div>
</div></main>
<aside id="left"><div class="inside">
<!-- indexer::stop -->
<div class="mod_newsmenu block"><h3>{SIDE[0]}</h3><ul class="level_1">{menu}</ul></div>
<div class="mod_newslist short block"><h3>{SIDE[1]}</h3><ul>{rec}</ul></div>
<div class="ce_text weather block"><h3>{SIDE[2]}</h3><p>31°C</p><p>{SIDE[3]}</p><p>{SIDE[4]}</p></div>
<div class="mod_poll block"><h3>Thăm dò ý kiến</h3><form method="post"><p>{esc(POLL_Q)}</p><ul>{poll}</ul><button type="submit">Bình chọn</button></form></div>
<div class="mod_visitors block"><h3>{SIDE[5]}</h3><p>{SIDE[6]}</p><p>{SIDE[7]}</p><p>{SIDE[8]}</p></div>
<!-- indexer::continue -->
</div></aside>
</div>
<footer id="footer"><div class="inside">
<div class="ce_text block"><h4>{FOOTER[0]}</h4>{"".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:])}</div>
</div></footer>
</div>
<script src="/assets/colorbox/js/colorbox.min.js"></script>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dong-thap", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in arts if not a.opts.get("doc") and not a.opts.get("event")]
    docs = [a for a in arts if a.opts.get("doc")]
    events = [a for a in arts if a.opts.get("event")]
    recent = news[:4]
    month_keys: dict = {}
    for a in news:
        month_keys.setdefault((a.date.year, a.date.month), []).append(a)
    months = [(y, m, len(v)) for (y, m), v in sorted(month_keys.items(), reverse=True)]

    def lay(title: str, main: str, crumbs: list, **kw) -> str:
        return layout(title, main, [("/", "Trang chủ"), *crumbs], recent, months, **kw)

    for a in arts:
        o = a.opts
        section = (DOCS, "Văn bản") if o.get("doc") else (EVENTS, "Sự kiện") if o.get("event") else (NEWS, "Tin tức")
        pool = [x for x in (events if o.get("event") else news) if x is not a] or news
        others = pool[:3]
        head = (f'\n<meta name="description" content="{attr(a.summary())}">'
                f'\n<link rel="canonical" href="{a.path}">')
        site.page(a.path, lay(a.title, reader(a, others), [section, (a.path, a.title)], head=head,
                              page_class="newsreader"), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 09/KH-LMHTX", ["HOI CHO OCOP VA SAN PHAM HTX NAM 2026",
                                                         "Lien minh HTX tinh Dong Thap"]))

    def listing(path: str, title: str, items: list[Article], per: int = 5, param: str = "page_n12") -> None:
        chunks = [items[i:i + per] for i in range(0, len(items), per)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            url = path if n == 1 else f"{path}?{param}={n}"
            pager = ""
            if len(chunks) > 1:
                pager = (f'<!-- indexer::stop --><nav class="pagination block"><p>Trang {n} / {len(chunks)}</p><ul>'
                         + (f'<li class="first"><a href="{path}" class="first">« Đầu</a></li>' if n > 1 else "")
                         + "".join(f'<li><strong class="active">{k}</strong></li>' if k == n else
                                   f'<li><a href="{path}?{param}={k}" class="link">{k}</a></li>'
                                   for k in range(1, len(chunks) + 1))
                         + (f'<li class="next"><a href="{path}?{param}={n + 1}" class="next">Tiếp ›</a></li>'
                            if n < len(chunks) else "") + "</ul></nav><!-- indexer::continue -->")
            main = (f'<div class="mod_newslist block"><h1>{esc(title)}</h1>'
                    + ("".join(latest(a, i) for i, a in enumerate(chunk)) or '<p class="empty">Chưa có tin.</p>')
                    + f"{pager}</div>")
            site.page(url, lay(title if n == 1 else f"{title} - Trang {n}", main, [(path, title)]), content_type=HTML)
            site.non_articles.append(url)

    listing(NEWS, "Tin tức", news)
    listing(DOCS, "Văn bản", docs, param="page_n15")
    listing(EVENTS, "Sự kiện", events, param="page_n18")
    for (y, m), items in month_keys.items():
        url = f"{NEWS}?month={y}{m:02d}"
        main = (f'<div class="mod_newsarchive block"><h1>Tin tức tháng {m}/{y}</h1>'
                + "".join(latest(a, i) for i, a in enumerate(items)) + "</div>")
        site.page(url, lay(f"Tin tức tháng {m}/{y}", main, [(NEWS, "Tin tức"), (url, f"Tháng {m}/{y}")]),
                  content_type=HTML)
        site.non_articles.append(url)
    site.trap("news list /tin-tuc.html (div.layout_latest: p.info date, image, h2 link, teaser, 'Đọc thêm…') paged "
              "by ?page_n12=2 (Contao's per-module page parameter), which holds the two oldest items; the news "
              "archive menu links month archives /tin-tuc.html?month=202603: listings", f"{NEWS}?page_n12=2")

    home = ('<div class="mod_newslist featured block"><h2>Tin nổi bật</h2>'
            + "".join(latest(a, i) for i, a in enumerate(news[:4]))
            + f'<p class="more-link"><a href="{NEWS}">Xem tất cả tin tức</a></p></div>'
            + '<div class="mod_newslist block"><h2>Văn bản - Sự kiện</h2>'
            + "".join(latest(a, i) for i, a in enumerate(docs + events)) + "</div>")
    site.page("/", lay("Trang chủ", home, []).replace('<li class="active last">Trang chủ</li>', "", 1),
              content_type=HTML)

    about = ["Liên minh Hợp tác xã tỉnh Đồng Tháp được hợp nhất từ Liên minh Hợp tác xã tỉnh Đồng Tháp và Liên minh "
             "Hợp tác xã tỉnh Tiền Giang, hoạt động từ ngày 01 tháng 7 năm 2025.",
             "Liên minh là tổ chức chính trị - xã hội, đại diện và hỗ trợ hợp tác xã, liên hiệp hợp tác xã, tổ hợp "
             "tác; tuyên truyền, tư vấn, đào tạo, hỗ trợ tiếp cận vốn, xúc tiến thương mại và chuyển đổi số cho khu vực "
             "kinh tế tập thể của tỉnh.",
             "Cơ quan Liên minh làm việc tại trụ sở ở phường Cao Lãnh và cơ sở 2 ở phường Mỹ Tho, gồm Văn phòng, Ban "
             "Kiểm tra, Ban Tuyên truyền - Đào tạo, Ban Hỗ trợ phát triển hợp tác xã và Quỹ hỗ trợ phát triển hợp tác "
             "xã tỉnh."]
    site.page(ABOUT, lay("Giới thiệu", '<h1 class="ce_headline first">Giới thiệu</h1><div class="ce_text block">'
                         + "".join(f"<p>{esc(p)}</p>" for p in about) + '</div><div class="ce_image block"><figure '
                         f'class="image_container"><img src="{img("tru-so-dt.png")}" width="800" height="533" alt="">'
                         '<figcaption class="caption">Trụ sở Liên minh HTX tỉnh tại phường Cao Lãnh</figcaption>'
                         '</figure></div>', [(ABOUT, "Giới thiệu")]), content_type=HTML)
    pics = [(b, a) for a in arts for b in a.blocks if b.kind == "img"][:8]
    site.page(GALLERY, lay("Thư viện ảnh", '<h1 class="ce_headline first">Thư viện ảnh</h1><div class="ce_gallery block">'
                           '<ul class="cols_4">' + "".join(
                               f'<li class="col_{i % 4}"><figure class="image_container"><a href="{img(b.src)}" '
                               f'data-lightbox="gal"><img src="{img(b.src)}" width="200" height="133" alt=""></a>'
                               f'<figcaption class="caption">{esc(b.text)}</figcaption></figure></li>'
                               for i, (b, a) in enumerate(pics)) + "</ul></div>", [(GALLERY, "Thư viện ảnh")]),
              content_type=HTML)
    site.page(CONTACT, lay("Liên hệ", f'<h1 class="ce_headline first">Liên hệ</h1><div class="ce_text block"><p>{NAME}</p>'
                           f'<p>{esc(FOOTER[1])}</p></div><div class="ce_form block"><form method="post">'
                           '<input type="hidden" name="FORM_SUBMIT" value="auto_form_3"><input type="hidden" '
                           'name="REQUEST_TOKEN" value="f1c0a9e3b7d2.Xq8vLm2nR0pT5sWk"><input name="name"><input '
                           'name="email"><textarea name="message"></textarea><button type="submit">Gửi</button></form>'
                           '</div>', [(CONTACT, "Liên hệ")]), content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    site.page(SEARCH, lay("Tìm kiếm", '<div class="mod_search block"><h1>Tìm kiếm</h1><p class="header">Kết quả '
                          f'1 - {len(found)} của {len(found)} cho <strong>ocop</strong></p>'
                          + "".join(f'<div class="first even"><h3><a href="{a.path}">{esc(a.title)}</a></h3>'
                                    f'<p class="context">{esc(a.summary())}</p><p class="url">{a.path}</p></div>'
                                    for a in found) + "</div>", [("/tim-kiem.html", "Tìm kiếm")]), content_type=HTML)
    site.trap("Contao pages built from the same content elements as the news: /gioi-thieu.html (h1, a ce_text of "
              "three paragraphs, a captioned ce_image, no date), /thu-vien-anh.html (a ce_gallery with figcaptions, "
              "like the photo story), /lien-he.html (ce_form) and the search /tim-kiem.html?keywords=ocop: not "
              "articles", GALLERY)
    site.non_articles += ["/", ABOUT, GALLERY, CONTACT, SEARCH]
    site.static("/robots.txt", "User-agent: *\nDisallow: /contao/\nDisallow: /system/\n")
    return site
