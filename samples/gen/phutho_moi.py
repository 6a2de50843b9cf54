"""Site `lmhtx-phutho-moi` (registry family `generic`): the portal of the merged Phú Thọ alliance (Vĩnh Phúc and
Hòa Bình joined it on 1 July 2025) on Joomla 5 with the stock Cassiopeia template, written as a held-out test: no
family module, no selectors.

Why it is hard: the article is `div.com-content-article.item-page` whose `div.page-header` holds the h1 (an h2 on
the document category, whose menu item shows the page heading "Văn bản" as the h1 instead), then Joomla's info block
`dl.article-info` ("Chi tiết": `dd.createdby` "Viết bởi: Super User" (the CMS account) or a person's name, the
category, `dd.create` "Ngày tạo", `dd.published` `<time datetime="…+07:00">Đăng: 14/03/2025</time>` (the visible
text has no time, the attribute has it), `dd.modified` "Cập nhật lần cuối", `dd.hits` "Lượt xem: 312"), the text
`div.com-content-article__body`, `ul.tags`, and `nav.pagenavigation` ("Trước" / "Sau" with the neighbours' titles
in their `title`/`aria-label`). One article's menu hides the info block dates: its date is only in the text
("Ngày 12/3, …") and in the category blog. Every article is at a SEF URL `/tin-tuc/123-slug` and also at the
non-SEF `index.php?option=com_content&view=article&id=123&catid=8&Itemid=105` (the "Tin mới" module links so; no
rel=canonical): aliases. The category blog `div.com-content-category-blog` pages with `?start=6`. The
introduction is a single-article menu item (h1, long prose, no info block); contact, smart search, tags, login
and the featured home are not articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-phutho-moi"
NAME = "Liên minh Hợp tác xã tỉnh Phú Thọ"
CATS = {8: ("tin-tuc", "Tin hoạt động", 105), 9: ("van-ban", "Văn bản", 107), 10: ("kinh-te-tap-the", "Kinh tế tập thể", 106)}
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
SEARCH = "/tim-kiem?q=ocop"
LOGIN = "/dang-nhap"
TAGS = {"ocop": ("OCOP", 2), "chuyen-doi-so": ("Chuyển đổi số", 3), "hop-tac-xa": ("Hợp tác xã", 4)}
PDF_PATH = "/images/van-ban/2025/KH-12-LMHTX.pdf"
PER = 6

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Liên minh Hợp tác xã tỉnh Phú Thọ - Đồng hành cùng kinh tế tập thể",
           "Nhiệt liệt chào mừng Đại hội đại biểu Đảng bộ tỉnh Phú Thọ lần thứ I, nhiệm kỳ 2025 - 2030"]
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Phú Thọ",
          "Địa chỉ: Số 1568 đại lộ Hùng Vương, phường Việt Trì, tỉnh Phú Thọ",
          "Điện thoại: 0210.3846.519 - Email: lmhtx@phutho.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Đinh Công Sứ - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 15/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ cấp ngày 05/09/2025",
          "Ghi rõ nguồn \"Liên minh HTX tỉnh Phú Thọ\" khi phát hành lại thông tin từ website này"]
SIDE = ["Tin mới", "Thống kê truy cập", "Đang truy cập: 23", "Hôm nay: 612", "Tổng lượt truy cập: 1.204.377",
        "Thời tiết", "Việt Trì: 27°C, mưa rào", "Liên kết website"]
LABELS = ["Chi tiết", "Viết bởi:", "Danh mục:", "Lượt xem:", "Đăng:", "Ngày tạo:", "Cập nhật lần cuối:",
          "Tệp đính kèm", "Back to top"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *SIDE, *LABELS]


@dataclass
class JArticle(Article):
    aid: int = 0
    catid: int = 8
    created_by: str = "Super User"
    created: datetime | None = None  # dd.create when shown (other than the publication)
    modified: datetime | None = None
    show_date: bool = True
    hits: int = 100
    tags: list[str] = field(default_factory=list)
    intro_img: str | None = None

    @property
    def sef(self) -> str:
        return self.path

    @property
    def raw(self) -> str:
        return f"/index.php?option=com_content&view=article&id={self.aid}&catid={self.catid}&Itemid={CATS[self.catid][2]}"


def el(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[JArticle]:
    A = JArticle
    return [
        A(path="/tin-tuc/248-lien-minh-htx-tinh-so-ket-quy-i-nam-2026", aid=248, hits=215,
          title="Liên minh HTX tỉnh sơ kết hoạt động quý I năm 2026",
          date=datetime(2026, 3, 31, 15, 20), created=datetime(2026, 3, 30, 17, 5),
          lead="Trong quý I năm 2026, toàn tỉnh Phú Thọ thành lập mới 46 HTX, nâng tổng số HTX đang hoạt động lên 2.318 HTX với hơn 96.000 thành viên.",
          body="""
Sáng 31/3, Liên minh HTX tỉnh tổ chức hội nghị sơ kết công tác quý I và triển khai nhiệm vụ quý II năm 2026 tại phường Việt Trì.
Doanh thu bình quân của HTX đạt 3,1 tỷ đồng/năm, tăng 7% so với cùng kỳ; 212 HTX có sản phẩm OCOP từ 3 sao trở lên.
[img so-ket-quy-1.png] Quang cảnh hội nghị sơ kết quý I năm 2026
## Nhiệm vụ trọng tâm quý II
* Hoàn thành khảo sát thực trạng HTX tại 148 xã, phường sau sắp xếp;
* Giải ngân 18 tỷ đồng vốn Quỹ hỗ trợ phát triển HTX;
* Tổ chức Hội chợ sản phẩm HTX tỉnh Phú Thọ lần thứ nhất.
""",
          byline="Thu Hà", author="Thu Hà", tags=["hop-tac-xa"], intro_img="so-ket-quy-1.png",
          **el(datetime(2026, 3, 31, 15, 20)),
          notes=["info block 'Viết bởi: Super User' (the CMS account), 'Ngày tạo: 30/03/2026' (created, the day "
                 "before) and 'Đăng: 31/03/2026' whose <time datetime='2026-03-31T15:20:00+07:00'> carries the time; "
                 "byline 'Thu Hà' closes the body: the author"]),
        A(path="/tin-tuc/241-htx-che-long-coc-dat-ocop-5-sao", aid=241, created_by="Nguyễn Minh Đức", hits=488,
          title="HTX chè Long Cốc có sản phẩm OCOP 5 sao đầu tiên của tỉnh Phú Thọ mới",
          date=datetime(2026, 3, 14, 8, 30), modified=datetime(2026, 4, 2, 10, 12),
          body="""
Sản phẩm chè xanh Long Cốc của HTX Chè Long Cốc (xã Long Cốc) vừa được Hội đồng Trung ương công nhận đạt chuẩn OCOP 5 sao.
HTX có 68 thành viên với 120 ha chè trung du trồng trên đồi, canh tác theo tiêu chuẩn hữu cơ từ năm 2021.
[img che-long-coc.png] Thành viên HTX Chè Long Cốc thu hái chè trên đồi
Giá chè búp khô của HTX hiện đạt 600.000 - 1,2 triệu đồng/kg, cao gấp ba lần chè thường; thu nhập của thành viên bình quân 8 triệu đồng/tháng.
HTX đang phối hợp với xã phát triển du lịch trải nghiệm trên đồi chè để quảng bá sản phẩm.
""",
          author="Nguyễn Minh Đức", tags=["ocop"], intro_img="che-long-coc.png",
          **el(datetime(2026, 3, 14, 8, 30)),
          notes=["no closing byline: the author is the person in 'Viết bởi: Nguyễn Minh Đức' (a reporter's "
                 "account); 'Cập nhật lần cuối: 02/04/2026' (modified) is not the publication date 14/03/2026 08:30"]),
        A(path="/tin-tuc/237-ra-mat-htx-nong-nghiep-cong-nghe-cao-vinh-tuong", aid=237, show_date=False, hits=173,
          title="Ra mắt HTX Nông nghiệp công nghệ cao Vĩnh Tường",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, tại xã Vĩnh Tường, Liên minh HTX tỉnh phối hợp với UBND xã tổ chức lễ ra mắt HTX Nông nghiệp công nghệ cao Vĩnh Tường.
HTX có 15 thành viên, sản xuất dưa lưới và rau thủy canh trong 3,2 ha nhà màng, cung ứng cho các bếp ăn tập thể trong khu công nghiệp khu vực Vĩnh Phúc cũ.
[img ra-mat-vinh-tuong.png] Lãnh đạo xã tặng hoa chúc mừng Hội đồng quản trị HTX
Liên minh HTX tỉnh cam kết hỗ trợ HTX tiếp cận vốn vay ưu đãi và tham gia các hội chợ kết nối cung cầu trong năm 2026.
Hoàng Anh
""",
          byline=None, author="Hoàng Anh", tags=["hop-tac-xa"], intro_img="ra-mat-vinh-tuong.png",
          published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          notes=["the event menu item hides the info block dates (only 'Viết bởi: Super User', 'Lượt xem'): the date "
                 "is only in the text ('Ngày 12/3', no year) and in the category blog ('Đăng: 12/03/2026'): "
                 "midnight; last line 'Hoàng Anh' (plain paragraph): part of the text, the author"]),
        A(path="/van-ban/233-ke-hoach-to-chuc-hoi-cho-san-pham-htx-nam-2026", aid=233, catid=9, hits=301,
          title="Kế hoạch tổ chức Hội chợ sản phẩm hợp tác xã tỉnh Phú Thọ năm 2026",
          date=datetime(2026, 3, 5, 9, 45),
          body="""
LIÊN MINH HTX TỈNH PHÚ THỌ
Số: 12/KH-LMHTX
Phú Thọ, ngày 04 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức Hội chợ sản phẩm hợp tác xã tỉnh Phú Thọ năm 2026
Thực hiện Chương trình công tác năm 2026, Liên minh HTX tỉnh xây dựng kế hoạch tổ chức Hội chợ sản phẩm HTX như sau:
I. MỤC ĐÍCH, YÊU CẦU
Quảng bá sản phẩm OCOP, sản phẩm chủ lực của HTX ba khu vực Phú Thọ, Vĩnh Phúc và Hòa Bình cũ; kết nối HTX với doanh nghiệp phân phối.
II. THỜI GIAN, ĐỊA ĐIỂM
Từ ngày 20 đến ngày 24 tháng 5 năm 2026 tại Quảng trường Hùng Vương, phường Việt Trì; quy mô 180 gian hàng.
III. TỔ CHỨC THỰC HIỆN
Văn phòng Liên minh chủ trì, phối hợp với các ban chuyên môn tổ chức hội chợ; các HTX đăng ký tham gia trước ngày 30/4/2026.
Nơi nhận: Thường trực Tỉnh ủy; UBND tỉnh; các HTX; Lưu VT.
KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Thắng
""",
          author=None, doc_number="12/KH-LMHTX", tags=["hop-tac-xa"],
          attachments=[{"path": PDF_PATH, "text": "KH-12-LMHTX.pdf"}],
          **el(datetime(2026, 3, 5, 9, 45)),
          notes=["official plan 'Số: 12/KH-LMHTX' in the document category: the menu item's page heading 'Văn bản' is "
                 "the page's h1 and the article title an h2 in div.page-header; place-date line 'Phú Thọ, ngày 04 "
                 "tháng 3 năm 2026' the day before the posting 'Đăng: 05/03/2026' (09:45 in the datetime); signer "
                 "last, 'Viết bởi: Super User': author null; the PDF in the Attachments box after the text"]),
        A(path="/tin-tuc/226-anh-ngay-hoi-htx-hoa-binh-khoe-sac", aid=226, created_by="Bùi Thị Lan", hits=640,
          title="Ảnh: Ngày hội văn hóa, sản phẩm HTX khu vực Hòa Bình",
          date=datetime(2026, 2, 22, 16, 0),
          body="""
Ngày hội văn hóa, sản phẩm HTX khu vực Hòa Bình cũ tại phường Hòa Bình thu hút hàng nghìn lượt khách trong ba ngày.
[img ngay-hoi-1.png] Gian hàng cam Cao Phong của HTX Cam Thống Nhất
[img ngay-hoi-2.png] Nghệ nhân HTX dệt thổ cẩm Đà Bắc giới thiệu sản phẩm với du khách
[img ngay-hoi-3.png] Rượu cần, cơm lam, măng khô của các HTX vùng cao được nhiều người chọn mua
[img ngay-hoi-4.png] Màn trình diễn cồng chiêng của đội văn nghệ HTX du lịch cộng đồng Mai Châu
""",
          author="Bùi Thị Lan", tags=["ocop"], intro_img="ngay-hoi-1.png",
          **el(datetime(2026, 2, 22, 16, 0)),
          notes=["photo story: one intro paragraph and four <figure class='image'> with <figcaption> (one line "
                 "each); 'Viết bởi: Bùi Thị Lan' (the photographer, a person): the author; no byline"]),
        A(path="/kinh-te-tap-the/219-htx-vinh-phuc-ung-dung-nhat-ky-dien-tu", aid=219, catid=10, hits=97,
          title="HTX khu vực Vĩnh Phúc cũ ứng dụng nhật ký sản xuất điện tử",
          date=datetime(2026, 1, 20, 10, 5),
          lead="Hơn 40 HTX rau, quả khu vực Vĩnh Phúc cũ đã chuyển sang ghi nhật ký sản xuất trên điện thoại, phục vụ truy xuất nguồn gốc.",
          body="""
Phần mềm do Liên minh HTX tỉnh phối hợp với một doanh nghiệp công nghệ xây dựng, miễn phí cho HTX trong hai năm đầu.
| STT | Khu vực | Số HTX | Diện tích (ha) |
| 1 | Vĩnh Tường | 14 | 310 |
| 2 | Yên Lạc | 11 | 265 |
| 3 | Tam Dương | 9 | 180 |
| 4 | Lập Thạch | 7 | 142 |
Mỗi lô hàng được gắn mã QR để người mua tra cứu quy trình canh tác, ngày thu hoạch và đơn vị sơ chế.
Nguồn: Báo Phú Thọ
""",
          author=None, tags=["chuyen-doi-so"],
          **el(datetime(2026, 1, 20, 10, 5)),
          notes=["a data table in the body (one line per row, cells between ' | '); last line 'Nguồn: Báo Phú "
                 "Thọ' is a source: part of the text, author null ('Viết bởi: Super User')"]),
        A(path="/tin-tuc/205-lien-minh-htx-tinh-phu-tho-ra-mat-sau-hop-nhat", aid=205, hits=1033,
          title="Liên minh HTX tỉnh Phú Thọ mới chính thức đi vào hoạt động",
          date=datetime(2025, 7, 1, 14, 0),
          lead="Từ ngày 1/7/2025, Liên minh HTX tỉnh Phú Thọ được hợp nhất từ Liên minh HTX ba tỉnh Phú Thọ, Vĩnh Phúc và Hòa Bình.",
          body="""
Trụ sở chính của Liên minh đặt tại phường Việt Trì; hai văn phòng đại diện tại phường Vĩnh Phúc và phường Hòa Bình tiếp tục tiếp nhận hồ sơ của HTX.
[img ra-mat-lien-minh.png] Lãnh đạo tỉnh trao quyết định thành lập Liên minh HTX tỉnh Phú Thọ
Các chương trình cho vay của Quỹ hỗ trợ phát triển HTX ba tỉnh cũ được hợp nhất, giữ nguyên điều kiện và lãi suất đã ký với HTX.
Bài, ảnh: Đỗ Quang
""",
          author="Đỗ Quang", tags=["hop-tac-xa"], intro_img="ra-mat-lien-minh.png",
          **el(datetime(2025, 7, 1, 14, 0)),
          notes=["only on the category blog's second page (?start=6); byline 'Bài, ảnh: Đỗ Quang' last (plain "
                 "paragraph): the author"]),
        A(path="/tin-tuc/188-htx-cam-cao-phong-xuat-khau-lo-hang-dau-tien", aid=188, hits=856,
          title="HTX cam Cao Phong xuất khẩu lô hàng đầu tiên sang Trung Đông",
          date=datetime(2024, 12, 9, 9, 10), created_by="Super User",
          body="""
HTX Cam Thống Nhất (huyện Cao Phong, tỉnh Hòa Bình) vừa xuất khẩu 12 tấn cam sang Các Tiểu vương quốc Ả Rập Thống nhất.
Để đạt yêu cầu của nhà nhập khẩu, HTX áp dụng quy trình GlobalGAP cho 35 ha cam, lắp hệ thống tưới nhỏ giọt và xây kho lạnh bảo quản.
[img cam-cao-phong.png] Thành viên HTX Cam Thống Nhất đóng gói cam xuất khẩu
Bài viết được chuyển từ Cổng thông tin điện tử Liên minh HTX tỉnh Hòa Bình (cũ).
""",
          byline=None, author=None, tags=["ocop"], intro_img="cam-cao-phong.png",
          **el(datetime(2024, 12, 9, 9, 10)),
          notes=["migrated from the former Hòa Bình portal (2024; 'huyện Cao Phong, tỉnh Hòa Bình' as it was then); "
                 "last line a migration note: part of the text; no byline, 'Viết bởi: Super User': author null"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/images/tin-tuc/2026/{src}"


def body_html(a: JArticle) -> str:
    out = [f'<p><strong>{esc(a.lead)}</strong></p>'] if a.lead else []
    rows: list[str] = []
    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            cells = b.text.strip("| ").split(" | ")
            tag = "th" if not rows else "td"
            rows.append("<tr>" + "".join(f"\n<{tag}>{esc(c)}</{tag}>" for c in cells) + "\n</tr>")
            continue
        if rows:
            out.append('<table class="table table-bordered" style="width: 100%;"><tbody>' + "".join(rows)
                       + "</tbody></table>")
            rows = []
        if b.kind == "p":
            right = b.text.startswith("Bài, ảnh:") or b.text == "Hoàng Anh"
            out.append(f'<p style="text-align: right;"><em>{inline_html(b.text)}</em></p>' if right
                       else f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            out.append(f'<figure class="image"><img src="{img(b.src)}" alt="{attr(b.text)}" width="800" height="533" '
                       f'loading="lazy"><figcaption>{esc(b.text)}</figcaption></figure>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "".join(out)


def info_block(a: JArticle, listing: bool = False) -> str:
    cat_slug, cat_name, _ = CATS[a.catid]
    dds = [f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span '
           f'class="icon-user icon-fw" aria-hidden="true"></span>Viết bởi: <span itemprop="name">{esc(a.created_by)}'
           f'</span></dd>',
           f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Danh mục: '
           f'<a href="/{cat_slug}" itemprop="genre">{esc(cat_name)}</a></dd>']
    if a.show_date or listing:
        dds.append(f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time '
                   f'datetime="{iso(a.date)}" itemprop="datePublished">Đăng: {a.date:%d/%m/%Y}</time></dd>')
    if not listing and a.show_date:
        if a.created:
            dds.insert(2, f'<dd class="create"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time '
                          f'datetime="{iso(a.created)}" itemprop="dateCreated">Ngày tạo: {a.created:%d/%m/%Y}</time></dd>')
        if a.modified:
            dds.append(f'<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time '
                       f'datetime="{iso(a.modified)}" itemprop="dateModified">Cập nhật lần cuối: '
                       f'{a.modified:%d/%m/%Y}</time></dd>')
    if not listing:
        dds.append(f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta '
                   f'itemprop="interactionCount" content="UserPageVisits:{a.hits}">Lượt xem: {a.hits}</dd>')
    return ('<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>' + "".join(dds)
            + "</dl>")


def tags_html(a: JArticle) -> str:
    if not a.tags:
        return ""
    return ('<ul class="tags list-inline">' + "".join(
        f'<li class="list-inline-item tag-{TAGS[t][1]} tag-list0" itemprop="keywords"><a '
        f'href="/component/tags/tag/{t}" class="btn btn-sm btn-info">{esc(TAGS[t][0])}</a></li>' for t in a.tags)
            + "</ul>")


def detail(a: JArticle, prev: JArticle | None, nxt: JArticle | None) -> str:
    is_doc = a.catid == 9
    heading = (f'<div class="page-header"><h1>Văn bản</h1></div><div class="page-header"><h2 itemprop="headline">'
               f'{esc(a.title)}</h2></div>' if is_doc else
               f'<div class="page-header"><h1 itemprop="headline">{esc(a.title)}</h1></div>')
    attach = ""
    if a.attachments:
        attach = ('<div class="attachmentsContainer"><table class="attachmentsList" id="attachmentsList_com_content_'
                  f'default_{a.aid}"><caption>Tệp đính kèm</caption><tbody>' + "".join(
                      f'<tr class="odd"><td class="at_filename"><a class="at_icon" href="{x["path"]}" title="Tải về"><img '
                      f'src="/media/com_attachments/images/file_icons/pdf.png" alt="pdf"></a><a class="at_url" '
                      f'href="{x["path"]}" type="application/pdf">{esc(x["text"])}</a></td><td class="at_file_size">'
                      f'214 KB</td></tr>' for x in a.attachments) + "</tbody></table></div>")
    nav = ""
    if prev or nxt:
        links = ""
        if prev:
            links += (f'<a class="btn btn-sm btn-secondary previous" href="{prev.path}" rel="prev"><span '
                      f'class="visually-hidden">Bài trước: {esc(prev.title)}</span><span class="icon-chevron-left" '
                      f'aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a>')
        if nxt:
            links += (f'<a class="btn btn-sm btn-secondary next" href="{nxt.path}" rel="next"><span '
                      f'class="visually-hidden">Bài tiếp: {esc(nxt.title)}</span><span aria-hidden="true">Sau</span> '
                      f'<span class="icon-chevron-right" aria-hidden="true"></span></a>')
        nav = f'<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0">{links}</span></nav>'
    return (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta '
            f'itemprop="inLanguage" content="vi-VN">{heading}{info_block(a)}{tags_html(a)}'
            f'<div itemprop="articleBody" class="com-content-article__body">{body_html(a)}</div>{attach}{nav}</div>')


def blog_item(a: JArticle) -> str:
    pic = (f'<figure class="left item-image"><a href="{a.path}" itemprop="url" title="{attr(a.title)}"><img '
           f'src="{img(a.intro_img)}" alt="" itemprop="thumbnailUrl" width="300" height="200" loading="lazy"></a>'
           f'</figure>' if a.intro_img else "")
    return (f'<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope '
            f'itemtype="https://schema.org/BlogPosting">{pic}<div class="item-content"><div class="page-header"><h2 '
            f'itemprop="name"><a href="{a.path}" itemprop="url">{esc(a.title)}</a></h2></div>{info_block(a, True)}'
            f'<p>{esc(a.summary())}</p><p class="readmore"><a class="btn btn-secondary" href="{a.path}" '
            f'aria-label="Đọc thêm: {attr(a.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> '
            f'Đọc thêm: {esc(a.title[:40])}...</a></p></div></div>')


def layout(title: str, main: str, latest: list[JArticle], *, head: str = "", crumbs: list[tuple[str, str]] = (),
           view: str = "article", itemid: int = 105) -> str:
    menu = "".join(f'<li class="nav-item item-{i}"><a href="{h}">{t}</a></li>'
                   for i, h, t in [(101, "/", "Trang chủ"), (102, ABOUT, "Giới thiệu"), (105, "/tin-tuc", "Tin hoạt động"),
                                   (106, "/kinh-te-tap-the", "Kinh tế tập thể"), (107, "/van-ban", "Văn bản"),
                                   (108, CONTACT, "Liên hệ")])
    crumb = ""
    if crumbs:
        crumb = ('<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope '
                 'itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">'
                 '<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>'
                 + "".join(f'<li class="mod-breadcrumbs__item breadcrumb-item"><a href="{h}" class="pathway">'
                           f'<span itemprop="name">{esc(t)}</span></a></li>' for h, t in crumbs) + "</ol></nav>")
    news = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{a.raw.replace("&", "&amp;")}" '
                   f'itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>' for a in latest)
    footer = "".join(f"<p>{esc(x)}</p>" for x in FOOTER)
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">{head}
<title>{esc(title)} - Liên minh HTX tỉnh Phú Thọ</title>
<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
<link href="/media/templates/site/cassiopeia/css/template.min.css?4f8d2a" rel="stylesheet">
<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Lỗi","MESSAGE":"Thông báo"}},"system.paths":{{"root":"","rootFull":"\\/","base":"","baseFull":"\\/"}},"csrf.token":"3f9b0a5c1d7e2b8a"}}</script>
<script src="/media/system/js/core.min.js?2cb912"></script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4f8d2a" defer></script>
</head>
<body class="site com_content wrapper-static view-{view} no-layout no-task itemid-{itemid} has-sidebar-right">
<header class="header container-header full-width">
<div class="container-topbar"><div class="moduletable"><p class="today">{esc(TODAY)}</p></div></div>
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo-lmhtx-phutho.png" alt="Liên minh HTX tỉnh Phú Thọ" width="420" height="80"></a><div class="site-description">{esc(SLOGANS[0])}</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Bật/tắt điều hướng"><span class="icon-menu" aria-hidden="true"></span></button><div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">{menu}</ul></div></nav>
<div class="container-search"><div class="moduletable"><form class="mod-finder js-finder-searchform form-search" action="/tim-kiem" method="get" role="search"><label for="mod-finder-searchword" class="visually-hidden finder">Tìm kiếm</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm..."></form><a class="finder-popular" href="{SEARCH}">Tìm nhiều: OCOP</a></div></div></div>
</header>
<div class="site-grid">
<div class="container-banner full-width"><div class="banneritem"><p class="slogan">{esc(SLOGANS[1])}</p></div></div>
<div class="grid-child container-component">
{crumb}
<main>
<div id="system-message-container" aria-live="polite"></div>
{main}
</main>
</div>
<div class="grid-child container-sidebar-right">
<div class="sidebar-right card "><h3 class="card-header ">{SIDE[0]}</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">{news}</ul></div></div>
<div class="sidebar-right card "><h3 class="card-header ">{SIDE[1]}</h3><div class="card-body"><p>{SIDE[2]}</p><p>{SIDE[3]}</p><p>{SIDE[4]}</p></div></div>
<div class="sidebar-right card "><h3 class="card-header ">{SIDE[5]}</h3><div class="card-body"><p>{SIDE[6]}</p></div></div>
<div class="sidebar-right card "><h3 class="card-header ">{SIDE[7]}</h3><div class="card-body"><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank" rel="noopener">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank" rel="noopener">Cổng TTĐT Chính phủ</a></li></ul></div></div>
</div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="moduletable">{footer}<p class="login-link"><a href="{LOGIN}">Đăng nhập</a></p></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Về đầu trang"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span><span class="visually-hidden">Back to top</span></a>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "phu-tho", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    plain_page = site.page

    def html_page(path: str, content: str, **kw) -> None:
        """Served by route (text/html): a listing and its articles share a path prefix (/x and /x/y)."""
        plain_page(path, content, **({"content_type": "text/html; charset=utf-8"} | kw))

    site.page = html_page
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    latest = items[:5]
    for cat in CATS:
        in_cat = [a for a in items if a.catid == cat]
        for i, a in enumerate(in_cat):
            prev = in_cat[i - 1] if i > 0 else None
            nxt = in_cat[i + 1] if i + 1 < len(in_cat) else None
            slug, name, itemid = CATS[cat]
            head = (f'\n<meta name="description" content="{attr(a.summary())}">'
                    f'\n<meta name="author" content="{attr(a.created_by)}">')
            page = layout(a.title, detail(a, prev, nxt), latest, head=head, itemid=itemid,
                          crumbs=[("/", "Trang chủ"), (f"/{slug}", name), (a.path, a.title)])
            site.page(a.path, page)
            site.same_page(a.raw, a.path)
            a.aliases = [a.raw]
            site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 12/KH-LMHTX", ["KE HOACH TO CHUC HOI CHO SAN PHAM HTX 2026",
                                                         "Lien minh HTX tinh Phu Tho"]))
    site.trap("every article at its SEF URL /<category>/<id>-<alias> and at the non-SEF "
              "index.php?option=com_content&view=article&id=<id>&catid=<c>&Itemid=<m> (the sidebar 'Tin mới' module "
              "links so; no rel=canonical): aliases", items[0].raw)
    site.trap("Cassiopeia article: div.page-header h1, dl.article-info ('Chi tiết', 'Viết bởi:', 'Danh mục:', "
              "'Đăng:' in a <time> whose datetime has the time, 'Lượt xem:'), ul.tags ABOVE the body, the body, then "
              "nav.pagenavigation 'Trước' / 'Sau' (the neighbours' titles in visually-hidden spans)", items[0].path)

    # category blogs: /<slug>?start=N, six per page
    for cat, (slug, name, itemid) in CATS.items():
        in_cat = [a for a in items if a.catid == cat]
        pages = [in_cat[i:i + PER] for i in range(0, len(in_cat), PER)]
        for k, chunk in enumerate(pages):
            pag = ""
            if len(pages) > 1:
                lis = "".join(
                    f'<li class="active page-item"><a aria-current="true" aria-label="Trang {j + 1}" href="#" '
                    f'class="page-link">{j + 1}</a></li>' if j == k else
                    f'<li class="page-item"><a aria-label="Đi đến trang {j + 1}" href="/{slug}'
                    f'{"?start=" + str(j * PER) if j else ""}" class="page-link">{j + 1}</a></li>'
                    for j in range(len(pages)))
                pag = (f'<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__'
                       f'counter counter float-md-end pt-3 pe-2">Trang {k + 1} / {len(pages)}</p><div '
                       f'class="com-content-category-blog__pagination"><nav class="pagination__wrapper" '
                       f'aria-label="Phân trang"><ul class="pagination ms-0 mb-4">{lis}</ul></nav></div></div>')
            main = (f'<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog"><h1>'
                    f'{esc(name)}</h1><div class="com-content-category-blog__items blog-items ">'
                    f'{"".join(blog_item(a) for a in chunk)}</div>{pag}</div>')
            url = f"/{slug}" if k == 0 else f"/{slug}?start={k * PER}"
            site.page(url, layout(name, main, latest, crumbs=[("/", "Trang chủ"), (f"/{slug}", name)],
                                  view="category", itemid=itemid))
            site.non_articles.append(url)
    site.trap("category blog div.com-content-category-blog (blog items with h2, the info block 'Đăng: dd/mm/yyyy', "
              "intro, 'Đọc thêm: …'); /tin-tuc pages with ?start=6 ('Trang 2 / 2'), holding the oldest news",
              "/tin-tuc?start=6")

    # featured home
    feat = "".join(blog_item(a) for a in items[:6])
    site.page("/", layout("Trang chủ", f'<div class="blog-featured" itemscope itemtype="https://schema.org/Blog"><div '
                                       f'class="blog-items ">{feat}</div></div>', latest, view="featured", itemid=101))
    about = [
        "Liên minh Hợp tác xã tỉnh Phú Thọ được hợp nhất từ Liên minh Hợp tác xã các tỉnh Phú Thọ, Vĩnh Phúc và Hòa "
        "Bình theo Nghị quyết số 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, chính thức hoạt "
        "động từ ngày 01 tháng 7 năm 2025.",
        "Liên minh có chức năng đại diện, bảo vệ quyền và lợi ích hợp pháp của thành viên; tuyên truyền, vận động "
        "phát triển kinh tế tập thể; tư vấn, hỗ trợ hợp tác xã về đào tạo, xúc tiến thương mại, chuyển đổi số và "
        "tiếp cận vốn.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Tổ chức - Kiểm tra, Ban Tuyên truyền - Thi đua, Ban Chính sách - Hỗ trợ "
        "phát triển, Quỹ hỗ trợ phát triển hợp tác xã và hai văn phòng đại diện tại phường Vĩnh Phúc và phường Hòa "
        "Bình."]
    site.page(ABOUT, layout("Giới thiệu", '<div class="com-content-article item-page" itemscope itemtype='
                                         '"https://schema.org/Article"><div class="page-header"><h1 itemprop="headline">'
                                         'Giới thiệu Liên minh Hợp tác xã tỉnh Phú Thọ</h1></div><div itemprop='
                                         '"articleBody" class="com-content-article__body">'
                            + "".join(f"<p>{esc(p)}</p>" for p in about) + "</div></div>", latest, itemid=102))
    site.page(CONTACT, layout("Liên hệ", '<div class="com-contact contact"><h1>Liên hệ</h1><div class="com-contact__'
                                         'container"><p>Văn phòng Liên minh HTX tỉnh Phú Thọ</p></div><form id='
                                         '"contact-form" action="/lien-he" method="post" class="com-contact__form '
                                         'form-validate"><input type="text" name="jform[contact_name]"><input '
                                         'type="email" name="jform[contact_email]"><textarea name="jform[contact_'
                                         'message]"></textarea><button class="btn btn-primary" type="submit">Gửi'
                                         '</button></form></div>', latest, view="contact", itemid=108))
    results = "".join(f'<li class="result__item"><p class="result__title"><a href="{a.path}" class="result__title-'
                      f'link"><span class="result__title-text">{esc(a.title)}</span></a></p><p class="result__'
                      f'description">{esc(a.summary())}</p></li>' for a in items if "ocop" in a.tags)
    site.page(SEARCH, layout("Tìm kiếm", f'<div class="com-finder finder"><h1>Tìm kiếm</h1><div id="search-result-'
                                        f'count" class="com-finder__counter">Kết quả 1 - 3 của 3</div><ol id="search-'
                                        f'result-list" class="com-finder__results-list">{results}</ol></div>',
                             latest, view="search", itemid=101))
    for t, (tname, tid) in TAGS.items():
        tagged = [a for a in items if t in a.tags]
        lis = "".join(f'<li class="list-group-item"><h3><a href="{a.path}">{esc(a.title)}</a></h3></li>' for a in tagged)
        site.page(f"/component/tags/tag/{t}", layout(tname, f'<div class="com-tags-tag tag-category"><h1>{esc(tname)}'
                                                           f'</h1><ul class="com-tags-tag__category category '
                                                           f'list-group">{lis}</ul></div>', latest, view="tag"))
        site.non_articles.append(f"/component/tags/tag/{t}")
    site.page(LOGIN, layout("Đăng nhập", '<div class="com-users-login login"><form action="/dang-nhap?task=user.login" '
                                         'method="post"><input type="text" name="username"><input type="password" '
                                         'name="password"><button type="submit">Đăng nhập</button></form></div>',
                            latest, view="login"))
    site.non_articles += ["/", ABOUT, CONTACT, SEARCH, LOGIN]
    site.trap("introduction /gioi-thieu: a single-article menu item (div.item-page, h1, three long paragraphs, no "
              "info block, no date): not an article; contact (com_contact form), smart search /tim-kiem?q=ocop, "
              "tags /component/tags/tag/<alias>, login and the featured home: not articles", ABOUT)
    site.static("/media/templates/site/cassiopeia/images/joomla-favicon.svg",
                '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7"/></svg>')
    site.static("/robots.txt", "User-agent: *\nDisallow: /administrator/\nDisallow: /api/\nDisallow: /bin/\n"
                               "Disallow: /cache/\nDisallow: /cli/\nDisallow: /includes/\nDisallow: /installation/\n"
                               "Disallow: /language/\nDisallow: /layouts/\nDisallow: /libraries/\nDisallow: /logs/\n"
                               "Disallow: /modules/\nDisallow: /plugins/\nDisallow: /tmp/\n")
    return site
