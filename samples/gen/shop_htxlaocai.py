"""Site `shop-htxlaocai` (registry family `generic`): "Cửa hàng HTX Lào Cai", the online shop of the Lào Cai cooperatives
run by the provincial alliance, on **nopCommerce 4.6** (DefaultClean theme, vi-VN culture); its built-in news module
"Tin tức" is the alliance's news, and its blog carries stories of the cooperatives. Written as a held-out test: no
family module, no selectors.

Why it is hard: nopCommerce gives news items, blog posts, products, categories and topics the same root-level SEO
slug space (`/<seName>`), so nothing in a URL tells a news item from a product. A news item is `div.news-item-page`:
`<h1>` in `div.page-title`, `div.news-date` in the store's culture format "Thứ Năm, 12 tháng 3, 2026" (.NET's "D"
pattern under vi-VN: weekday, day, month NUMBER after "tháng", year; no time), `div.news-body`, then the comments
("Bình luận": author, "Ngày gửi: 12/03/2026 20:15", title, text) and the "Để lại bình luận" form; no metadata at all
(no og:type, no JSON-LD, no author). Blog posts `div.blogpost-page` have `div.post-date` in the same format, tags
`/blog/tag/<tag>` and the month archive `/blog/month/2026-3`. Lists: `/news` paged by `?pagenumber=2`, `/blog`
(`?pagenumber=2`), the home page's news block and `/news/rss/1`. Product pages (`<h1>` in `div.product-name`, price,
"Thêm vào giỏ hàng", a LONG description and the specification table `table.data-table`) and category pages (sorting,
view mode and page size selects, the price and specification filters, `?pagenumber=2`) are no articles; nor are the
topics (`/gioi-thieu`, `/chinh-sach-giao-hang`: h1 and text, no date), except that the alliance posted one notice as a
topic, linked from the home page: it has no date anywhere (`published: null`). The header (currency selector,
"Đăng ký", "Đăng nhập", "Yêu thích (0)", "Giỏ hàng (0)", the search box) and the footer columns and newsletter box are
on every page; nopCommerce's robots.txt disallows `/*?*returnUrl=` (the login links carry the current page), `/cart$`,
`/wishlist`, `/customer/…`, `/search?` and `/files/`.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, inline_html, iso, pdf, png, weekday
from .richbody import RichArticle, table_html

SITE = "shop-htxlaocai"
NAME = "Cửa hàng HTX Lào Cai"
HTML = "text/html; charset=utf-8"
PER_NEWS = 4
PER_BLOG = 2
PDF_PATH = "/images/uploaded/van-ban/KH-12-LMHTX-2026.pdf"

HEADER = ["Việt Nam đồng", "Đăng ký", "Đăng nhập", "Yêu thích", "Giỏ hàng", "Bạn không có sản phẩm nào trong giỏ hàng.",
          "Tìm kiếm sản phẩm"]
FOOTER = ["Thông tin", "Sơ đồ trang", "Vận chuyển và đổi trả", "Chính sách bảo mật", "Dịch vụ khách hàng",
          "Sản phẩm mới", "Tài khoản của tôi", "Theo dõi chúng tôi", "Nhận bản tin",
          "Đăng ký nhận bản tin để cập nhật sản phẩm mới của các HTX.",
          "Cửa hàng HTX Lào Cai - Liên minh Hợp tác xã tỉnh Lào Cai",
          "Địa chỉ: Số 8 đường Hoàng Liên, phường Lào Cai, tỉnh Lào Cai - Điện thoại: 0214.3840.568",
          "Giấy chứng nhận đăng ký kinh doanh số 5300123456 do Sở Tài chính tỉnh Lào Cai cấp",
          "Bản quyền © 2026 Cửa hàng HTX Lào Cai. Bảo lưu mọi quyền.", "Powered by nopCommerce"]
LABELS = ["Để lại bình luận", "Chỉ người dùng đã đăng ký mới có thể viết bình luận", "Tiêu đề:", "Bình luận:",
          "Gửi bình luận", "Ngày gửi:", "Lưu trữ blog", "Thẻ phổ biến", "Xem tất cả"]
BOILERPLATE = [*HEADER[:6], *FOOTER, *LABELS]

PRODUCTS = {  # seName: (name, price, category, description, specs)
    "che-shan-tuyet-seo-my-ty-hop-200g": (
        "Chè Shan tuyết Séo Mý Tỷ hộp 200g", "185.000 ₫", "dac-san-lao-cai",
        "<p>Chè Shan tuyết Séo Mý Tỷ được hái từ những cây chè cổ thụ trên 100 năm tuổi ở độ cao 1.200 m, do HTX Chè Séo "
        "Mý Tỷ chế biến thủ công theo phương pháp truyền thống của đồng bào Dao.</p><h3>Đặc điểm</h3><ul><li>Búp chè phủ "
        "lớp lông tơ trắng như tuyết</li><li>Nước chè vàng sánh, vị chát dịu, hậu ngọt</li><li>Sản phẩm OCOP 4 sao năm "
        "2024</li></ul><h3>Cách pha</h3><p>Tráng ấm bằng nước sôi, cho 5 g chè, hãm với nước 85 - 90 độ C trong 2 - 3 "
        "phút.</p><p>Bảo quản nơi khô ráo, tránh ánh nắng trực tiếp, dùng trong 18 tháng kể từ ngày sản xuất.</p>",
        [("Xuất xứ", "HTX Chè Séo Mý Tỷ, xã Tả Van, tỉnh Lào Cai"), ("Trọng lượng", "200 g"), ("Chứng nhận", "OCOP 4 sao")]),
    "mien-dong-bat-xat-goi-500g": (
        "Miến dong Bát Xát gói 500g", "65.000 ₫", "dac-san-lao-cai",
        "<p>Miến dong được làm từ tinh bột củ dong riềng trồng tại xã Bát Xát, sợi dai, không hóa chất tẩy trắng.</p>"
        "<p>Sản phẩm của HTX Nông nghiệp Bát Xát, đạt chứng nhận OCOP 3 sao.</p>",
        [("Xuất xứ", "HTX Nông nghiệp Bát Xát"), ("Trọng lượng", "500 g"), ("Hạn sử dụng", "12 tháng")]),
    "mat-ong-bac-ha-chai-500ml": (
        "Mật ong Bắc Hà chai 500ml", "220.000 ₫", "dac-san-lao-cai",
        "<p>Mật ong hoa bạc hà nguyên chất của HTX Nuôi ong Bắc Hà, khai thác vào mùa hoa tháng 10 đến tháng 12.</p>"
        "<h3>Công dụng</h3><ul><li>Tăng sức đề kháng</li><li>Dùng pha chanh, gừng</li></ul>",
        [("Xuất xứ", "HTX Nuôi ong Bắc Hà"), ("Dung tích", "500 ml")]),
    "thao-qua-kho-sa-pa-goi-300g": (
        "Thảo quả khô Sa Pa gói 300g", "90.000 ₫", "gia-vi-vung-cao",
        "<p>Thảo quả được thu hái dưới tán rừng già Hoàng Liên Sơn, sấy khô bằng lò củi truyền thống.</p>",
        [("Xuất xứ", "HTX Thảo quả Sa Pa"), ("Trọng lượng", "300 g")]),
    "hat-doi-rung-lao-cai-goi-100g": (
        "Hạt dổi rừng Lào Cai gói 100g", "120.000 ₫", "gia-vi-vung-cao",
        "<p>Hạt dổi rừng là gia vị đặc trưng của ẩm thực vùng cao, dùng để chấm thịt nướng hoặc ướp món ăn.</p>",
        [("Xuất xứ", "HTX Nông lâm nghiệp Văn Bàn"), ("Trọng lượng", "100 g")]),
}
CATEGORIES = {"dac-san-lao-cai": "Đặc sản Lào Cai", "gia-vi-vung-cao": "Gia vị vùng cao"}
TOPICS = {"gioi-thieu": ("Giới thiệu", "<p>Cửa hàng HTX Lào Cai do Liên minh Hợp tác xã tỉnh Lào Cai xây dựng, giới thiệu "
                                       "và bán sản phẩm của các HTX trên địa bàn tỉnh.</p><h2>Cam kết</h2><ul><li>Sản phẩm có "
                                       "nguồn gốc rõ ràng</li><li>Giao hàng toàn quốc</li></ul>"),
          "chinh-sach-giao-hang": ("Vận chuyển và đổi trả", "<p>Cửa hàng giao hàng toàn quốc trong 2 - 5 ngày. Sản phẩm "
                                                            "lỗi được đổi trong 7 ngày.</p>"),
          "chinh-sach-bao-mat": ("Chính sách bảo mật", "<p>Thông tin khách hàng chỉ dùng để giao hàng.</p>")}
NOTICE = "thong-bao-ho-tro-htx-dua-san-pham-len-cua-hang"


def culture_d(d: datetime) -> str:
    """.NET ToString("D") under vi-VN (ICU): 'Thứ Năm, 12 tháng 3, 2026'."""
    return f"{weekday(d)}, {d.day} tháng {d.month}, {d.year}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def shown(d: datetime) -> dict:
        return dict(published=iso(d, False), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="/lien-minh-htx-tinh-trao-chung-nhan-ocop-cho-24-san-pham-cua-htx",
          title="Liên minh HTX tỉnh trao chứng nhận OCOP cho 24 sản phẩm của HTX",
          date=datetime(2026, 3, 12),
          body="""
Ngày 10/3, Liên minh HTX tỉnh Lào Cai phối hợp với Sở Nông nghiệp và Môi trường trao giấy chứng nhận OCOP cho 24 sản phẩm của 17 HTX.
Trong đó có 6 sản phẩm đạt 4 sao, gồm chè Shan tuyết Séo Mý Tỷ, mật ong Bắc Hà và miến dong Bát Xát.
Các sản phẩm được trưng bày, bán trên Cửa hàng HTX Lào Cai từ tháng 3/2026.
""",
          author=None, **shown(datetime(2026, 3, 12)), aliases=["/lien-minh-htx-tinh-trao-chung-nhan-ocop-cho-24-san-pham-cua-htx?utm_source=banner&utm_campaign=ocop2026"],
          opts={"kind": "news", "short": "Ngày 10/3, 24 sản phẩm của 17 HTX được trao chứng nhận OCOP.",
                "comments": [("Hoàng Thị Lan", datetime(2026, 3, 12, 20, 15), "Chúc mừng các HTX",
                              "Mong cửa hàng sớm có thêm nhiều sản phẩm OCOP."),
                             ("Giàng A Sử", datetime(2026, 3, 13, 7, 40), "Hỏi về chè",
                              "Chè Shan tuyết có bán theo kg không ạ?")]},
          notes=["news item: h1, div.news-date 'Thứ Năm, 12 tháng 3, 2026' (.NET 'D' under vi-VN; midnight), "
                 "div.news-body, two comments ('Ngày gửi: 12/03/2026 20:15', not text) and the comment form; the home "
                 "slider links it with ?utm_source=banner&utm_campaign=ocop2026 (alias)"]),
        A(path="/ke-hoach-so-12-kh-lmhtx-ho-tro-htx-tham-gia-thuong-mai-dien-tu-nam-2026",
          title="Kế hoạch số 12/KH-LMHTX hỗ trợ HTX tham gia thương mại điện tử năm 2026",
          date=datetime(2026, 2, 24),
          body="""
LIÊN MINH HTX TỈNH LÀO CAI
Số: 12/KH-LMHTX
Lào Cai, ngày 20 tháng 02 năm 2026
KẾ HOẠCH
Hỗ trợ HTX tham gia thương mại điện tử năm 2026
Năm 2026, Liên minh HTX tỉnh hỗ trợ 60 HTX mở gian hàng trên Cửa hàng HTX Lào Cai và các sàn thương mại điện tử, trong đó ưu tiên HTX có sản phẩm OCOP.
Nội dung hỗ trợ gồm chụp ảnh sản phẩm, viết mô tả, đào tạo bán hàng trực tuyến và chi phí vận chuyển trong 3 tháng đầu.
CHỦ TỊCH
Lý Văn Hòa
""",
          author=None, doc_number="12/KH-LMHTX", **shown(datetime(2026, 2, 24)),
          attachments=[{"path": PDF_PATH, "text": "KH-12-LMHTX-2026.pdf"}],
          opts={"kind": "news", "doc": True, "short": "Năm 2026, Liên minh HTX tỉnh hỗ trợ 60 HTX tham gia thương mại điện tử."},
          notes=["plan 'Số: 12/KH-LMHTX' dated 'Lào Cai, ngày 20 tháng 02 năm 2026', posted Thứ Ba, 24 tháng 2, 2026; the "
                 "signer is text, no author; the PDF (uploaded by RoxyFileman under /images/uploaded/) after 'Tải về:' "
                 "is the attachment"]),
        A(path="/anh-mua-hoa-tam-giac-mach-tai-htx-du-lich-cong-dong-ta-phin",
          title="Ảnh: Mùa hoa tam giác mạch tại HTX du lịch cộng đồng Tả Phìn",
          date=datetime(2026, 2, 5),
          body="""
Những ngày đầu tháng 2, hoa tam giác mạch nở rộ trên các thửa ruộng của thành viên HTX du lịch cộng đồng Tả Phìn.
[img ta-phin-1.png] Du khách chụp ảnh trên cánh đồng hoa của HTX
[img ta-phin-2.png] Thành viên HTX bán bánh tam giác mạch cho du khách
[img ta-phin-3.png] Homestay của HTX kín phòng vào cuối tuần
""",
          byline="Ảnh: Vàng Thị Mai", author="Vàng Thị Mai", **shown(datetime(2026, 2, 5)),
          opts={"kind": "news", "short": "Hoa tam giác mạch nở rộ tại HTX du lịch cộng đồng Tả Phìn."},
          notes=["photo story: three photos with centred italic captions (text); 'Ảnh: Vàng Thị Mai' closes it (author)"]),
        A(path="/giam-doc-htx-che-seo-my-ty-dua-che-co-thu-len-mang",
          title="Giám đốc HTX Chè Séo Mý Tỷ: Đưa chè cổ thụ lên mạng",
          date=datetime(2026, 1, 22),
          body="""
**Hỏi: Thưa bà, vì sao HTX quyết định bán chè trên Cửa hàng HTX Lào Cai?**
Bà Tẩn Thị Mẩy: Trước đây chè chủ yếu bán cho thương lái với giá thấp. Lên cửa hàng trực tuyến, khách ở Hà Nội, TP Hồ Chí Minh đặt trực tiếp, giá bán tăng gần gấp đôi.
**Hỏi: Kết quả bán hàng năm 2025 ra sao?**
Bà Tẩn Thị Mẩy: HTX bán được hơn 2 tấn chè khô, trong đó gần một nửa qua kênh trực tuyến.
**Hỏi: Xin cảm ơn bà!**
""",
          byline="Minh Khôi (thực hiện)", author="Minh Khôi", **shown(datetime(2026, 1, 22)),
          opts={"kind": "news", "short": "Bà Tẩn Thị Mẩy chia sẻ về việc đưa chè Shan tuyết cổ thụ lên bán trực tuyến."},
          notes=["interview: bold 'Hỏi: …' questions and 'Bà Tẩn Thị Mẩy: …' answers; 'Minh Khôi (thực hiện)' closes it "
                 "(text, author)"]),
        A(path="/doanh-thu-ban-hang-cua-htx-qua-cua-hang-nam-2025",
          title="Doanh thu bán hàng của HTX qua Cửa hàng năm 2025",
          date=datetime(2026, 1, 9),
          body="""
Năm 2025, các HTX bán qua Cửa hàng HTX Lào Cai đạt doanh thu 7,4 tỷ đồng, tăng 36% so với năm 2024.
| Nhóm sản phẩm | Số đơn hàng | Doanh thu (triệu đồng) |
| Chè các loại | 3.120 | 2.850 |
| Mật ong | 1.840 | 1.960 |
| Miến dong, nông sản khô | 2.450 | 1.520 |
| Gia vị vùng cao | 1.970 | 1.070 |
Năm 2026, Cửa hàng phấn đấu đạt doanh thu 10 tỷ đồng.
""",
          author=None, **shown(datetime(2026, 1, 9)),
          opts={"kind": "news", "short": "Doanh thu của HTX qua Cửa hàng năm 2025 đạt 7,4 tỷ đồng."},
          notes=["a data table in the news body (one line per row)"]),
        A(path="/lien-minh-htx-tinh-lao-cai-hop-nhat-voi-lien-minh-htx-tinh-yen-bai",
          title="Liên minh HTX tỉnh Lào Cai hợp nhất với Liên minh HTX tỉnh Yên Bái",
          date=datetime(2025, 7, 3),
          body="""
Từ ngày 1/7/2025, Liên minh HTX tỉnh Lào Cai và Liên minh HTX tỉnh Yên Bái hợp nhất thành Liên minh HTX tỉnh Lào Cai mới.
Cửa hàng HTX Lào Cai tiếp nhận thêm 45 HTX của khu vực Yên Bái cũ với các sản phẩm quế Văn Yên, chè Suối Giàng và gạo Mường Lò.
""",
          author=None, **shown(datetime(2025, 7, 3)),
          opts={"kind": "news", "short": "Từ 1/7/2025, hai Liên minh HTX tỉnh Lào Cai và Yên Bái hợp nhất."},
          notes=["the merger's date 1/7/2025 opens the text; news of 3/7/2025 on the news list's page 2 (?pagenumber=2)"]),
        # -- blog ------------------------------------------------------------------------------------------------
        A(path="/cau-chuyen-htx-mien-dong-bat-xat",
          title="Câu chuyện HTX miến dong Bát Xát",
          date=datetime(2026, 2, 16),
          body="""
HTX Nông nghiệp Bát Xát thành lập năm 2018 với 12 thành viên, nay đã có 46 thành viên và vùng trồng dong riềng 30 ha.
## Từ sản xuất thủ công đến sản phẩm OCOP
HTX đầu tư dây chuyền tráng, phơi miến khép kín, sản lượng đạt 60 tấn miến mỗi năm.
Các bước làm miến của HTX:
* Rửa củ dong, nghiền và lọc lấy tinh bột
* Tráng bánh, hấp chín và phơi se
* Thái sợi, phơi khô và đóng gói
""",
          author=None, **shown(datetime(2026, 2, 16)),
          opts={"kind": "blog", "tags": ["ocop", "mien-dong"],
                "short": "HTX Nông nghiệp Bát Xát từ 12 thành viên nay có 46 thành viên."},
          notes=["blog post: h1, div.post-date 'Thứ Hai, 16 tháng 2, 2026', div.post-body with an h2 heading and a list, "
                 "tags /blog/tag/<tag>; no author anywhere: null"]),
        A(path="/htx-nuoi-ong-bac-ha-vao-mua-mat-hoa-bac-ha",
          title="HTX Nuôi ong Bắc Hà vào mùa mật hoa bạc hà",
          date=datetime(2025, 12, 8),
          body="""
Tháng 12 là mùa thu hoạch mật hoa bạc hà, đặc sản của cao nguyên Bắc Hà.
HTX Nuôi ong Bắc Hà có 320 đàn ong, dự kiến thu 4,5 tấn mật trong vụ này, phần lớn đã được khách đặt trước qua Cửa hàng.
Bài, ảnh: Lù Văn Tính
""",
          author="Lù Văn Tính", **shown(datetime(2025, 12, 8)),
          opts={"kind": "blog", "tags": ["ocop", "mat-ong"], "plain_byline": True,
                "short": "HTX Nuôi ong Bắc Hà dự kiến thu 4,5 tấn mật hoa bạc hà."},
          notes=["blog post whose last paragraph 'Bài, ảnh: Lù Văn Tính' (text) names the author; on the blog's page 2"]),
        A(path=f"/{NOTICE}",
          title="Thông báo về việc hỗ trợ HTX đưa sản phẩm lên Cửa hàng",
          date=datetime(2026, 3, 1),
          body="""
Liên minh HTX tỉnh Lào Cai thông báo tiếp tục hỗ trợ các HTX, tổ hợp tác đưa sản phẩm lên Cửa hàng HTX Lào Cai.
HTX được miễn phí đăng sản phẩm, chụp ảnh và vận chuyển đơn hàng đầu tiên. Hồ sơ đăng ký gửi về Văn phòng Liên minh HTX tỉnh trước ngày 30/4.
""",
          author=None, published=None, published_source=None, evidence=[], listed=False,
          opts={"kind": "topic"},
          notes=["the alliance's notice posted as a nopCommerce TOPIC (div.topic-page, h1, text; the template of 'Giới "
                 "thiệu'), linked from the home page's notice box; no date anywhere ('30/4' without a year): published null"]),
    ]


# -- markup --------------------------------------------------------------------------------------------------------

def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            if a.opts.get("doc") and (b.text.isupper() or b.text.startswith(("Số:", "Lào Cai,"))):
                out.append(f'<p style="text-align: center;"><strong>{inline_html(b.text)}</strong></p>')
            else:
                out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="/images/uploaded/tin-tuc/{b.src}" alt="" width="700" /></p>'
                       f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            out.append(table_html(b, "table"))
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    if a.attachments:
        x = a.attachments[0]
        out.append(f'<p>Tải về: <a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    return "\n".join(out)


class Shop:
    def __init__(self, site: SiteBuild):
        self.site = site
        self.blocked: set[str] = set()

    def layout(self, path: str, title: str, main: str, *, html_class: str, head: str = "", side: str = "") -> str:
        ret = quote(path, safe="")
        login, register = f"/login?returnUrl={ret}", f"/register?returnUrl={ret}"
        self.blocked.update([login, register])
        cats = "".join(f'<li><a href="/{k}">{esc(v)}</a></li>' for k, v in CATEGORIES.items())
        columns = (f'<div class="center-2">{main}</div><div class="side-2">{side}</div>' if side
                   else f'<div class="center-1">{main}</div>')
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" class="{html_class}">
<head>
    <title>{esc(title)}</title>
    <meta http-equiv="Content-type" content="text/html;charset=UTF-8" />
    <meta name="description" content="Cửa hàng sản phẩm của các hợp tác xã tỉnh Lào Cai" />
    <meta name="keywords" content="HTX, OCOP, Lào Cai, đặc sản" />
    <meta name="generator" content="nopCommerce" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=0, minimum-scale=1.0, maximum-scale=1.0" />{head}
    <link rel="stylesheet" type="text/css" href="/Themes/DefaultClean/Content/css/styles.css" />
    <script src="/lib_npm/jquery/jquery.min.js"></script>
    <link href="/news/rss/1" rel="alternate" type="application/rss+xml" title="{NAME}: Tin tức" />
    <link rel="shortcut icon" href="/icons/icons_0/favicon.png" />
</head>
<body>
    <div class="ajax-loading-block-window" style="display: none"></div>
    <div id="dialog-notifications-success" title="Thông báo" style="display:none;"></div>
    <div id="bar-notification" class="bar-notification-container" data-close="Đóng"></div>
    <div class="master-wrapper-page">
        <div class="header">
            <div class="header-upper">
                <div class="header-selectors-wrapper">
                    <div class="currency-selector"><select id="customerCurrency" name="customerCurrency" onchange="setLocation(this.value);" aria-label="Chọn tiền tệ"><option selected="selected" value="/changecurrency/12?returnUrl={ret}">{HEADER[0]}</option><option value="/changecurrency/1?returnUrl={ret}">US Dollar</option></select></div>
                </div>
                <div class="header-links-wrapper">
                    <div class="header-links"><ul>
                        <li><a href="{register}" class="ico-register">{HEADER[1]}</a></li>
                        <li><a href="{login}" class="ico-login">{HEADER[2]}</a></li>
                        <li><a href="/wishlist" class="ico-wishlist"><span class="wishlist-label">{HEADER[3]}</span> <span class="wishlist-qty">(0)</span></a></li>
                        <li id="topcartlink"><a href="/cart" class="ico-cart"><span class="cart-label">{HEADER[4]}</span> <span class="cart-qty">(0)</span></a></li>
                    </ul></div>
                    <div id="flyout-cart" class="flyout-cart"><div class="mini-shopping-cart"><div class="count">{HEADER[5]}</div></div></div>
                </div>
            </div>
            <div class="header-lower">
                <div class="header-logo"><a href="/"><img alt="{attr(NAME)}" src="/Themes/DefaultClean/Content/images/logo.png" /></a></div>
                <div class="search-box store-search-box">
                    <form method="get" id="small-search-box-form" action="/search">
                        <input type="text" class="search-box-text" id="small-searchterms" autocomplete="off" name="q" placeholder="{HEADER[6]}" aria-label="Tìm kiếm" />
                        <button type="submit" class="button-1 search-box-button">Tìm kiếm</button>
                    </form>
                </div>
            </div>
        </div>
        <div class="header-menu">
            <ul class="top-menu notmobile">
                <li><a href="/">Trang chủ</a></li>
                {cats}
                <li><a href="/newproducts">{FOOTER[5]}</a></li>
                <li><a href="/news">Tin tức</a></li>
                <li><a href="/blog">Blog</a></li>
                <li><a href="/contactus">Liên hệ</a></li>
            </ul>
        </div>
        <div class="master-wrapper-content">
            <div class="master-column-wrapper">
                {columns}
            </div>
        </div>
        <div class="footer">
            <div class="footer-upper">
                <div class="footer-block information"><div class="title"><strong>{FOOTER[0]}</strong></div><ul class="list">
                    <li><a href="/sitemap">{FOOTER[1]}</a></li><li><a href="/chinh-sach-giao-hang">{FOOTER[2]}</a></li>
                    <li><a href="/chinh-sach-bao-mat">{FOOTER[3]}</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
                    <li><a href="/contactus">Liên hệ</a></li></ul></div>
                <div class="footer-block customer-service"><div class="title"><strong>{FOOTER[4]}</strong></div><ul class="list">
                    <li><a href="/search">Tìm kiếm</a></li><li><a href="/news">Tin tức</a></li><li><a href="/blog">Blog</a></li>
                    <li><a href="/newproducts">{FOOTER[5]}</a></li></ul></div>
                <div class="footer-block my-account"><div class="title"><strong>{FOOTER[6]}</strong></div><ul class="list">
                    <li><a href="/customer/info">Thông tin tài khoản</a></li><li><a href="/cart">{HEADER[4]}</a></li>
                    <li><a href="/wishlist">{HEADER[3]}</a></li></ul></div>
                <div class="footer-block follow-us"><div class="social"><div class="title"><strong>{FOOTER[7]}</strong></div>
                    <ul class="networks"><li class="facebook"><a href="{{{{base:offsite}}}}/" target="_blank" rel="noopener noreferrer">Facebook</a></li>
                    <li class="rss"><a href="/news/rss/1">RSS</a></li></ul></div>
                    <div class="newsletter"><div class="title"><strong>{FOOTER[8]}</strong></div><div class="newsletter-subscribe" id="newsletter-subscribe-block">
                    <p>{esc(FOOTER[9])}</p><div class="newsletter-email"><input id="newsletter-email" class="newsletter-subscribe-text" placeholder="Nhập email của bạn" aria-label="Đăng ký" type="email" name="NewsletterEmail" value="" /><button type="button" id="newsletter-subscribe-button" class="button-1 newsletter-subscribe-button">Đăng ký</button></div></div></div></div>
            </div>
            <div class="footer-lower">
                <div class="footer-info"><p>{esc(FOOTER[10])}</p><p>{esc(FOOTER[11])}</p><p>{esc(FOOTER[12])}</p><span class="footer-disclaimer">{esc(FOOTER[13])}</span></div>
                <div class="footer-powered-by">Powered by <a href="{{{{base:offsite}}}}/" target="_blank" rel="nofollow">nopCommerce</a></div>
            </div>
        </div>
    </div>
    <script src="/js/public.common.js"></script>
</body>
</html>
"""


def blog_side(arts: list[RichArticle]) -> str:
    months = sorted({(a.date.year, a.date.month) for a in arts if a.opts["kind"] == "blog"}, reverse=True)
    count = {ym: sum(1 for a in arts if a.opts["kind"] == "blog" and (a.date.year, a.date.month) == ym) for ym in months}
    mlis = "".join(f'<li><a href="/blog/month/{y}-{m}">tháng {m}/{y} ({count[(y, m)]})</a></li>' for y, m in months)
    tags = sorted({t for a in arts if a.opts["kind"] == "blog" for t in a.opts["tags"]})
    tlis = "".join(f'<li><a href="/blog/tag/{t}" style="font-size:100%;">{t}</a></li>' for t in tags)
    return (f'<div class="block block-blog-archive"><div class="title"><strong>{LABELS[6]}</strong></div><div class="listbox">'
            f'<ul class="list" id="blog-months"><li class="year"><strong>2026</strong></li>{mlis}</ul></div></div>'
            f'<div class="block block-popular-blogtags"><div class="title"><strong>{LABELS[7]}</strong></div><div class="listbox">'
            f'<div class="tags"><ul>{tlis}</ul></div><div class="view-all"><a href="/blog">{LABELS[8]}</a></div></div></div>')


def comments_html(a: RichArticle) -> str:
    cs = a.opts.get("comments", [])
    form = (f'<div class="fieldset new-comment" id="comments"><div class="title"><strong>{LABELS[0]}</strong></div>'
            f'<div class="notifications"><div class="result">{LABELS[1]}</div></div><form method="post" action="javascript:void(0)">'
            f'<div class="form-fields"><div class="inputs"><label for="AddNewComment_CommentTitle">{LABELS[2]}</label><input '
            f'class="enter-comment-title" type="text" id="AddNewComment_CommentTitle" name="AddNewComment.CommentTitle" '
            f'value="" /></div><div class="inputs"><label for="AddNewComment_CommentText">{LABELS[3]}</label><textarea '
            f'class="enter-comment-text" id="AddNewComment_CommentText" name="AddNewComment.CommentText"></textarea></div>'
            f'</div><div class="buttons"><button type="submit" name="add-comment" class="button-1 news-item-add-comment-button"'
            f'>{LABELS[4]}</button></div></form></div>')
    if not cs:
        return form
    items = "".join(f'<div class="comment news-comment" id="comment-{k}"><div class="comment-info"><div class="user-info">'
                    f'<span class="username">{esc(n)}</span></div></div><div class="comment-content"><div class="comment-time">'
                    f'<label>{LABELS[5]}</label> <span class="stat-value">{d:%d/%m/%Y %H:%M}</span></div><div class="comment-title">'
                    f'<strong class="comment-text">{esc(t)}</strong></div><div class="comment-body"><p class="comment-text">'
                    f'{esc(x)}</p></div></div></div>' for k, (n, d, t, x) in enumerate(cs, 5))
    return form + f'<div class="comment-list"><div class="title"><strong>Bình luận</strong></div>{items}</div>'


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lao-cai", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in arts if a.opts["kind"] == "news"]
    blog = [a for a in arts if a.opts["kind"] == "blog"]
    shop = Shop(site)

    def page(path: str, title: str, main: str, *, cls: str, side: str = "", head: str = "", non: bool = True) -> None:
        site.page(path, shop.layout(path, title, main, html_class=cls, head=head, side=side), content_type=HTML)
        if non:
            site.non_articles.append(path)

    for a in arts:
        kind = a.opts["kind"]
        if kind == "news":
            main = (f'<div class="page news-item-page"><div class="page-title"><h1>{esc(a.title)}</h1></div><div class="page-body">'
                    f'<div class="news-date">{culture_d(a.date)}</div><div class="news-body">{body_html(a)}</div>'
                    f'{comments_html(a)}</div></div>')
            page(a.path, f"{NAME}. {a.title}", main, cls="html-news-item-page", non=False)
        elif kind == "blog":
            tags = "".join(f'<li><a href="/blog/tag/{t}">{t}</a></li><li class="separator">,</li>' for t in a.opts["tags"])
            main = (f'<div class="page blogpost-page"><div class="page-title"><h1>{esc(a.title)}</h1></div>'
                    f'<div class="post-date">{culture_d(a.date)}</div><div class="page-body"><div class="post-body">'
                    f'{body_html(a)}</div><div class="tags"><label>Thẻ:</label><ul>{tags}</ul></div></div>'
                    f'{comments_html(a).replace("news-item-add-comment-button", "blog-post-add-comment-button")}</div>')
            page(a.path, f"{NAME}. {a.title}", main, cls="html-blogpost-page", side=blog_side(arts), non=False)
        else:
            main = (f'<div class="page topic-page" id="ph-topic"><div class="page-title" id="ph-title"><h1>{esc(a.title)}</h1>'
                    f'</div><div class="page-body">{body_html(a)}</div></div>')
            page(a.path, f"{NAME}. {a.title}", main, cls="html-topic-page", non=False)
        for al in a.aliases:
            site.same_page(al, a.path)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 12/KH-LMHTX", ["KE HOACH HO TRO HTX THUONG MAI DIEN TU 2026", "So: 12/KH-LMHTX"]))
    site.binary("/icons/icons_0/favicon.png", png(4, 4, (60, 130, 60)))

    def pager(base: str, n: int, total: int) -> str:
        lis = []
        for k in range(1, total + 1):
            if k == n:
                lis.append(f'<li class="current-page"><span>{k}</span></li>')
            else:
                lis.append(f'<li class="individual-page"><a data-page="{k}" href="{base if k == 1 else f"{base}?pagenumber={k}"}">'
                           f'{k}</a></li>')
        if n < total:
            lis.append(f'<li class="next-page"><a data-page="{n + 1}" href="{base}?pagenumber={n + 1}">Tiếp</a></li>')
        return f'<div class="pager"><ul>{"".join(lis)}</ul></div>'

    def news_item(a: RichArticle) -> str:
        return (f'<div class="news-item"><div class="news-head"><a class="news-title" href="{a.path}">{esc(a.title)}</a>'
                f'<span class="news-date">-{culture_d(a.date)}</span></div><div class="news-details">{esc(a.opts["short"])}'
                f'</div><a href="{a.path}" class="read-more">chi tiết</a></div>')

    def post_item(a: RichArticle) -> str:
        return (f'<div class="post"><div class="post-head"><a class="post-title" href="{a.path}">{esc(a.title)}</a>'
                f'<span class="post-date">-{culture_d(a.date)}</span></div><div class="post-body">{esc(a.opts["short"])}</div>'
                f'<div class="blog-details"><div class="tags"><label>Thẻ:</label><ul>' + "".join(
                    f'<li><a href="/blog/tag/{t}">{t}</a></li>' for t in a.opts["tags"])
                + f'</ul></div><div class="buttons"><a href="{a.path}" class="read-more">chi tiết</a></div></div></div>')

    chunks = [news[i:i + PER_NEWS] for i in range(0, len(news), PER_NEWS)]
    for n, chunk in enumerate(chunks, 1):
        url = "/news" if n == 1 else f"/news?pagenumber={n}"
        page(url, f"{NAME}. Tin tức", f'<div class="page news-list-page"><div class="page-title"><a href="/news/rss/1" '
             f'class="link-rss" title="RSS">RSS</a><h1>Tin tức</h1></div><div class="page-body"><div class="news-items">'
             f'{"".join(news_item(a) for a in chunk)}</div>{pager("/news", n, len(chunks))}</div></div>',
             cls="html-news-list-page")
    site.trap("news list /news (title, '-Thứ Năm, 12 tháng 3, 2026', summary, 'chi tiết') paged by ?pagenumber=2: a "
              "listing", "/news?pagenumber=2")

    def blog_list(base: str, heading: str, items: list[RichArticle]) -> None:
        parts = [items[i:i + PER_BLOG] for i in range(0, len(items), PER_BLOG)]
        for n, chunk in enumerate(parts, 1):
            url = base if n == 1 else f"{base}?pagenumber={n}"
            page(url, f"{NAME}. Blog", f'<div class="page blog-page"><div class="page-title"><h1>{esc(heading)}</h1></div>'
                 f'<div class="page-body"><div class="blog-posts">{"".join(post_item(a) for a in chunk)}</div>'
                 + (pager(base, n, len(parts)) if len(parts) > 1 else "") + "</div></div>",
                 cls="html-blog-page", side=blog_side(arts))

    blog_list("/blog", "Blog", blog)
    for t in sorted({t for a in blog for t in a.opts["tags"]}):
        blog_list(f"/blog/tag/{t}", f"Bài viết gắn thẻ '{t}'", [a for a in blog if t in a.opts["tags"]])
    for y, m in sorted({(a.date.year, a.date.month) for a in blog}):
        blog_list(f"/blog/month/{y}-{m}", f"Bài viết tháng {m} năm {y}", [a for a in blog if (a.date.year, a.date.month) == (y, m)])
    site.trap("blog /blog (?pagenumber=2), tag pages /blog/tag/<tag> and month archives /blog/month/2026-2: listings",
              "/blog/tag/ocop")

    rss = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><description>{esc(a.opts['short'])}"
                  f"</description><pubDate>{a.date:%a, %d %b %Y} 00:00:00 +0700</pubDate></item>" for a in news)
    site.page("/news/rss/1", f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{NAME}: Tin tức'
              f'</title><link>{{{{base}}}}/</link><description>Tin tức</description>{rss}</channel></rss>\n',
              content_type="application/rss+xml")

    # products and categories
    def product_box(h: str) -> str:
        name, price, *_ = PRODUCTS[h]
        return (f'<div class="item-box"><div class="product-item" data-productid="{len(h)}"><div class="picture"><a href="/{h}" '
                f'title="Hiển thị thông tin chi tiết cho {attr(name)}"><img alt="Hình ảnh của {attr(name)}" '
                f'src="/images/thumbs/{h}_415.png" /></a></div><div class="details"><h2 class="product-title"><a href="/{h}">'
                f'{esc(name)}</a></h2><div class="add-info"><div class="prices"><span class="price actual-price">{price}</span>'
                f'</div><div class="buttons"><button type="button" class="button-2 product-box-add-to-cart-button">Thêm vào giỏ'
                f'</button></div></div></div></div></div>')

    for h, (name, price, cat, desc, specs) in PRODUCTS.items():
        rows = "".join(f'<tr class="{"odd" if k % 2 == 0 else "even"}"><td class="spec-name">{esc(s)}</td><td class="spec-value">'
                       f'{esc(v)}</td></tr>' for k, (s, v) in enumerate(specs))
        related = "".join(product_box(x) for x in PRODUCTS if x != h and PRODUCTS[x][2] == cat)
        main = (f'<div class="page product-details-page"><div class="page-body"><div class="breadcrumb"><ul><li><a href="/">'
                f'Trang chủ</a> / </li><li><a href="/{cat}">{CATEGORIES[cat]}</a> / </li><li><strong class="current-item">'
                f'{esc(name)}</strong></li></ul></div><div class="product-essential"><div class="gallery"><div class="picture">'
                f'<img alt="Hình ảnh của {attr(name)}" src="/images/thumbs/{h}_550.png" /></div></div><div class="overview">'
                f'<div class="product-name"><h1>{esc(name)}</h1></div><div class="short-description">Sản phẩm của HTX tỉnh '
                f'Lào Cai</div><div class="prices"><div class="product-price"><span>{price}</span></div></div><div '
                f'class="add-to-cart"><div class="add-to-cart-panel"><input class="qty-input" type="text" value="1" /><button '
                f'type="button" class="button-1 add-to-cart-button">Thêm vào giỏ hàng</button></div></div><div '
                f'class="overview-buttons"><div class="add-to-wishlist"><button type="button" class="button-2 '
                f'add-to-wishlist-button">Thêm vào danh sách yêu thích</button></div></div></div><div class="full-description">'
                f'{desc}</div></div><div class="product-collateral"><div class="product-specs-box"><div class="title"><strong>'
                f'Thông số sản phẩm</strong></div><div class="table-wrapper"><table class="data-table"><colgroup><col '
                f'width="25%" /><col /></colgroup><tbody>{rows}</tbody></table></div></div></div>'
                + (f'<div class="related-products-grid product-grid"><div class="title"><strong>Sản phẩm liên quan</strong>'
                   f'</div><div class="item-grid">{related}</div></div>' if related else "") + '</div></div>')
        page(f"/{h}", f"{NAME}. {name}", main, cls="html-product-details-page",
             head=f'\n    <meta property="og:type" content="product" />\n    <meta property="og:title" content="{attr(name)}" />')
    site.trap("product pages /<seName> (the same slug space as news): h1 in div.product-name, price, 'Thêm vào giỏ hàng', "
              "a long description with headings and lists, the specification table: no articles",
              "/che-shan-tuyet-seo-my-ty-hop-200g")
    for c, cname in CATEGORIES.items():
        items = [h for h in PRODUCTS if PRODUCTS[h][2] == c]
        parts = [items[i:i + 2] for i in range(0, len(items), 2)]
        for n, chunk in enumerate(parts, 1):
            url = f"/{c}" if n == 1 else f"/{c}?pagenumber={n}"
            filters = (f'<div class="product-selectors"><div class="product-sorting"><span>Sắp xếp theo</span><select '
                       f'aria-label="Chọn thứ tự sản phẩm" id="products-orderby" name="products-orderby"><option value="0">'
                       f'Vị trí</option><option value="5">Tên: A đến Z</option><option value="10">Giá: Thấp đến Cao</option>'
                       f'</select></div><div class="product-viewmode"><span>Xem dạng</span><a class="viewmode-icon grid '
                       f'selected" data-viewmode="grid" title="Lưới" href="#">Lưới</a> <a class="viewmode-icon list" '
                       f'data-viewmode="list" title="Danh sách" href="#">Danh sách</a></div><div class="product-page-size">'
                       f'<span>Hiển thị</span><select id="products-pagesize" name="products-pagesize"><option value="6">6'
                       f'</option><option value="12">12</option></select><span>mỗi trang</span></div></div>'
                       f'<div class="product-filters"><div class="product-filter price-range-filter"><div class="filter-title">'
                       f'<strong>Lọc theo giá</strong></div><div class="filter-content"><div class="selected-price-range">'
                       f'<span class="from">60.000 ₫</span> - <span class="to">250.000 ₫</span></div></div></div></div>')
            main = (f'<div class="page category-page"><div class="page-title"><h1>{esc(cname)}</h1></div><div class="page-body">'
                    f'{filters}<div class="products-container"><div class="products-wrapper"><div class="product-grid"><div '
                    f'class="item-grid">{"".join(product_box(h) for h in chunk)}</div></div>'
                    + (pager(f"/{c}", n, len(parts)) if len(parts) > 1 else "") + '</div></div></div></div>')
            page(url, f"{NAME}. {cname}", main, cls="html-category-page")
    site.trap("category pages /<seName> with sorting, view-mode and page-size selects, the price filter and "
              "?pagenumber=2: no articles", "/dac-san-lao-cai?pagenumber=2")
    for t, (tname, body) in TOPICS.items():
        page(f"/{t}", f"{NAME}. {tname}", f'<div class="page topic-page" id="ph-topic"><div class="page-title" id="ph-title">'
             f'<h1>{esc(tname)}</h1></div><div class="page-body">{body}</div></div>', cls="html-topic-page")
    site.trap("topics /gioi-thieu, /chinh-sach-giao-hang, /chinh-sach-bao-mat (the notice's template, no date): no "
              "articles", "/gioi-thieu")

    # home
    slider = (f'<div class="slider-wrapper"><a href="{arts[0].path}?utm_source=banner&amp;utm_campaign=ocop2026"><img '
              f'src="/images/thumbs/slider-ocop-2026.png" alt="OCOP 2026" /></a></div>')
    notice = (f'<div class="topic-block"><div class="topic-block-title"><h2>Thông báo</h2></div><div class="topic-block-body">'
              f'<p><a href="/{NOTICE}">Thông báo về việc hỗ trợ HTX đưa sản phẩm lên Cửa hàng</a></p></div></div>')
    featured = "".join(product_box(h) for h in list(PRODUCTS)[:4])
    hnews = "".join(news_item(a) for a in news[:3])
    home = (f'<div class="page home-page"><div class="page-body">{slider}{notice}<div class="product-grid home-page-product-grid">'
            f'<div class="title"><strong>Sản phẩm nổi bật</strong></div><div class="item-grid">{featured}</div></div>'
            f'<div class="news-list-homepage"><div class="title"><strong>Tin tức</strong></div><div class="news-items">{hnews}'
            f'</div><div class="view-all"><a href="/news">Xem tin cũ hơn</a></div></div></div></div>')
    page("/", f"{NAME}. Trang chủ", home, cls="html-home-page")
    site.trap("home page: slider linking the newest news with ?utm_…, the notice box (the topic), featured products and "
              "the three newest news with their dates: a listing", "/")
    newp = "".join(product_box(h) for h in PRODUCTS)
    page("/newproducts", f"{NAME}. Sản phẩm mới", f'<div class="page recently-added-products-page"><div class="page-title">'
         f'<h1>Sản phẩm mới</h1></div><div class="page-body"><div class="item-grid">{newp}</div></div></div>',
         cls="html-recently-added-products-page")
    page("/contactus", f"{NAME}. Liên hệ", f'<div class="page contact-page"><div class="page-title"><h1>Liên hệ</h1></div>'
         f'<div class="page-body"><p>{esc(FOOTER[11])}</p><form method="post" action="javascript:void(0)"><input name="FullName" />'
         f'<textarea name="Enquiry"></textarea><button type="button" class="button-1 contact-us-button">Gửi</button></form>'
         f'</div></div>', cls="html-contact-page")
    page("/search", f"{NAME}. Tìm kiếm", '<div class="page search-page"><div class="page-title"><h1>Tìm kiếm</h1></div>'
         '<div class="page-body"><form method="get" action="/search"><input class="search-text" name="q" /><button type="submit" '
         'class="button-1 search-button">Tìm kiếm</button></form></div></div>', cls="html-search-page")
    smap = ("".join(f'<li><a href="/{c}">{esc(n)}</a></li>' for c, n in CATEGORIES.items())
            + "".join(f'<li><a href="/{t}">{esc(v[0])}</a></li>' for t, v in TOPICS.items())
            + "".join(f'<li><a href="/{h}">{esc(v[0])}</a></li>' for h, v in PRODUCTS.items()))
    page("/sitemap", f"{NAME}. Sơ đồ trang", f'<div class="page sitemap-page"><div class="page-title"><h1>Sơ đồ trang</h1></div>'
         f'<div class="page-body"><div class="entity"><ul>{smap}</ul></div></div></div>', cls="html-sitemap-page")

    # robots-disallowed
    for p in ["/cart", "/wishlist", "/customer/info", *sorted(shop.blocked)]:
        site.page(p, f'<!DOCTYPE html><html><head><title>{NAME}. Đăng nhập</title></head><body><div class="page login-page">'
                  f'<h1>Chào mừng, vui lòng đăng nhập!</h1></div></body></html>', content_type=HTML)
        site.never_fetched.append(p)
    site.trap("nopCommerce's robots.txt disallows /*?*returnUrl= (the header's login and register links, one per page), "
              "/cart, /wishlist, /customer/ and /search?: never fetched", "/cart")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin\nDisallow: /bin/\nDisallow: /files/\n"
                "Disallow: /install\nDisallow: /*?*returnUrl=\nDisallow: /addproducttocart/catalog/\n"
                "Disallow: /addproducttocart/details/\nDisallow: /cart\nDisallow: /changecurrency\nDisallow: /checkout\n"
                "Disallow: /compareproducts\nDisallow: /customer/\nDisallow: /login\nDisallow: /register\n"
                "Disallow: /search?\nDisallow: /wishlist\n")
    return site
