"""Site `tthtx-quangninh` (registry family `generic`): the Trung tâm Tư vấn và Hỗ trợ hợp tác xã of Quảng Ninh
province (the advisory and support centre run by the provincial cooperative alliance), a SPIP 3.2 site on the
"Dist"/Zpip squelettes; written as a held-out test: no family module, no selectors.

Why it is hard: SPIP's "propres" URLs have no extension and no date (`/Tap-huan-ke-toan-HTX-nam-2026`), the
sections are `/-Tin-tuc-` and the keywords `/+-OCOP-+`, and every object is also served at its raw twin
(`/spip.php?article412`, `/spip.php?rubrique2`, `/spip.php?mot3`) with no canonical link; the keyword boxes and
the "Bài cùng chuyên mục" box link the raw twins. Section pages are paged by
`?debut_articles=5#pagination_articles`. The article is `div.chapo` (the lead), `div.texte`, then `div.ps`
(post-scriptum: where the byline or the source often sits) and `div.notes` (footnotes, with "[1]" markers in the
text): all of it is the article. The date is `p.info-publi` "Đăng ngày 14 tháng 3 năm 2026" with
`abbr.published title=…Z`, SPIP's `date_iso` in UTC: 08:30 in Hạ Long is `01:30:00Z`, and an article posted
at 06:15 carries the previous day in its abbr. `p.info-update` ("Cập nhật: …", `abbr.updated`) is an edit. The
author is SPIP's `span.vcard.author` ("bởi …"): a person (author) unless the byline in the text or the PS names the
writer, or the account is "Quản trị" (never an author). The "Thông báo" section uses its own squelette without
`info-publi`: its notice says only "Ngày 12/3" and the section listing gives 12/03/2026. Section, keyword, author,
search, plan and forum pages, the introduction (a section text) and the login are not articles.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, inline_text, iso, pdf, weekday

SITE = "tthtx-quangninh"
NAME = "Trung tâm Tư vấn và Hỗ trợ hợp tác xã tỉnh Quảng Ninh"
HTML = "text/html; charset=utf-8"
PER = 5
RUBS = {2: ("Tin-tuc", "Tin tức - Sự kiện"), 3: ("Van-ban", "Văn bản"), 4: ("Thong-bao", "Thông báo"),
        5: ("Dao-tao-tap-huan", "Đào tạo - Tập huấn")}
MOTS = {3: ("OCOP", "OCOP"), 5: ("Tap-huan", "Tập huấn"), 7: ("Kinh-te-tap-the", "Kinh tế tập thể")}
AUTEURS = {1: ("Quan-tri", "Quản trị"), 4: ("Pham-Thu-Ha", "Phạm Thu Hà"), 6: ("Vu-Duc-Long", "Vũ Đức Long")}
PDF_PATH = "/IMG/pdf/kh-15-tttv-hoi-cho-ocop-2026.pdf"
SEARCH = "/spip.php?page=recherche&recherche=OCOP"

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
SLOGAN = "Đồng hành cùng hợp tác xã vùng mỏ - vùng biển"
SIDE = ["Thông báo mới", "Thời tiết Hạ Long", "Trời nắng, gió đông bắc cấp 3", "Độ ẩm: 78%", "Thăm dò ý kiến",
        "Bạn cần Trung tâm hỗ trợ nội dung nào nhất?", "Tư vấn thành lập HTX", "Đào tạo kế toán HTX",
        "Xúc tiến thương mại sản phẩm OCOP", "Bỏ phiếu", "Số người truy cập", "Đang trực tuyến: 9",
        "Tổng lượt truy cập: 386.214", "Liên kết", "Đăng nhập"]
LABELS = ["Trang chủ", "Bài cùng chuyên mục", "Từ khóa", "Trả lời bài viết này", "Ghi chú", "Tài liệu đính kèm",
          "Album ảnh", "Theo dõi hoạt động của website", "Sơ đồ website", "Cập nhật:", "P.S."]
FOOTER = ["Trung tâm Tư vấn và Hỗ trợ hợp tác xã tỉnh Quảng Ninh - trực thuộc Liên minh Hợp tác xã tỉnh Quảng Ninh",
          "Địa chỉ: Tầng 4, Trụ sở Liên cơ quan số 3, phường Hồng Gai, tỉnh Quảng Ninh",
          "Điện thoại: 0203.3628.456 - Email: tuvanhtx.qn@gmail.com",
          "Chịu trách nhiệm nội dung: Ông Nguyễn Văn Tiến - Giám đốc Trung tâm",
          "Website sử dụng SPIP, phần mềm nguồn mở"]
BOILERPLATE = [TODAY, SLOGAN, *SIDE, *LABELS, *FOOTER]


def art(n: int, slug: str) -> str:
    return "/" + slug


def shown(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/Tap-huan-ke-toan-HTX-nam-2026", title="Tập huấn nghiệp vụ kế toán cho cán bộ HTX năm 2026",
          date=datetime(2026, 3, 18, 8, 30),
          lead="Từ ngày 16 đến 17/3, Trung tâm Tư vấn và Hỗ trợ hợp tác xã tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho 65 kế toán và giám đốc HTX trên địa bàn tỉnh.",
          body="""
Lớp học được tổ chức tại Hạ Long, giảng viên là các chuyên gia của Trường Cán bộ quản lý nông nghiệp và phát triển nông thôn I.
## Nội dung chính của lớp học
* Chế độ kế toán áp dụng cho HTX theo Thông tư số 71/2019/TT-BTC;
* Lập báo cáo tài chính và quyết toán thuế của HTX;
* Sử dụng phần mềm kế toán miễn phí do Liên minh HTX Việt Nam cung cấp.
[img tap-huan-ke-toan.png] Học viên thực hành lập báo cáo tài chính trên máy tính
Theo kế hoạch, năm 2026 Trung tâm sẽ mở thêm 4 lớp tại Móng Cái, Cẩm Phả, Đông Triều và Vân Đồn cho khoảng 250 học viên.
""",
          author="Phạm Thu Hà", **shown(datetime(2026, 3, 18, 8, 30)),
          opts={"n": 412, "rub": 5, "aut": 4, "mots": [5]},
          notes=["SPIP article: h1.entry-title, div.chapo (lead, first line), div.texte; author only in p.info-publi "
                 "('bởi Phạm Thu Hà', span.vcard.author); the date 'Đăng ngày 18 tháng 3 năm 2026' with abbr.published "
                 "title='2026-03-18T01:30:00Z' (UTC: 08:30 in Vietnam); the raw twin /spip.php?article412"]),
        A(path="/Ke-hoach-to-chuc-Hoi-cho-OCOP-Quang-Ninh-2026",
          title="Kế hoạch tổ chức Hội chợ OCOP Quảng Ninh - Xuân 2026",
          date=datetime(2026, 1, 6, 14, 0),
          body="""
LIÊN MINH HỢP TÁC XÃ TỈNH QUẢNG NINH
TRUNG TÂM TƯ VẤN VÀ HỖ TRỢ HỢP TÁC XÃ
Số: 15/KH-TTTV
Quảng Ninh, ngày 02 tháng 01 năm 2026
KẾ HOẠCH
Tổ chức Hội chợ OCOP Quảng Ninh - Xuân 2026
Căn cứ Quyết định số 3125/QĐ-UBND ngày 19/12/2025 của UBND tỉnh về Chương trình xúc tiến thương mại năm 2026;
Trung tâm Tư vấn và Hỗ trợ hợp tác xã tỉnh xây dựng kế hoạch như sau:
1. Thời gian: từ ngày 23/01/2026 đến ngày 27/01/2026.
2. Địa điểm: Cung Quy hoạch, Hội chợ và Triển lãm tỉnh, phường Hạ Long.
3. Quy mô: 180 gian hàng của HTX, chủ thể OCOP trong tỉnh và các tỉnh bạn; HTX được hỗ trợ 100% chi phí gian hàng tiêu chuẩn.
4. Các đơn vị đăng ký tham gia trước ngày 15/01/2026.
GIÁM ĐỐC Nguyễn Văn Tiến
""",
          author=None, doc_number="15/KH-TTTV", **shown(datetime(2026, 1, 6, 14, 0)),
          attachments=[{"path": PDF_PATH, "text": "Kế hoạch số 15/KH-TTTV"}],
          opts={"n": 409, "rub": 3, "aut": 1, "mots": [3]},
          notes=["official plan 'Số: 15/KH-TTTV' dated 'Quảng Ninh, ngày 02 tháng 01 năm 2026' citing a decision of "
                 "19/12/2025 and a fair from 23/01/2026; the page shows 'Đăng ngày 6 tháng 1 năm 2026' (abbr "
                 "2026-01-06T07:00:00Z = 14:00); SPIP account 'Quản trị': author null; the PDF in the 'Tài liệu đính "
                 "kèm' box (link text 'Kế hoạch số 15/KH-TTTV', size after it)"]),
        A(path="/Anh-Mua-ba-kich-o-HTX-Dam-Ha", title="Ảnh: Mùa thu hoạch ba kích tím ở HTX Quảng Lâm",
          date=datetime(2025, 11, 21, 6, 15),
          lead="Cuối tháng 11, các thành viên HTX Nông lâm nghiệp Quảng Lâm (xã Đầm Hà) bước vào vụ thu hoạch ba kích tím.",
          body="""
[img ba-kich-1.png] Thành viên HTX đào củ ba kích trên đồi
[img ba-kich-2.png] Củ ba kích được rửa sạch, phân loại ngay tại vườn
[img ba-kich-3.png] Rượu ba kích đóng chai, sản phẩm OCOP 4 sao của HTX
[img ba-kich-4.png] Gian hàng của HTX tại phiên chợ OCOP cuối tuần ở Hạ Long
Ảnh: Đỗ Phương
""",
          author="Đỗ Phương", **shown(datetime(2025, 11, 21, 6, 15)),
          opts={"n": 405, "rub": 2, "aut": 1, "mots": [3], "ps": 1, "portfolio": True},
          notes=["photo story: four SPIP documents (dl.spip_documents, caption dt.spip_doc_titre) in div.texte, the "
                 "same four as thumbnails in the 'Album ảnh' portfolio (no visible caption); 'Ảnh: Đỗ Phương' in div.ps "
                 "(text, author); posted 06:15 on 21/11/2025: the abbr.published title says '2025-11-20T23:15:00Z'"]),
        A(path="/Thong-bao-lich-tu-van-truc-tiep-tai-Mong-Cai",
          title="Thông báo lịch tư vấn trực tiếp cho HTX tại Móng Cái",
          date=datetime(2026, 3, 12, 0, 0),
          body="""
Ngày 12/3, Trung tâm Tư vấn và Hỗ trợ hợp tác xã tỉnh thông báo lịch tư vấn trực tiếp cho các HTX, tổ hợp tác khu vực Móng Cái, Hải Hà.
Buổi tư vấn diễn ra vào sáng thứ Năm hằng tuần, từ 8 giờ đến 11 giờ, tại Trụ sở Hội Nông dân phường Móng Cái 1.
Nội dung tư vấn gồm: thủ tục thành lập, tổ chức lại HTX theo Luật Hợp tác xã năm 2023; hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX; đăng ký đánh giá, phân hạng sản phẩm OCOP.
HTX có nhu cầu đăng ký trước qua số điện thoại 0203.3628.456.
""",
          author=None, published=iso(datetime(2026, 3, 12, 0, 0)), published_source="listing", evidence=["listing"],
          opts={"n": 403, "rub": 4, "aut": 1, "mots": [], "nodate": True},
          notes=["the 'Thông báo' section's squelette prints no p.info-publi: only the text's 'Ngày 12/3' (no year); "
                 "the section listing /-Thong-bao- shows '12/03/2026' beside it: midnight; no author"]),
        A(path="/HTX-Hai-san-Van-Don-ra-mat-nha-xuong-moi", title="HTX Hải sản Vân Đồn ra mắt nhà xưởng chế biến mới",
          date=datetime(2026, 2, 10, 9, 45),
          lead="HTX Dịch vụ hải sản Vân Đồn vừa khánh thành nhà xưởng chế biến sá sùng, chả mực rộng 600 m2 sau một năm được Trung tâm tư vấn lập dự án.",
          body="""
Nhà xưởng được đầu tư 4,2 tỷ đồng, trong đó 1,5 tỷ đồng vay từ Quỹ hỗ trợ phát triển HTX tỉnh; dây chuyền đạt tiêu chuẩn HACCP.
Trung tâm đã hỗ trợ HTX lập phương án sản xuất kinh doanh, hồ sơ vay vốn và hồ sơ đăng ký sản phẩm OCOP cho chả mực Vân Đồn.
[img xuong-van-don.png] Dây chuyền chế biến chả mực của HTX
Năm 2026, HTX đặt mục tiêu doanh thu 12 tỷ đồng, tạo việc làm cho 40 lao động địa phương.
Vũ Đức Long
""",
          author="Vũ Đức Long", **shown(datetime(2026, 2, 10, 9, 45)),
          opts={"n": 398, "rub": 2, "aut": 6, "mots": [3, 7], "right": "Vũ Đức Long",
                "updated": datetime(2026, 3, 2, 16, 20)},
          notes=["'Đăng ngày 10 tháng 2 năm 2026' then p.info-update 'Cập nhật: 2 tháng 3 năm 2026' (abbr.updated): "
                 "an edit, not the publication; closing right-aligned 'Vũ Đức Long' (text, author; also the account)"]),
        A(path="/Hoi-nghi-tong-ket-cong-tac-tu-van-ho-tro-HTX-nam-2025",
          title="Hội nghị tổng kết công tác tư vấn, hỗ trợ HTX năm 2025",
          date=datetime(2026, 1, 15, 16, 10),
          lead="Chiều 14/1, Trung tâm Tư vấn và Hỗ trợ hợp tác xã tỉnh tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.",
          body="""
Năm 2025, Trung tâm đã tư vấn thành lập mới 58 HTX, hỗ trợ 112 HTX tổ chức lại theo Luật Hợp tác xã năm 2023 [1] và tập huấn cho 1.240 lượt cán bộ.
Trung tâm cũng hỗ trợ 46 HTX tham gia các hội chợ trong và ngoài tỉnh, giúp 21 sản phẩm của HTX được công nhận OCOP từ 3 sao trở lên.
## Nhiệm vụ năm 2026
Trung tâm tập trung tư vấn chuyển đổi số, hỗ trợ HTX tham gia chuỗi giá trị theo Nghị quyết số 20-NQ/TW [2] và mở rộng tư vấn trực tiếp tại các xã.
Minh Tuấn
[1] Luật Hợp tác xã số 17/2023/QH15, có hiệu lực từ ngày 01/7/2024.
[2] Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII.
""",
          author="Minh Tuấn", **shown(datetime(2026, 1, 15, 16, 10)),
          opts={"n": 395, "rub": 2, "aut": None, "mots": [7], "right": "Minh Tuấn", "notes": 2},
          notes=["footnotes: markers '[1]', '[2]' (span.spip_note_ref) in div.texte and div.notes under the 'Ghi chú' "
                 "heading (a law of 2023 in force 01/07/2024, a resolution of 16/6/2022): part of the text; no SPIP "
                 "author on the page; the closing right-aligned 'Minh Tuấn' is the author"]),
        A(path="/HTX-che-Duong-Hoa-dat-OCOP-5-sao", title="HTX chè Đường Hoa hoàn thiện hồ sơ đề nghị OCOP 5 sao",
          date=datetime(2025, 9, 24, 10, 0),
          lead="HTX Chè Đường Hoa (xã Quảng Hà) đang hoàn thiện hồ sơ đề nghị Trung ương đánh giá sản phẩm chè Đường Hoa đạt OCOP 5 sao.",
          body="""
Với sự hỗ trợ của Trung tâm, HTX đã chuẩn hóa quy trình sản xuất, xây dựng câu chuyện sản phẩm và hoàn thiện hệ thống truy xuất nguồn gốc.
HTX hiện có 35 ha chè, liên kết với 120 hộ dân; sản lượng chè búp khô đạt 40 tấn/năm.
Nguồn: Báo Quảng Ninh
""",
          author=None, **shown(datetime(2025, 9, 24, 10, 0)),
          opts={"n": 381, "rub": 2, "aut": 1, "mots": [3], "ps": 1},
          notes=["'Nguồn: Báo Quảng Ninh' in div.ps (post-scriptum): part of the text, a source, not an author; the "
                 "SPIP account is 'Quản trị': author null"]),
        A(path="/HTX-nuoi-trong-thuy-san-Tien-Yen-mo-rong-vung-nuoi",
          title="HTX nuôi trồng thủy sản Tiên Yên mở rộng vùng nuôi hàu",
          date=datetime(2024, 8, 15, 9, 0),
          lead="HTX Nuôi trồng thủy sản Đông Hải (huyện Tiên Yên) mở rộng vùng nuôi hàu lên 45 ha nhờ nguồn vốn vay ưu đãi.",
          body="""
HTX được Trung tâm tư vấn lập dự án vay 800 triệu đồng từ Quỹ hỗ trợ phát triển HTX tỉnh để đầu tư giàn bè và con giống.
[img hau-tien-yen.png] Thành viên HTX thu hoạch hàu trên vùng nuôi
Sản lượng năm 2024 ước đạt 600 tấn, được tiêu thụ ổn định tại các nhà hàng ở Hạ Long và Móng Cái.
Bài, ảnh: Hoàng Nga
""",
          author="Hoàng Nga", **shown(datetime(2024, 8, 15, 9, 0)),
          opts={"n": 240, "rub": 2, "aut": 4, "mots": [], "ps": 1},
          notes=["migrated 2024 article of the old district level ('huyện Tiên Yên'); SPIP author 'Phạm Thu Hà' (the "
                 "editor's account) but the div.ps 'Bài, ảnh: Hoàng Nga' names the writer: author Hoàng Nga"]),
        A(path="/Trung-tam-tu-van-ho-tro-HTX-ket-noi-tieu-thu-nong-san",
          title="Trung tâm hỗ trợ HTX kết nối tiêu thụ nông sản dịp cuối năm",
          date=datetime(2023, 12, 5, 15, 30),
          lead="Trung tâm Tư vấn và Hỗ trợ hợp tác xã tỉnh vừa tổ chức hội nghị kết nối cung cầu nông sản cho 30 HTX với các siêu thị, bếp ăn tập thể.",
          body="""
Tại hội nghị, 12 biên bản ghi nhớ đã được ký kết, tập trung vào rau an toàn, gạo, thịt lợn và hải sản chế biến.
Các HTX được hướng dẫn đóng gói, ghi nhãn và in mã truy xuất nguồn gốc theo yêu cầu của hệ thống phân phối.
""",
          author=None, **shown(datetime(2023, 12, 5, 15, 30)),
          opts={"n": 233, "rub": 2, "aut": 1, "mots": [7]},
          notes=["2023 article: no byline, SPIP account 'Quản trị': author null"]),
    ]


def img(name: str) -> str:
    return f"/IMG/png/{name}"


def utc(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")


def long_day(d: datetime) -> str:
    return f"{d.day} tháng {d.month} năm {d.year}"


_docs = [200]


def block_html(b, a: Article) -> str:
    if b.kind == "p":
        text = inline_html(b.text)
        for k in (1, 2):
            text = text.replace(f" [{k}]", f'<span class="spip_note_ref">&nbsp;[<a href="#nb{k}" class="spip_note" '
                                            f'rel="appendix" title="Ghi chú {k}" id="nh{k}">{k}</a>]</span>')
        if b.text == a.opts.get("right"):
            return f'<p class="spip" style="text-align: right;"><strong>{text}</strong></p>'
        return f'<p>{text}</p>'
    if b.kind == "h":
        return f'<h3 class="spip">{inline_html(b.text)}</h3>'
    if b.kind == "ul":
        return '<ul class="spip">' + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>"
    _docs[0] += 1
    n = _docs[0]
    cap = (f'<dt class="crayon document-titre-{n} spip_doc_titre" style="width:500px;"><strong>{inline_html(b.text)}'
           '</strong></dt>') if b.text else ""
    return (f'<dl class="spip_document_{n} spip_documents spip_documents_center"><dt>'
            f'<img src="{img(b.src)}" width="500" height="333" alt="" /></dt>{cap}</dl>')


def parts(a: Article) -> tuple[str, str, str]:
    blocks = a.blocks
    nn = a.opts.get("notes", 0)
    nps = a.opts.get("ps", 0)
    notes = blocks[len(blocks) - nn:] if nn else []
    blocks = blocks[:len(blocks) - nn] if nn else blocks
    ps = blocks[len(blocks) - nps:] if nps else []
    blocks = blocks[:len(blocks) - nps] if nps else blocks
    texte = "\n".join(block_html(b, a) for b in blocks)
    ps_html = "".join(f"<p>{inline_html(b.text)}</p>" for b in ps)
    notes_html = "".join(
        f'<div id="nb{k}"><p><span class="spip_note_ref">[<a href="#nh{k}" class="spip_note" title="Ghi chú {k}" '
        f'rev="appendix">{k}</a>] </span>{esc(b.text[len(f"[{k}] "):])}</p></div>' for k, b in enumerate(notes, 1))
    return texte, ps_html, notes_html


def rub_path(r: int) -> str:
    return f"/-{RUBS[r][0]}-"


def mot_path(m: int) -> str:
    return f"/+-{MOTS[m][0]}-+"


def aut_path(a: int) -> str:
    return f"/_{AUTEURS[a][0]}_"


def layout(title: str, main: str, arts: list[Article], body_class: str) -> str:
    nav = "".join(f'<li class="nav-item"><a href="{rub_path(r)}">{esc(v[1])}</a></li>' for r, v in RUBS.items())
    notices = "".join(f'<li><a href="/spip.php?article{a.opts["n"]}">{esc(a.title)}</a></li>'
                      for a in arts if a.opts["rub"] in (3, 4))
    opts = "".join(f'<li><label><input type="radio" name="choix" value="{i}" /> {esc(o)}</label></li>'
                   for i, o in enumerate(SIDE[6:9], 1))
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi" class="ltr vi no-js">
<head>
<title>{esc(title)} - {esc(NAME)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="SPIP 3.2.11 [24473]" />
<link rel="alternate" type="application/rss+xml" title="{LABELS[7]}" href="/spip.php?page=backend" />
<link rel="stylesheet" href="/squelettes-dist/css/spip.css" type="text/css" />
<link rel="stylesheet" href="/squelettes/css/zpip-qn.css" type="text/css" />
<script type="text/javascript" src="/prive/javascript/jquery.js"></script>
</head>
<body class="{body_class}">
<div class="page">
<div class="topbar"><span class="date">{TODAY}</span> <a href="/spip.php?page=login">{SIDE[14]}</a></div>
<div class="header" id="header">
<div class="accueil"><a rel="start home" href="/" title="{LABELS[0]}"><img class="spip_logo" src="/IMG/siteon0.png" alt="" />
<strong id="nom_site_spip">{esc(NAME)}</strong></a><p id="slogan_site_spip">{SLOGAN}</p></div>
<div class="formulaire_spip formulaire_recherche" id="formulaire_recherche"><form action="/spip.php" method="get">
<input type="hidden" name="page" value="recherche" /><input type="search" name="recherche" id="recherche" /></form></div>
</div>
<div class="nav clearfix" id="nav"><ul><li class="nav-item"><a href="/">{LABELS[0]}</a></li>
<li class="nav-item"><a href="/-Gioi-thieu-">Giới thiệu</a></li>{nav}
<li class="nav-item"><a href="/spip.php?page=contact">Liên hệ</a></li></ul></div>
<div class="wrapper">
<div class="main"><div class="wrapper hfeed"><div class="content hentry" id="content">
{main}
</div></div></div>
<div class="aside">
<div class="menu"><h2>{SIDE[0]}</h2><ul>{notices}</ul></div>
<div class="meteo"><h2>{SIDE[1]}</h2><p>24°C</p><p>{SIDE[2]}</p><p>{SIDE[3]}</p></div>
<div class="formulaire_spip formulaire_sondage"><h2>{SIDE[4]}</h2><p>{esc(SIDE[5])}</p><form action="javascript:void(0)"><ul>{opts}</ul>
<button type="button" class="submit">{SIDE[9]}</button></form></div>
<div class="stats"><h2>{SIDE[10]}</h2><p>{SIDE[11]}</p><p>{SIDE[12]}</p></div>
<div class="liens"><h2>{SIDE[13]}</h2><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh HTX Việt Nam</a></li>
<li><a href="{{{{base:offsite}}}}/chinh-phu/">Cổng TTĐT Chính phủ</a></li></ul></div>
</div>
</div>
<div class="footer clearfix"><p>{"</p><p>".join(esc(x) for x in FOOTER[:4])}</p>
<p class="colophon"><a href="/spip.php?page=plan">{LABELS[8]}</a> | <a href="/spip.php?page=backend">{LABELS[7]}</a> | {FOOTER[4]}</p></div>
</div>
</body>
</html>
"""


def article_page(a: Article, arts: list[Article]) -> str:
    r = a.opts["rub"]
    texte, ps, notes = parts(a)
    aut = a.opts.get("aut")
    byline = ""
    if aut:
        byline = (f'<span class="sep">, </span><span class="auteurs">bởi <span class="vcard author"><a class="url fn spip_in" '
                  f'href="{aut_path(aut)}">{esc(AUTEURS[aut][1])}</a></span></span>')
    info = ""
    if not a.opts.get("nodate"):
        info = (f'<p class="info-publi"><abbr class="published" title="{utc(a.date)}">Đăng ngày {long_day(a.date)}</abbr>'
                f'{byline}</p>')
        if a.opts.get("updated"):
            u = a.opts["updated"]
            info += f'<p class="info-update"><abbr class="updated" title="{utc(u)}">{LABELS[9]} {long_day(u)}</abbr></p>'
    chapo = f'<div class="crayon article-chapo-{a.opts["n"]} chapo surlignable"><p>{inline_html(a.lead)}</p></div>' if a.lead else ""
    ps_html = f'<div class="ps surlignable"><h2 class="pas_surlignable">{LABELS[10]}</h2>{ps}</div>' if ps else ""
    notes_html = f'<div class="notes surlignable"><h2 class="h2 pas_surlignable">{LABELS[4]}</h2>{notes}</div>' if notes else ""
    portfolio = ""
    if a.opts.get("portfolio"):
        thumbs = "".join(f'<li><a href="{img(b.src)}" type="image/png" rel="documents_portfolio-a{a.opts["n"]}-r" '
                         f'title="{attr(b.text)}"><img src="{img(b.src)}" width="120" height="80" alt="" /></a></li>'
                         for b in a.blocks if b.kind == "img")
        portfolio = f'<div id="documents_portfolio" class="portfolio"><h2>{LABELS[6]}</h2><ul>{thumbs}</ul></div>'
    docs = ""
    if a.attachments:
        docs = (f'<div id="documents_joints"><h2>{LABELS[5]}</h2><ul>'
                + "".join(f'<li><a href="{x["path"]}" type="application/pdf" title="PDF - 118.2 kio">{esc(x["text"])}</a> '
                          f'<small>(PDF - 118.2 kio)</small></li>' for x in a.attachments) + "</ul></div>")
    mots = ""
    if a.opts["mots"]:
        mots = (f'<div class="mots-cles"><h2>{LABELS[2]}</h2><ul>'
                + "".join(f'<li><a href="/spip.php?mot{m}" rel="tag">{esc(MOTS[m][1])}</a></li>' for m in a.opts["mots"])
                + "</ul></div>")
    same = [x for x in arts if x.opts["rub"] == r and x is not a][:4]
    same_html = "".join(f'<li><a href="/spip.php?article{x.opts["n"]}">{esc(x.title)}</a></li>' for x in same)
    aside = f'<div class="menu"><h2>{LABELS[1]}</h2><ul>{same_html}</ul></div>' if same_html else ""
    return f"""<p class="arbo"><a href="/">{LABELS[0]}</a> &gt; <a href="{rub_path(r)}">{esc(RUBS[r][1])}</a> &gt; <strong class="on">{esc(a.title)}</strong></p>
<div class="cartouche">
{info}
<h1 class="h1 crayon article-titre-{a.opts["n"]} entry-title">{esc(a.title)}</h1>
</div>
<div class="surlignable">
{chapo}
<div class="crayon article-texte-{a.opts["n"]} texte entry-content surlignable">
{texte}
</div>
</div>
{ps_html}
{notes_html}
{portfolio}
{docs}
{mots}
<p class="forum"><a href="/spip.php?page=forum&amp;id_article={a.opts["n"]}" rel="noindex nofollow">{LABELS[3]}</a></p>
{aside}"""


def teaser(a: Article, with_date: bool = True) -> str:
    words = inline_text(a.summary() if not a.lead else a.lead).split()
    intro = " ".join(words[:28]) + (" (...)" if len(words) > 28 else "")
    date = f'<small class="date">{a.date:%d/%m/%Y}</small> ' if with_date else ""
    return (f'<li class="item hentry"><strong class="h3 entry-title"><a href="{a.path}" rel="bookmark">{esc(a.title)}</a>'
            f'</strong> {date}<div class="introduction entry-content"><p>{esc(intro)}</p></div></li>')


def build() -> SiteBuild:
    _docs[0] = 200
    site = SiteBuild(SITE, "quang-ninh", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        site.page(a.path, layout(a.title, article_page(a, arts), arts, "page_article"), content_type=HTML)
        raw = f"/spip.php?article{a.opts['n']}"
        site.same_page(raw, a.path)
        a.aliases = [raw]
        site.add_article(a)
        site.page(f"/spip.php?page=forum&id_article={a.opts['n']}",
                  layout("Trả lời bài viết", f'<h1 class="h1">Trả lời bài viết: <a href="{a.path}">{esc(a.title)}</a></h1>'
                         '<form action="javascript:void(0)" class="formulaire_forum"><p>Tiêu đề <input name="titre" /></p>'
                         '<p><textarea name="texte"></textarea></p><input type="button" value="Xem trước" /></form>',
                         arts, "page_forum"), content_type=HTML)
        site.non_articles.append(f"/spip.php?page=forum&id_article={a.opts['n']}")
    site.binary(PDF_PATH, pdf("Kế hoạch số 15/KH-TTTV", ["KE HOACH TO CHUC HOI CHO OCOP QUANG NINH - XUAN 2026",
                                                         "So: 15/KH-TTTV"]))
    site.trap("every article is served at its propres URL (/Slug, no extension, no date) and its raw twin "
              "/spip.php?articleN (no canonical link); the 'Bài cùng chuyên mục', 'Thông báo mới' and keyword links "
              "use the raw twins", "/spip.php?article412")

    def paged(first: str, title: str, heading: str, items: list[Article], cls: str, dated: bool = True,
              text: str = "") -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for k, chunk in enumerate(chunks):
            sep = "&" if "?" in first else "?"
            here = first if k == 0 else f"{first}{sep}debut_articles={k * PER}"
            pag = ""
            if len(chunks) > 1:
                pag = ('<p class="pagination">' + " | ".join(
                    f'<strong class="on">{j + 1}</strong>' if j == k else
                    f'<a href="{first if j == 0 else f"{first}{sep}debut_articles={j * PER}#pagination_articles"}" '
                    f'class="lien_pagination" rel="nofollow">{j + 1}</a>' for j in range(len(chunks))) + "</p>")
            main = (f'<p class="arbo"><a href="/">{LABELS[0]}</a> &gt; <strong class="on">{esc(heading)}</strong></p>'
                    f'<h1 class="h1">{esc(heading)}</h1>{text}<div class="liste articles"><a id="pagination_articles"></a>'
                    f'<ul class="liste-items">{"".join(teaser(a, dated) for a in chunk)}</ul>{pag}</div>')
            site.page(here, layout(title, main, arts, cls), content_type=HTML)
            site.non_articles.append(here)

    paged("/", "Trang chủ", "Tin mới", arts, "page_sommaire")
    for r, (slug, name) in RUBS.items():
        items = [a for a in arts if a.opts["rub"] == r]
        paged(rub_path(r), name, name, items, "page_rubrique")
        site.same_page(f"/spip.php?rubrique{r}", rub_path(r))
    site.trap("section /-Tin-tuc- (5 teasers with dd/mm/yyyy) paged by ?debut_articles=5#pagination_articles; raw "
              "twin /spip.php?rubrique2; the 'Thông báo' section gives the only date of its notice", "/-Tin-tuc-?debut_articles=5")
    for m, (slug, name) in MOTS.items():
        items = [a for a in arts if m in a.opts["mots"]]
        paged(mot_path(m), name, f"Từ khóa: {name}", items, "page_mot")
        site.same_page(f"/spip.php?mot{m}", mot_path(m))
    for au, (slug, name) in AUTEURS.items():
        items = [a for a in arts if a.opts.get("aut") == au]
        paged(aut_path(au), name, name, items, "page_auteur")
    hits = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    paged(SEARCH, "Tìm kiếm", "Kết quả tìm kiếm: OCOP", hits, "page_recherche")
    site.trap("keyword pages /+-OCOP-+ (raw /spip.php?mot3), author pages /_Pham-Thu-Ha_, the search "
              "/spip.php?page=recherche&recherche=OCOP and the forum forms: lists, not articles", "/+-OCOP-+")

    intro = ('<div class="chapo"><p>Trung tâm Tư vấn và Hỗ trợ hợp tác xã tỉnh Quảng Ninh là đơn vị sự nghiệp trực thuộc '
             'Liên minh Hợp tác xã tỉnh, thành lập năm 2012.</p></div><div class="texte"><p>Trung tâm có chức năng tư '
             'vấn thành lập, tổ chức lại và quản lý hợp tác xã; đào tạo, bồi dưỡng cán bộ; xúc tiến thương mại và hỗ trợ '
             'chuyển đổi số cho khu vực kinh tế tập thể của tỉnh.</p><h3 class="spip">Các phòng chuyên môn</h3><ul class="spip">'
             '<li>Phòng Hành chính - Tổng hợp;</li><li>Phòng Tư vấn - Đào tạo;</li><li>Phòng Xúc tiến thương mại.</li></ul></div>')
    site.page("/-Gioi-thieu-", layout("Giới thiệu", f'<p class="arbo"><a href="/">{LABELS[0]}</a> &gt; <strong class="on">'
                                      f'Giới thiệu</strong></p><h1 class="h1 crayon rubrique-titre-1">Giới thiệu Trung tâm</h1>{intro}',
                                      arts, "page_rubrique"), content_type=HTML)
    site.page("/spip.php?page=contact", layout("Liên hệ", '<h1 class="h1">Liên hệ</h1>'
                                               f'<p>{esc(FOOTER[1])}</p><form action="javascript:void(0)" class="formulaire_contact">'
                                               '<input name="email" /><textarea name="texte"></textarea></form>', arts,
                                               "page_contact"), content_type=HTML)
    plan = "".join(f'<li><a href="{rub_path(r)}">{esc(v[1])}</a><ul>'
                   + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in arts if a.opts["rub"] == r)
                   + "</ul></li>" for r, v in RUBS.items())
    site.page("/spip.php?page=plan", layout(LABELS[8], f'<h1 class="h1">{LABELS[8]}</h1><ul class="plan">{plan}</ul>',
                                            arts, "page_plan"), content_type=HTML)
    site.page("/spip.php?page=login", layout("Đăng nhập", '<h1 class="h1">Đăng nhập</h1><form action="javascript:void(0)">'
                                             '<input name="var_login" /><input type="password" name="password" /></form>',
                                             arts, "page_login"), content_type=HTML)
    feed = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link>"
                   f"<dc:date>{utc(a.date)}</dc:date><description>{esc(a.summary())}</description></item>" for a in arts
                   if not a.opts.get("nodate"))
    site.page("/spip.php?page=backend", '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
              'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>' + esc(NAME) + '</title><link>{{base}}/</link>'
              + feed + "</channel></rss>\n", content_type="application/rss+xml; charset=utf-8")
    site.non_articles += ["/-Gioi-thieu-", "/spip.php?page=contact", "/spip.php?page=plan", "/spip.php?page=login"]
    site.trap("the introduction is a section /-Gioi-thieu- with its own text (h1, chapo, paragraphs, a heading and a "
              "list, no date): not an article; contact, site map and login likewise", "/-Gioi-thieu-")
    site.static("/robots.txt", "User-agent: *\nDisallow: /local/\nDisallow: /ecrire/\nDisallow: /plugins-dist/\n"
                "Disallow: /prive/\nDisallow: /squelettes-dist/\n")
    return site
