"""Site `lmhtx-nghean-moi` (registry family `generic`): the Nghệ An alliance's relaunched portal of 2025 (the province
was not merged on 1 July 2025), built on Orchard Core (the .NET CMS) with a Liquid theme derived from TheBlogTheme
(Start Bootstrap "Clean Blog"), written as a held-out test: no family module, no selectors.

Why it is hard: the title and lead are not beside the text but in the `header.masthead` banner (`div.post-heading` with
the `h1`, the lead as `h2.subheading` and a `span.meta` "Đăng bởi <a>quantri</a> vào 14/03/2026"), where "Đăng bởi"
names the CMS account on most posts (`quantri`, `bientap`, `vanphong`: never the author) and a person on others (then
the author, not text). The date has no time and no machine-readable copy. The text is an Orchard Flow: a
`div.blog-post-body > div.flow` of `div.widget widget-html-widget` and `div.widget widget-image-widget` boxes (a
`figure` with `figcaption`), some of them half-width (`widget-size-50`) side by side; one post has a "Tin liên quan"
html widget in the middle of its flow. After the flow: taxonomy terms (category and tags, both term pages), a
`ul.pager` "Bài trước / Bài sau" with the neighbours' titles, then a footer zone with "Tin nổi bật" and a visit
counter. A short-news content type has no meta line at all: its day is only "Ngày 12/3" in the text and its listing
entry. Two posts are also reachable at their `/Contents/ContentItems/<26-char id>` address (the footer and a pager
link there), the same page without any canonical link. The listing `/tin-tuc?pagenum=2` holds the oldest posts; the
introduction is a Page content type with the same masthead and flow widgets (no meta): not an article.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, inline_text, iso, pdf, weekday

SITE = "lmhtx-nghean-moi"
NAME = "Liên minh Hợp tác xã tỉnh Nghệ An"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc"
PER = 6
PDF_PATH = "/media/van-ban/2026/KH-19-LMHTX-thang-hanh-dong.pdf"

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Hợp tác xã - Con đường phát triển bền vững của kinh tế tập thể",
           "Nhiệt liệt chào mừng kỷ niệm 80 năm Ngày Hợp tác xã Việt Nam"]
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Nghệ An",
          "Chịu trách nhiệm nội dung: Ông Nguyễn Đình Lưu - Chủ tịch Liên minh HTX tỉnh",
          "Địa chỉ: Số 6 đường Trường Thi, phường Thành Vinh, tỉnh Nghệ An",
          "Điện thoại: 0238.3844.575 - Email: lienminhhtx@nghean.gov.vn",
          "Giấy phép số 06/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An cấp ngày 12/6/2025",
          "Copyright © 2026 Liên minh HTX tỉnh Nghệ An. Phát triển trên nền tảng Orchard Core"]
LABELS = ["Bài trước", "Bài sau", "Tin nổi bật", "Lượt truy cập: 1.204.337", "Đang trực tuyến: 18", "Chuyên mục:",
          "Thẻ:", "Đường dây nóng: 0238.3844.575", "Đăng nhập", "Tin liên quan", "Tải văn bản (PDF)"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *LABELS]

ACCOUNTS = {"quantri", "bientap", "vanphong"}


def item_id(key: str) -> str:
    """An Orchard Core ContentItemId: 26 characters, lower-case letters and digits."""
    alphabet = "0123456789abcdefghjkmnpqrstvwxyz"
    n = int(hashlib.sha256(("nghean/" + key).encode()).hexdigest(), 16)
    out = ""
    for _ in range(26):
        n, r = divmod(n, 32)
        out += alphabet[r]
    return "4" + out[1:]


def alias_of(path: str) -> str:
    return f"/Contents/ContentItems/{item_id(path)}"


def on(d: datetime, listing: bool = True) -> dict:
    return dict(published=iso(d, with_time=False), published_source="date-element",
                evidence=["date-element"] + (["listing"] if listing else []))


OCOP_ROWS = [
    "| STT | Sản phẩm | Chủ thể | Hạng |",
    "| 1 | Nhút Thanh Chương | HTX Nông nghiệp Thanh Đồng | 4 sao |",
    "| 2 | Tương Nam Đàn | HTX Tương truyền thống Nam Đàn | 4 sao |",
    "| 3 | Nước mắm Vạn Phần | HTX Chế biến hải sản Vạn Phần | 3 sao |",
    "| 4 | Chè xanh Thanh Chương | HTX Chè Hạnh Lâm | 3 sao |",
    "| 5 | Cam Vinh Quỳ Hợp | HTX Cam Châu Quang | 3 sao |",
]


def articles() -> list[Article]:
    A = Article
    return [
        A(path=f"{NEWS}/hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-tu",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh Nghệ An lần thứ tư, nhiệm kỳ 2025 - 2030",
          date=datetime(2026, 3, 14),
          lead="Liên minh HTX tỉnh Nghệ An tổ chức Hội nghị Ban Chấp hành lần thứ tư, đánh giá kết quả quý I và triển khai nhiệm vụ quý II năm 2026.",
          body="""
Quý I/2026, toàn tỉnh thành lập mới 28 HTX, nâng tổng số HTX đang hoạt động lên 1.046 HTX với hơn 112.000 thành viên.
Doanh thu bình quân của một HTX ước đạt 4,2 tỷ đồng, tăng 9% so với cùng kỳ; 214 HTX tham gia chuỗi liên kết sản xuất gắn với tiêu thụ sản phẩm.
[img hoi-nghi-bch-nghe-an.png] Đồng chí Chủ tịch Liên minh HTX tỉnh phát biểu kết luận hội nghị
## Nhiệm vụ trọng tâm quý II
* Tổ chức Tháng hành động vì HTX năm 2026 trên toàn tỉnh;
* Hoàn thành giải ngân 30 tỷ đồng vốn Quỹ hỗ trợ phát triển HTX tỉnh;
* Hướng dẫn HTX nông nghiệp tham gia sàn thương mại điện tử.
Hội nghị cũng thông qua quy chế phối hợp giữa Liên minh HTX tỉnh với các xã, phường sau sắp xếp đơn vị hành chính.
""",
          author="Phan Thu Hà", **on(datetime(2026, 3, 14)),
          opts={"owner": "Phan Thu Hà", "cat": ("hoat-dong-lien-minh", "Hoạt động Liên minh"), "tags": ["hoi-nghi"]},
          notes=["title h1 and lead h2.subheading in header.masthead (div.post-heading), then span.meta 'Đăng bởi "
                 "<a>Phan Thu Hà</a> vào 14/03/2026' (a person: the author, not text; no time: midnight); the text is an "
                 "Orchard Flow of html and image widgets (figure/figcaption), a heading and a list in an html widget"]),
        A(path=f"{NEWS}/ra-mat-htx-du-lich-cong-dong-ban-xieng-lu",
          title="Ra mắt HTX Du lịch cộng đồng bản Xiềng Lằm",
          date=datetime(2026, 3, 12),
          lead="HTX Du lịch cộng đồng Xiềng Lằm chính thức ra mắt với 31 thành viên là đồng bào Thái.",
          body="""
Ngày 12/3, tại bản Xiềng Lằm, Liên minh HTX tỉnh phối hợp với UBND xã Yên Na tổ chức lễ ra mắt HTX Du lịch cộng đồng Xiềng Lằm.
HTX cung cấp dịch vụ lưu trú tại nhà sàn, ẩm thực truyền thống, dệt thổ cẩm và đưa khách tham quan lòng hồ thủy điện Bản Vẽ.
[img xieng-lam.png] Thành viên HTX đón đoàn khách đầu tiên tại nhà sàn
Liên minh HTX tỉnh sẽ hỗ trợ HTX tập huấn kỹ năng phục vụ khách du lịch và quảng bá sản phẩm trên các nền tảng số.
""",
          byline="Bài, ảnh: Thái Hiền", author="Thái Hiền",
          published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          opts={"owner": None, "cat": ("hoat-dong-lien-minh", "Hoạt động Liên minh"), "tags": ["du-lich"]},
          notes=["short-news content type: masthead with h1 and h2.subheading but no span.meta (no date, no account); "
                 "'Ngày 12/3' (no year) in the text and 'vào 12/03/2026' on its /tin-tuc entry: midnight; byline "
                 "'Bài, ảnh: Thái Hiền' last: part of the text, the author"]),
        A(path=f"{NEWS}/ke-hoach-to-chuc-thang-hanh-dong-vi-htx-nam-2026",
          title="Kế hoạch tổ chức Tháng hành động vì hợp tác xã năm 2026",
          date=datetime(2026, 3, 3),
          body="""
LIÊN MINH HTX TỈNH NGHỆ AN
Số: 19/KH-LMHTX
Nghệ An, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức Tháng hành động vì hợp tác xã năm 2026
Thực hiện Chỉ thị số 21-CT/TW ngày 18/01/2024 của Ban Bí thư và hướng dẫn của Liên minh HTX Việt Nam, Liên minh HTX tỉnh xây dựng kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Tuyên truyền sâu rộng về vai trò của kinh tế tập thể, tôn vinh các HTX tiêu biểu nhân kỷ niệm Ngày Hợp tác xã Việt Nam 11/4.
II. NỘI DUNG HOẠT ĐỘNG
1. Tổ chức diễn đàn "HTX với chuyển đổi số" tại phường Thành Vinh trong tháng 4/2026.
2. Trưng bày, giới thiệu sản phẩm OCOP của HTX tại Quảng trường Hồ Chí Minh.
3. Khen thưởng 30 HTX và 20 cán bộ quản lý HTX tiêu biểu.
Nơi nhận: Thường trực Tỉnh ủy; UBND tỉnh; các HTX; Lưu VT.
CHỦ TỊCH Nguyễn Đình Lưu
""",
          author=None, doc_number="19/KH-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "KH-19-LMHTX-thang-hanh-dong.pdf"}], **on(datetime(2026, 3, 3)),
          opts={"owner": "vanphong", "cat": ("van-ban", "Văn bản"), "tags": ["ke-hoach"], "doc": True},
          notes=["official plan 'Số: 19/KH-LMHTX' in an html widget: place-date line 'Nghệ An, ngày 02 tháng 3 năm 2026' "
                 "the day before the meta 'vào 03/03/2026' (the publication); 'Đăng bởi vanphong' is the account: author "
                 "null; signer last (text); the PDF behind a link widget 'Tải văn bản (PDF)' after the flow: an "
                 "attachment, not text"]),
        A(path=f"{NEWS}/anh-mua-thu-hoach-cam-tai-htx-cam-chau-quang",
          title="Ảnh: Mùa thu hoạch cam tại HTX Cam Châu Quang",
          date=datetime(2026, 2, 20),
          lead="Những ngày cuối tháng 2, thành viên HTX Cam Châu Quang tất bật thu hoạch cam Vinh phục vụ thị trường sau Tết.",
          body="""
[img cam-1.png] Thành viên HTX thu hoạch cam trên đồi
[img cam-2.png] Cam được phân loại ngay tại vườn
[img cam-3.png] Cán bộ HTX dán tem truy xuất nguồn gốc lên từng quả cam
[img cam-4.png] Thương lái đến tận vườn thu mua cam của HTX
""",
          byline="Ảnh: Hồ Lài", author="Hồ Lài", **on(datetime(2026, 2, 20)),
          opts={"owner": "quantri", "cat": ("htx-tieu-bieu", "HTX tiêu biểu"), "tags": ["ocop"], "photo": True},
          notes=["photo story: the h2.subheading lead, then four half-width image widgets (widget-size-50, two per row), "
                 "each figure with figcaption (one line each); 'Đăng bởi quantri' is the account; closing 'Ảnh: Hồ Lài' "
                 "in an html widget: part of the text, the author"]),
        A(path=f"{NEWS}/nghe-an-co-them-26-san-pham-ocop-cua-htx",
          title="Nghệ An có thêm 26 sản phẩm OCOP của HTX",
          date=datetime(2025, 12, 3),
          lead="UBND tỉnh vừa công nhận 26 sản phẩm OCOP đợt 2 năm 2025 của các HTX, trong đó 7 sản phẩm đạt 4 sao.",
          body="""
Các sản phẩm được công nhận thuộc nhóm thực phẩm, đồ uống và dược liệu, phần lớn có bao bì, tem truy xuất nguồn gốc đạt chuẩn.
Một số sản phẩm tiêu biểu của HTX được công nhận đợt này:
""" + "\n".join(OCOP_ROWS) + """
Liên minh HTX tỉnh sẽ hỗ trợ các HTX có sản phẩm OCOP tham gia hội chợ và kết nối với hệ thống siêu thị trong năm 2026.
""",
          author="Nguyễn Thị Lan", **on(datetime(2025, 12, 3)),
          opts={"owner": "Nguyễn Thị Lan", "cat": ("htx-tieu-bieu", "HTX tiêu biểu"), "tags": ["ocop"]},
          notes=["meta 'vào 03/12/2025' = 3 December (day first); 'Đăng bởi Nguyễn Thị Lan' a person: the author; the "
                 "products table inside an html widget (one line per row, cells between ' | ')"]),
        A(path=f"{NEWS}/htx-nuoc-mam-van-phan-mo-rong-nha-xuong",
          title="HTX nước mắm Vạn Phần mở rộng nhà xưởng, nâng công suất",
          date=datetime(2025, 10, 9),
          lead="HTX Chế biến hải sản Vạn Phần đưa vào sử dụng nhà xưởng mới 1.200 m², nâng công suất lên 600.000 lít nước mắm mỗi năm.",
          body="""
HTX có 46 thành viên, giữ phương pháp ủ chượp truyền thống trong thùng gỗ từ 12 đến 18 tháng, không dùng chất bảo quản.
Nhà xưởng mới có khu chượp, khu lọc và dây chuyền chiết rót khép kín, được đầu tư 9,5 tỷ đồng, trong đó 2 tỷ đồng vay từ Quỹ hỗ trợ phát triển HTX tỉnh.
[img nuoc-mam-van-phan.png] Thành viên HTX kiểm tra chượp trong thùng gỗ
Sản phẩm nước mắm Vạn Phần của HTX đã có mặt tại các hệ thống siêu thị ở Hà Nội và Thành phố Hồ Chí Minh.
""",
          byline="Văn Dũng", author="Văn Dũng", **on(datetime(2025, 10, 9)),
          opts={"owner": "bientap", "cat": ("htx-tieu-bieu", "HTX tiêu biểu"), "tags": ["ocop"], "related_after": 1},
          notes=["a 'Tin liên quan' html widget (h4 and three links with dates) in the middle of the flow, between two "
                 "text widgets: not text; 'Đăng bởi bientap' the account; closing 'Văn Dũng': part of the text, the "
                 "author"]),
        A(path=f"{NEWS}/quy-ho-tro-phat-trien-htx-giai-ngan-von-cho-htx-nong-nghiep",
          title="Quỹ hỗ trợ phát triển HTX tỉnh giải ngân 18 tỷ đồng cho HTX nông nghiệp",
          date=datetime(2025, 8, 21),
          lead="Tám tháng năm 2025, Quỹ hỗ trợ phát triển HTX tỉnh Nghệ An đã giải ngân 18 tỷ đồng cho 41 HTX nông nghiệp.",
          body="""
Các khoản vay tập trung vào đầu tư nhà lưới, hệ thống tưới tiết kiệm, máy sấy nông sản và phương tiện vận chuyển.
Lãi suất cho vay ưu đãi 5,4%/năm, thời hạn tối đa 5 năm; HTX có dự án liên kết chuỗi giá trị được ưu tiên xét duyệt trước.
Quỹ cũng phối hợp với các ngân hàng thương mại giới thiệu HTX tiếp cận thêm nguồn vốn tín dụng theo Nghị định số 98/2018/NĐ-CP.
""",
          author="Trần Minh Tuấn", aliases=[alias_of(f"{NEWS}/quy-ho-tro-phat-trien-htx-giai-ngan-von-cho-htx-nong-nghiep")],
          **on(datetime(2025, 8, 21)),
          opts={"owner": "Trần Minh Tuấn", "cat": ("hoat-dong-lien-minh", "Hoạt động Liên minh"), "tags": ["quy-ho-tro"]},
          notes=["also served at /Contents/ContentItems/<26-char id> (the footer's 'Tin nổi bật' links there), the same "
                 "page with no canonical link: one article; 'Đăng bởi Trần Minh Tuấn' a person: the author"]),
        A(path=f"{NEWS}/cong-thong-tin-lien-minh-htx-tinh-van-hanh-nen-tang-moi",
          title="Cổng thông tin Liên minh HTX tỉnh Nghệ An vận hành trên nền tảng mới",
          date=datetime(2025, 6, 16),
          lead="Từ ngày 16/6/2025, Cổng thông tin điện tử Liên minh HTX tỉnh Nghệ An chính thức vận hành giao diện mới.",
          body="""
Cổng có các chuyên mục Hoạt động Liên minh, HTX tiêu biểu, Văn bản và Thư viện ảnh, hiển thị tốt trên điện thoại di động.
Các bài viết trên cổng cũ được chuyển dần sang cổng mới trong tháng 6 và tháng 7/2025; bạn đọc có thể tìm kiếm theo từ khóa có dấu hoặc không dấu.
""",
          author=None, **on(datetime(2025, 6, 16)),
          opts={"owner": "quantri", "cat": ("hoat-dong-lien-minh", "Hoạt động Liên minh"), "tags": []},
          notes=["oldest post of the relaunched portal, only on /tin-tuc?pagenum=2; 'Đăng bởi quantri' and no byline: "
                 "author null"]),
        A(path=f"{NEWS}/htx-che-hanh-lam-giu-vung-che-thanh-chuong",
          title="HTX Chè Hạnh Lâm giữ vững vùng chè Thanh Chương",
          date=datetime(2024, 9, 18),
          lead="Với 150 ha chè công nghiệp, HTX Chè Hạnh Lâm là một trong những HTX chè lớn nhất miền Tây Nghệ An.",
          body="""
HTX có 210 thành viên, bao tiêu toàn bộ búp chè tươi cho thành viên với giá ổn định từ 5.500 đến 6.000 đồng/kg.
Năm 2024, HTX đầu tư dây chuyền chế biến chè xanh đóng gói, sản phẩm chè xanh Thanh Chương đạt OCOP 3 sao.
[img che-hanh-lam.png] Thành viên HTX Chè Hạnh Lâm hái chè
Nguồn: Báo Nghệ An
""",
          author=None, aliases=[alias_of(f"{NEWS}/htx-che-hanh-lam-giu-vung-che-thanh-chuong")],
          **on(datetime(2024, 9, 18)),
          opts={"owner": "quantri", "cat": ("htx-tieu-bieu", "HTX tiêu biểu"), "tags": ["ocop"]},
          notes=["a 2024 post migrated from the old portal ('vào 18/09/2024'), only on /tin-tuc?pagenum=2; the 'Bài trước' "
                 "link of the next post points at its /Contents/ContentItems/<id> address (same page, no canonical); "
                 "'Nguồn: Báo Nghệ An' last: part of the text, a source; author null"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def media(name: str) -> str:
    return f"/media/tin-tuc/{name}"


def widget(kind: str, inner: str, size: int = 100, align: str = "justify") -> str:
    return (f'<div class="widget widget-{kind} widget-align-{align} widget-size-{size}">'
            f'<div class="widget-body">{inner}</div></div>')


def figure(src: str, caption: str) -> str:
    cap = f'<figcaption class="figure-caption text-center">{inline_html(caption)}</figcaption>' if caption else ""
    return (f'<figure class="figure"><img class="figure-img img-fluid" src="{media(src)}" alt="{attr(caption)}">'
            f'{cap}</figure>')


def flow(a: Article, related: list[Article]) -> str:
    """The post's Flow: html widgets for runs of text, an image widget per photo."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(widget("html-widget", "".join(run)))
            run.clear()

    photo = a.opts.get("photo")
    p_count = 0
    rows = []
    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            rows.append([c.strip() for c in b.text.strip("|").split("|")])
            continue
        if rows:
            head, *rest = rows
            run.append('<table class="table table-bordered"><thead><tr>' + " ".join(f"<th>{esc(c)}</th>" for c in head)
                       + "</tr></thead><tbody>" + "".join("<tr>" + " ".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>"
                                                          for r in rest) + "</tbody></table>")
            rows = []
        if b.kind == "img":
            flush()
            out.append(widget("image-widget", figure(b.src, b.text), 50 if photo else 100, "center"))
        elif b.kind == "h":
            run.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            run.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        else:
            if a.opts.get("doc") and (b.text.isupper() or b.text.startswith(("Số:", "Nghệ An, ngày"))):
                run.append(f'<p style="text-align: center;"><strong>{inline_html(b.text)}</strong></p>')
            elif a.opts.get("doc") and b.text.startswith("CHỦ TỊCH"):
                run.append(f'<p style="text-align: right;"><strong>{inline_html(b.text)}</strong></p>')
            else:
                run.append(f"<p>{inline_html(b.text)}</p>")
            p_count += 1
            if a.opts.get("related_after") == p_count:
                flush()
                lis = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <small>({o.date:%d/%m/%Y})</small></li>'
                              for o in related)
                out.append(widget("html-widget", f'<div class="related-box"><h4>{LABELS[9]}</h4><ul>{lis}</ul></div>'))
    if a.byline:
        run.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    flush()
    if a.attachments:
        x = a.attachments[0]
        out.append(widget("link-widget", f'<a class="btn btn-outline-primary" href="{x["path"]}" target="_blank">'
                                         f'<i class="fa fa-download"></i> {LABELS[10]}</a>', 100, "left"))
    return '<div class="flow">' + "".join(out) + "</div>"


def meta(a: Article) -> str:
    owner = a.opts.get("owner")
    if not owner:
        return ""
    return f'<span class="meta">Đăng bởi <a href="#!">{esc(owner)}</a> vào {a.date:%d/%m/%Y}</span>'


def masthead(h1: str, sub: str | None, meta_html: str, image: str = "/media/banners/post-bg.jpg",
             heading_css: str = "post-heading") -> str:
    s = f'<h2 class="subheading">{inline_html(sub)}</h2>' if sub else ""
    tag = "h1"
    return (f'<header class="masthead" style="background-image: url(\'{image}\')"><div class="container position-relative '
            f'px-4 px-lg-5"><div class="row gx-4 gx-lg-5 justify-content-center"><div class="col-md-10 col-lg-8 col-xl-7">'
            f'<div class="{heading_css}"><{tag}>{esc(h1)}</{tag}>{s}{meta_html}</div></div></div></div></header>')


def terms(a: Article) -> str:
    cat_slug, cat_name = a.opts["cat"]
    tags = "".join(f'<a class="badge rounded-pill bg-secondary" href="/the/{t}">{t.replace("-", " ")}</a> '
                   for t in a.opts.get("tags", []))
    out = (f'<div class="taxonomy-field"><span class="field-name">{LABELS[5]}</span> '
           f'<a class="badge bg-primary" href="/chuyen-muc/{cat_slug}">{esc(cat_name)}</a></div>')
    if tags:
        out += f'<div class="taxonomy-field tags"><span class="field-name">{LABELS[6]}</span> {tags}</div>'
    return out


def pager(prev: Article | None, nxt: Article | None, prev_href: str | None = None) -> str:
    lis = ""
    if prev:
        lis += (f'<li class="previous"><a href="{prev_href or prev.path}"><span class="label">&larr; {LABELS[0]}</span>'
                f'<span class="title">{esc(prev.title)}</span></a></li>')
    if nxt:
        lis += (f'<li class="next"><a href="{nxt.path}"><span class="label">{LABELS[1]} &rarr;</span>'
                f'<span class="title">{esc(nxt.title)}</span></a></li>')
    return f'<ul class="pager">{lis}</ul>'


def preview(a: Article) -> str:
    sub = inline_text(a.lead) if a.lead else a.summary()
    owner = a.opts.get("owner") or "quantri"
    return (f'<div class="post-preview"><a href="{a.path}"><h2 class="post-title">{esc(a.title)}</h2>'
            f'<h3 class="post-subtitle">{esc(sub)}</h3></a><p class="post-meta">Đăng bởi <a href="#!">{esc(owner)}</a> '
            f'vào {a.date:%d/%m/%Y}</p></div><hr class="my-4" />')


def layout(title: str, header: str, main: str, hot: list[Article]) -> str:
    menu = "".join(f'<li class="nav-item"><a class="nav-link px-lg-3 py-3 py-lg-4" href="{h}">{t}</a></li>'
                   for h, t in [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), (NEWS, "Tin tức"),
                                ("/chuyen-muc/van-ban", "Văn bản"), ("/chuyen-muc/htx-tieu-bieu", "HTX tiêu biểu"),
                                ("/lien-he", "Liên hệ")])
    hot_lis = "".join(f'<li><a href="{alias_of(a.path) if a.aliases and a.date.year > 2024 else a.path}">'
                      f'{esc(a.title)}</a></li>' for a in hot)
    foot = "".join(f'<p class="small mb-1">{esc(x)}</p>' for x in FOOTER[:5])
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
<title>{esc(title)} - Liên minh HTX tỉnh Nghệ An</title>
<meta name="generator" content="Orchard" />
<link type="text/css" rel="stylesheet" href="/TheBlogTheme/vendor/bootstrap/css/bootstrap.min.css" />
<link type="text/css" rel="stylesheet" href="/TheBlogTheme/css/styles.min.css" />
<link type="text/css" rel="stylesheet" href="/TheBlogTheme/vendor/fontawesome-free/css/all.min.css" />
</head>
<body dir="ltr">
<div class="topbar bg-dark text-white small py-1"><div class="container px-4 px-lg-5 d-flex justify-content-between">
<span class="today">{TODAY}</span><span class="hotline">{LABELS[7]}</span><a class="text-white" href="/Login">{LABELS[8]}</a></div></div>
<nav class="navbar navbar-expand-lg navbar-light" id="mainNav"><div class="container px-4 px-lg-5">
<a class="navbar-brand" href="/"><img src="/media/logo-lmhtx-nghean.png" alt="" height="40"> Liên minh HTX Nghệ An</a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarResponsive" aria-controls="navbarResponsive" aria-expanded="false" aria-label="Toggle navigation">Menu <i class="fas fa-bars"></i></button>
<div class="collapse navbar-collapse" id="navbarResponsive"><ul class="navbar-nav ms-auto py-4 py-lg-0 menu menu-main-menu">{menu}</ul>
<form action="/search" method="get" class="d-flex ms-3"><input type="search" name="Terms" class="form-control form-control-sm" placeholder="Tìm kiếm"></form></div>
</div></nav>
<div class="slogan-bar"><div class="container px-4 px-lg-5"><marquee scrollamount="4">{esc(SLOGANS[0])} &#9733; {esc(SLOGANS[1])}</marquee></div></div>
{header}
{main}
<section class="zone zone-footer"><div class="container px-4 px-lg-5"><div class="row">
<div class="col-md-6"><div class="widget widget-html-widget"><div class="widget-body"><h5>{LABELS[2]}</h5><ul class="list-unstyled">{hot_lis}</ul></div></div></div>
<div class="col-md-6"><div class="widget widget-html-widget"><div class="widget-body"><p>{LABELS[3]}</p><p>{LABELS[4]}</p>
<ul class="list-unstyled"><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng thông tin điện tử Chính phủ</a></li></ul></div></div></div>
</div></div></section>
<footer class="border-top"><div class="container px-4 px-lg-5"><div class="row gx-4 gx-lg-5 justify-content-center"><div class="col-md-10 col-lg-8 col-xl-7">
<ul class="list-inline text-center"><li class="list-inline-item"><a href="{{{{base:offsite}}}}/facebook/lmhtxnghean" target="_blank"><span class="fa-stack fa-lg"><i class="fas fa-circle fa-stack-2x"></i><i class="fab fa-facebook-f fa-stack-1x fa-inverse"></i></span></a></li></ul>
{foot}<div class="small text-center text-muted fst-italic">{esc(FOOTER[5])}</div></div></div></div></footer>
<script src="/TheBlogTheme/vendor/jquery/jquery.min.js"></script>
<script src="/TheBlogTheme/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="/TheBlogTheme/js/scripts.min.js"></script>
</body>
</html>
"""


def article_page(a: Article, prev: Article | None, nxt: Article | None, related: list[Article], hot: list[Article],
                 prev_href: str | None) -> str:
    main = (f'<article class="content-item blogpost mb-4"><div class="container px-4 px-lg-5"><div class="row gx-4 gx-lg-5 '
            f'justify-content-center"><div class="col-md-10 col-lg-8 col-xl-7"><div class="blog-post-body">'
            f'{flow(a, related)}</div>{terms(a)}<hr class="my-4" />{pager(prev, nxt, prev_href)}</div></div></div></article>')
    image = f"/media/tin-tuc/{a.first_image()}" if a.first_image() else "/media/banners/post-bg.jpg"
    return layout(a.title, masthead(a.title, a.lead, meta(a), image), main, hot)


def list_main(items: list[Article], pager_html: str = "") -> str:
    return (f'<div class="container px-4 px-lg-5"><div class="row gx-4 gx-lg-5 justify-content-center"><div class="col-md-10 '
            f'col-lg-8 col-xl-7"><div class="list-group-flush">{"".join(preview(a) for a in items)}</div>{pager_html}'
            f'</div></div></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "nghe-an", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    hot = [a for a in arts if a.aliases and a.date.year > 2024] + [a for a in arts if not a.aliases][:3]
    for i, a in enumerate(arts):
        newer = arts[i - 1] if i > 0 else None
        older = arts[i + 1] if i + 1 < len(arts) else None
        prev_href = alias_of(older.path) if older is not None and older.aliases and older.date.year < 2025 else None
        related = [o for o in arts if o is not a and o.opts["cat"] == a.opts["cat"]][:3]
        site.page(a.path, article_page(a, older, newer, related, hot, prev_href), content_type=HTML)
        for al in a.aliases:
            site.same_page(al, a.path)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 19/KH-LMHTX", ["KE HOACH THANG HANH DONG VI HTX NAM 2026",
                                                         "Lien minh HTX tinh Nghe An"]))
    site.trap("Orchard Core TheBlogTheme anatomy: header.masthead (div.post-heading: h1, h2.subheading, span.meta "
              "'Đăng bởi <a>…</a> vào dd/mm/yyyy'), article.content-item > div.blog-post-body > div.flow of widget divs, "
              "taxonomy fields, ul.pager 'Bài trước / Bài sau' with the neighbours' titles, a footer zone with 'Tin nổi "
              "bật' and the visit counter", arts[0].path)

    # the blog list: /tin-tuc and /tin-tuc?pagenum=2 (Orchard's pager)
    chunks = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, chunk in enumerate(chunks, 1):
        links = []
        if n > 1:
            links.append(f'<li class="page-item"><a class="page-link" href="{NEWS}{"" if n == 2 else f"?pagenum={n - 1}"}">'
                         f'&larr; Mới hơn</a></li>')
        if n < len(chunks):
            links.append(f'<li class="page-item"><a class="page-link" href="{NEWS}?pagenum={n + 1}">Cũ hơn &rarr;</a></li>')
        pg = f'<nav><ul class="pagination justify-content-between">{"".join(links)}</ul></nav>'
        url = NEWS if n == 1 else f"{NEWS}?pagenum={n}"
        site.page(url, layout("Tin tức", masthead("Tin tức", "Hoạt động của Liên minh và các HTX trong tỉnh", "",
                                                   heading_css="page-heading"), list_main(chunk, pg), hot),
                  content_type=HTML)
        site.non_articles.append(url)
    site.trap("the blog list /tin-tuc and /tin-tuc?pagenum=2 (div.post-preview: h2.post-title, h3.post-subtitle, "
              "p.post-meta 'Đăng bởi … vào dd/mm/yyyy'); the two oldest posts only on page 2", f"{NEWS}?pagenum=2")

    # taxonomy term pages (categories and tags)
    cats: dict[str, tuple[str, list[Article]]] = {}
    tags: dict[str, list[Article]] = {}
    for a in arts:
        slug, name = a.opts["cat"]
        cats.setdefault(slug, (name, []))[1].append(a)
        for t in a.opts.get("tags", []):
            tags.setdefault(t, []).append(a)
    cats.setdefault("van-ban", ("Văn bản", []))
    for slug, (name, items) in cats.items():
        url = f"/chuyen-muc/{slug}"
        site.page(url, layout(name, masthead(name, None, "", heading_css="page-heading"), list_main(items), hot),
                  content_type=HTML)
        site.non_articles.append(url)
    for t, items in tags.items():
        url = f"/the/{t}"
        site.page(url, layout(t, masthead(f"Thẻ: {t.replace('-', ' ')}", None, "", heading_css="page-heading"),
                              list_main(items), hot), content_type=HTML)
        site.non_articles.append(url)
    site.trap("taxonomy term pages /chuyen-muc/<slug> and /the/<slug> (post previews): not articles", "/the/ocop")

    # home
    home = list_main(arts[:4], f'<div class="d-flex justify-content-end mb-4"><a class="btn btn-primary text-uppercase" '
                               f'href="{NEWS}">Xem tất cả tin &rarr;</a></div>')
    site.page("/", layout("Trang chủ", masthead("Liên minh Hợp tác xã tỉnh Nghệ An", SLOGANS[0], "",
                                                 heading_css="site-heading"), home, hot), content_type=HTML)

    # the introduction: a Page content type with a masthead and flow widgets, no meta
    about = ["Liên minh Hợp tác xã tỉnh Nghệ An là tổ chức chính trị - xã hội, đại diện và bảo vệ quyền, lợi ích hợp "
             "pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
             "Liên minh có chức năng tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, đào tạo, hỗ trợ hợp tác "
             "xã tiếp cận vốn, thị trường và khoa học công nghệ; quản lý Quỹ hỗ trợ phát triển hợp tác xã tỉnh.",
             "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Phát triển thành viên, Ban Chính sách - "
             "Hỗ trợ và Quỹ hỗ trợ phát triển hợp tác xã, làm việc tại số 6 đường Trường Thi, phường Thành Vinh."]
    about_flow = ('<div class="flow">' + widget("html-widget", "".join(f"<p>{esc(x)}</p>" for x in about[:2]))
                  + widget("image-widget", figure("tru-so-lmhtx.png", "Trụ sở Liên minh HTX tỉnh Nghệ An"), 100, "center")
                  + widget("html-widget", f"<p>{esc(about[2])}</p>") + "</div>")
    site.page("/gioi-thieu", layout("Giới thiệu", masthead("Giới thiệu chung", "Liên minh Hợp tác xã tỉnh Nghệ An", ""),
                                    f'<article class="content-item page mb-4"><div class="container px-4 px-lg-5"><div '
                                    f'class="row gx-4 gx-lg-5 justify-content-center"><div class="col-md-10 col-lg-8 '
                                    f'col-xl-7">{about_flow}</div></div></div></article>', hot), content_type=HTML)
    site.trap("the introduction /gioi-thieu is a Page content type in the same masthead (h1, h2.subheading) and Flow "
              "widgets (two html widgets, an image widget with figcaption) with no meta line: not an article; nor "
              "/lien-he (a Form widget), /search?Terms=ocop and the term pages", "/gioi-thieu")
    site.page("/lien-he", layout("Liên hệ", masthead("Liên hệ", None, "", heading_css="page-heading"),
                                 '<div class="container px-4 px-lg-5"><div class="flow">' + widget(
                                     "form", '<form action="/lien-he" method="post"><input type="hidden" name="__RequestVerificationToken" '
                                     'value="CfDJ8Lm3Na"><div class="form-floating"><input class="form-control" name="HoTen" '
                                     'placeholder="Họ tên"></div><div class="form-floating"><textarea class="form-control" '
                                     'name="NoiDung"></textarea></div><button class="btn btn-primary" type="submit">Gửi</button>'
                                     '</form>') + "</div></div>", hot), content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    site.page("/search?Terms=ocop", layout("Tìm kiếm", masthead("Kết quả tìm kiếm: ocop", None, "",
                                                                 heading_css="page-heading"), list_main(found), hot),
              content_type=HTML)
    site.page("/Login", '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập</title></head><body>'
                        '<form action="/Login" method="post"><input name="UserName"><input name="Password" type="password">'
                        '<button type="submit">Đăng nhập</button></form></body></html>', content_type=HTML)
    site.non_articles += ["/", "/gioi-thieu", "/lien-he", "/search?Terms=ocop"]
    site.never_fetched.append("/Login")
    site.static("/robots.txt", "User-agent: *\nDisallow: /Login\nDisallow: /Admin\n")
    return site
