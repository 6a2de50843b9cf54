"""Site `thongbao-htxkontum` (registry family `generic`): "Trang thông tin điện tử Liên minh Hợp tác xã tỉnh Kon Tum",
the alliance's new site (before the province joined Quảng Ngãi on 1 July 2025), a **Nuxt 3** app rendered on the
server from a **Directus 10** headless CMS (two collections, `tin_tuc` and `thong_bao`, files through Directus'
`/assets/<uuid>`, which the Nuxt server proxies), with `@nuxtjs/robots` and `@nuxtjs/sitemap`. It replaced the old
DotNetNuke portal (see `lmhtx-kontum`) in January 2025. Written as a held-out test: no family module, no selectors.

URL shapes: news `/tin-tuc/<slug>` and notices `/thong-bao/<slug>` (the Directus `slug` field, ASCII); the lists
`/tin-tuc` (5 a page, `/tin-tuc?page=2`) and `/thong-bao`; pages `/gioi-thieu`, `/lien-he`; the search page
`/tim-kiem` (robots-disallowed); images and attachments `/assets/<uuid>?width=…` and `/assets/<uuid>?download`;
`/sitemap.xml` (with its XSL), `/robots.txt`. Vue's router is not strict: `/tin-tuc/<slug>/` renders the same post
(rel=canonical without the slash), and `routeRules` answer the old DotNetNuke addresses of migrated posts
(`/Tin-t%E1%BB%A9c/…/ItemID/<n>/View/Details.aspx`) with 301 to the new ones.

Why it is hard: the markup is Vue's: scoped-style attributes (`data-v-9c5e7a13`) on every element, `<!--[-->`
fragment comments, no article schema. The date line `<time datetime="2025-04-02T23:10:00.000Z">06:10 03/04/2025</time>`
is Vietnam time while its attribute, `article:published_time` and the sitemap are UTC (a post at 06:10 is the day
before in UTC). "Người đăng: …" is the Directus user who created the item: the office account "Văn phòng LMHTX" or a
staff member's own account (a person); the byline, when there is one, closes the WYSIWYG text. A notice prints
"Số hiệu" and "Ngày ban hành" (the document's date, not the posting time) above its text, which repeats them in the
document's own layout; attachments are a Directus file list under the text. The summary (`tom_tat`) is the lead; the
WYSIWYG body uses TinyMCE's `figure.image > figcaption` and tables without `<th>` (bold first row). Every page ends
with `__NUXT_DATA__`, Nuxt's devalue array repeating the Directus items (the text as an HTML string). The list pages
use the same card component as the "Tin liên quan" box under each post.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, page_links, pdf
from .richbody import RichArticle, parse_rich

SITE = "thongbao-htxkontum"
NAME = "Liên minh Hợp tác xã tỉnh Kon Tum"
SHORT = "Liên minh HTX tỉnh Kon Tum"
HTML = "text/html; charset=utf-8"
TODAY = "Thứ Năm, 22/05/2025"
HOTLINE = "Đường dây nóng: 0260 3862 219"
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Kon Tum",
          "Địa chỉ: Số 282 đường Bà Triệu, phường Quyết Thắng, thành phố Kon Tum, tỉnh Kon Tum",
          "Điện thoại: 0260 3862 219 - Email: lienminhhtx@kontum.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Nguyễn Văn Lộc - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 05/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Kon Tum cấp ngày 20/12/2024",
          "© 2025 Liên minh Hợp tác xã tỉnh Kon Tum. Phát triển trên nền tảng Nuxt và Directus."]
LABELS = ["Người đăng:", "lượt xem", "Tin liên quan", "Thông báo mới", "Xem nhiều", "Liên kết", "Chia sẻ:",
          "Sao chép liên kết", "Tệp đính kèm", "Số hiệu:", "Ngày ban hành:", "Trang thông tin điện tử", "Về đầu trang",
          "Đăng nhập quản trị"]
FURN = [TODAY, HOTLINE, *FOOTER, *LABELS]
USERS = {"vanphong": ("Văn phòng", "LMHTX"), "hung": ("Nguyễn Văn", "Hùng")}
CATS = {"hoat-dong": "Tin hoạt động", "mo-hinh": "Mô hình hay"}
V = {"layout": "data-v-1f3a9c2e", "header": "data-v-6b2d04e1", "post": "data-v-9c5e7a13", "card": "data-v-3e8f1b72",
     "side": "data-v-a41c6d05", "foot": "data-v-0d7e2f94", "pager": "data-v-58b3c1e6", "page": "data-v-7d20b9f4"}


def uuid_for(name: str) -> str:
    h = hashlib.md5(name.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def zms(d: datetime) -> str:
    return utc(d).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])

    return [
        A(path="thong-bao-so-07-tb-lmhtx-tiep-nhan-ho-so-vay-von-quy-ho-tro-phat-trien-htx-dot-2-nam-2025",
          title="Thông báo số 07/TB-LMHTX về việc tiếp nhận hồ sơ đề nghị vay vốn Quỹ hỗ trợ phát triển HTX đợt 2 năm 2025",
          body="""
LIÊN MINH HTX TỈNH KON TUM
Số: 07/TB-LMHTX
Kon Tum, ngày 06 tháng 5 năm 2025
**THÔNG BÁO**
**Về việc tiếp nhận hồ sơ đề nghị vay vốn Quỹ hỗ trợ phát triển HTX đợt 2 năm 2025**
Căn cứ kế hoạch hoạt động năm 2025 của Quỹ hỗ trợ phát triển HTX tỉnh, Liên minh HTX tỉnh thông báo tiếp nhận hồ sơ đề nghị vay vốn đợt 2 năm 2025 như sau:
* Tổng nguồn vốn cho vay đợt 2: 6 tỷ đồng.
* Mức cho vay tối đa: 500 triệu đồng đối với một HTX, thời hạn vay tối đa 36 tháng.
* Thời gian tiếp nhận hồ sơ: từ ngày 12/5/2025 đến hết ngày 13/6/2025, tại Văn phòng Quỹ hỗ trợ phát triển HTX tỉnh.
Hồ sơ gồm đơn đề nghị vay vốn, phương án sản xuất kinh doanh và báo cáo tài chính năm 2024 của HTX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
A Thuột
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": "/assets/" + uuid_for("tb07") + "?download", "text": "TB-07-LMHTX-vay-von-dot-2-2025.pdf"}],
          opts={"kind": "thong_bao", "user": "vanphong", "so_hieu": "07/TB-LMHTX", "ngay_ban_hanh": datetime(2025, 5, 6),
                "views": 642, "file": "tb07"},
          notes=["notice: 'Số hiệu: 07/TB-LMHTX · Ngày ban hành: 06/05/2025' above the text and 'Kon Tum, ngày 06 tháng 5 "
                 "năm 2025' in it, posted 08/05/2025 16:30 (the publication date); signer last, 'Người đăng: Văn phòng "
                 "LMHTX' is the office account: author null; the Directus file list under the text links "
                 "/assets/<uuid>?download: an attachment"],
          **at(datetime(2025, 5, 8, 16, 30))),
        A(path="anh-phien-cho-san-pham-ocop-cua-cac-htx-tai-thanh-pho-kon-tum",
          title="Ảnh: Phiên chợ sản phẩm OCOP của các HTX tại thành phố Kon Tum",
          lead="Sáng 23/4, Liên minh HTX tỉnh phối hợp với UBND thành phố Kon Tum tổ chức phiên chợ sản phẩm OCOP với 45 gian hàng của các HTX.",
          body="""
[img cho-ocop-1] Các gian hàng sâm dây, cà phê, mật ong của HTX thu hút đông người dân đến tham quan, mua sắm
[img cho-ocop-2] Thành viên HTX Dệt thổ cẩm Kon Kơ Tu giới thiệu sản phẩm với khách du lịch
[img cho-ocop-3] Lãnh đạo Liên minh HTX tỉnh thăm gian hàng sản phẩm OCOP 4 sao của HTX Sâm Ngọc Linh
""", byline="Bài và ảnh: Phan Thị Hồng Nhung", author="Phan Thị Hồng Nhung",
          opts={"kind": "tin_tuc", "user": "vanphong", "cat": "hoat-dong", "views": 1254},
          notes=["photo story: the summary (tom_tat) is the lead, three TinyMCE figure.image with figcaption (one line "
                 "each); 'Người đăng: Văn phòng LMHTX' but the text closes 'Bài và ảnh: Phan Thị Hồng Nhung' -> author"],
          **at(datetime(2025, 4, 24, 9, 15))),
        A(path="htx-sam-ngoc-linh-tu-mo-rong-mo-rong-vung-trong-duoi-tan-rung",
          title="HTX Sâm Ngọc Linh Tu Mơ Rông mở rộng vùng trồng dưới tán rừng",
          lead="Năm 2025, HTX Sâm Ngọc Linh Tu Mơ Rông trồng mới 12 ha sâm dưới tán rừng, nâng tổng diện tích lên 48 ha.",
          body="""
HTX hiện có 86 thành viên là đồng bào Xơ Đăng ở các xã Măng Ri, Ngọk Lây và Tê Xăng.
Để bảo đảm nguồn gốc giống, HTX xây dựng vườn ươm riêng và ghi chép nhật ký chăm sóc cho từng lô sâm.
Sản phẩm sâm củ và rượu sâm của HTX đã đạt chứng nhận OCOP 4 sao.
""", byline="Theo Báo Kon Tum", author=None,
          opts={"kind": "tin_tuc", "user": "vanphong", "cat": "mo-hinh", "views": 2310},
          notes=["published at 06:10 Vietnam time: the date line reads '06:10 03/04/2025' while <time datetime>, "
                 "article:published_time and the sitemap say 2025-04-02T23:10 UTC; 'Theo Báo Kon Tum' names a "
                 "newspaper: text, author null"],
          **at(datetime(2025, 4, 3, 6, 10))),
        A(path="sau-nhom-giai-phap-phat-trien-htx-nong-nghiep-gan-voi-chuoi-gia-tri",
          title="Sáu nhóm giải pháp phát triển HTX nông nghiệp gắn với chuỗi giá trị",
          lead="Để HTX nông nghiệp tham gia sâu vào chuỗi giá trị, Liên minh HTX tỉnh đề xuất sáu nhóm giải pháp trọng tâm.",
          body="""
Sáu nhóm giải pháp gồm:
+ Rà soát, củng cố HTX hoạt động yếu kém, giải thể HTX chỉ tồn tại trên danh nghĩa.
+ Hỗ trợ HTX xây dựng vùng nguyên liệu tập trung, áp dụng VietGAP và hữu cơ.
+ Kết nối HTX với doanh nghiệp chế biến, tiêu thụ theo hợp đồng dài hạn.
+ Đào tạo cán bộ quản lý HTX về quản trị, tài chính và chuyển đổi số.
+ Tăng nguồn vốn Quỹ hỗ trợ phát triển HTX, ưu tiên dự án liên kết chuỗi.
+ Phát triển sản phẩm OCOP gắn với du lịch cộng đồng.
""", author="Nguyễn Văn Hùng",
          opts={"kind": "tin_tuc", "user": "hung", "cat": "hoat-dong", "views": 987, "slash": True},
          notes=["numbered list (<ol>, one line per item); no byline: 'Người đăng: Nguyễn Văn Hùng' is a staff member's "
                 "own Directus account (a person) -> author; the home page's 'Tiêu điểm' links it with a trailing slash "
                 "(/tin-tuc/<slug>/, same page, canonical without it): an alias"],
          **at(datetime(2025, 3, 19, 14, 20))),
        A(path="thong-bao-ket-qua-binh-chon-htx-tieu-bieu-nam-2024",
          title="Thông báo kết quả bình chọn HTX tiêu biểu năm 2024",
          body="""
LIÊN MINH HTX TỈNH KON TUM
Số: 03/TB-LMHTX
Kon Tum, ngày 04 tháng 3 năm 2025
**THÔNG BÁO**
**Kết quả bình chọn HTX tiêu biểu năm 2024**
Trên cơ sở đề nghị của Hội đồng bình chọn, Liên minh HTX tỉnh thông báo danh sách 5 HTX tiêu biểu năm 2024 như sau:
| STT | Tên HTX | Địa bàn | Lĩnh vực |
| 1 | HTX Nông nghiệp Đăk Hring | Huyện Đăk Hà | Cà phê |
| 2 | HTX Sâm Ngọc Linh Tu Mơ Rông | Huyện Tu Mơ Rông | Dược liệu |
| 3 | HTX Dệt thổ cẩm Kon Kơ Tu | Thành phố Kon Tum | Thủ công mỹ nghệ |
| 4 | HTX Dịch vụ nông nghiệp Sa Bình | Huyện Sa Thầy | Trồng trọt |
| 5 | HTX Du lịch cộng đồng Kon Pring | Huyện Kon Plông | Du lịch |
Các HTX tiêu biểu được khen thưởng tại Hội nghị tổng kết phong trào HTX năm 2024.
CHỦ TỊCH
Nguyễn Văn Lộc
""", author=None, doc_number="03/TB-LMHTX",
          opts={"kind": "thong_bao", "user": "vanphong", "so_hieu": "03/TB-LMHTX", "ngay_ban_hanh": datetime(2025, 3, 4),
                "views": 1530},
          notes=["notice with a data table: TinyMCE table, no <thead>, the header row bold <td>s (one line per row); "
                 "'Ngày ban hành: 04/03/2025' above, posted 05/03/2025 08:00; signer last, author null"],
          **at(datetime(2025, 3, 5, 8, 0))),
        A(path="htx-nong-nghiep-dak-hring-lien-ket-tieu-thu-300-tan-ca-phe-sach",
          title="HTX Nông nghiệp Đăk Hring liên kết tiêu thụ 300 tấn cà phê sạch",
          lead="HTX Nông nghiệp Đăk Hring (huyện Đăk Hà) vừa ký hợp đồng cung ứng 300 tấn cà phê nhân đạt chứng nhận 4C cho một doanh nghiệp xuất khẩu.",
          body="""
Theo hợp đồng, doanh nghiệp thu mua cà phê của HTX với giá cao hơn giá thị trường 1.500 đồng/kg và hỗ trợ phân bón hữu cơ cho thành viên.
## Nâng chuẩn vùng nguyên liệu
HTX đã chuyển 120 ha cà phê của thành viên sang quy trình canh tác bền vững, ghi chép nhật ký và thu hái quả chín trên 90%.
""", byline="Lê Văn Quang - Trung tâm Khuyến nông", author="Lê Văn Quang",
          opts={"kind": "tin_tuc", "user": "vanphong", "cat": "mo-hinh", "views": 1876},
          notes=["byline 'Lê Văn Quang - Trung tâm Khuyến nông' -> author Lê Văn Quang; an <h2> inside the text"],
          **at(datetime(2025, 2, 26, 10, 30))),
        A(path="lien-minh-htx-tinh-kon-tum-tong-ket-cong-tac-nam-2024",
          title="Liên minh HTX tỉnh Kon Tum tổng kết công tác năm 2024",
          lead="Chiều 16/1, Liên minh HTX tỉnh Kon Tum tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.",
          body="""
## Kết quả năm 2024
Năm 2024, toàn tỉnh thành lập mới 41 HTX, nâng tổng số HTX đang hoạt động lên 402 HTX với hơn 12.000 thành viên.
Quỹ hỗ trợ phát triển HTX giải ngân 8,4 tỷ đồng cho 19 dự án.
## Nhiệm vụ năm 2025
Liên minh HTX tỉnh tập trung nâng cao chất lượng hoạt động của HTX, phát triển sản phẩm dược liệu và du lịch cộng đồng.
""", byline="Trần Quốc Việt", author="Trần Quốc Việt",
          opts={"kind": "tin_tuc", "user": "vanphong", "cat": "hoat-dong", "views": 3120, "dnn": 1527},
          notes=["migrated from the old DotNetNuke portal: its old address /Tin-t%E1%BB%A9c/Ho%E1%BA%A1t-%C4%91%E1%BB%99ng-"
                 "Li%C3%AAn-minh/ItemID/1527/View/Details.aspx (linked from /gioi-thieu) answers 301 to the new one: an "
                 "alias; the bare name 'Trần Quốc Việt' closes the text"],
          **at(datetime(2025, 1, 17, 15, 0))),
        A(path="tap-huan-ky-nang-so-cho-can-bo-quan-ly-htx",
          title="Tập huấn kỹ năng số cho cán bộ quản lý HTX",
          lead="Trong hai ngày 10 và 11/12, Liên minh HTX tỉnh tổ chức lớp tập huấn kỹ năng số cho 55 cán bộ quản lý HTX.",
          body="""
Học viên được hướng dẫn sử dụng phần mềm kế toán, hóa đơn điện tử và mở gian hàng trên sàn thương mại điện tử.
""", author=None,
          opts={"kind": "tin_tuc", "user": "vanphong", "cat": "hoat-dong", "views": 455},
          notes=["oldest news: only on /tin-tuc?page=2 (and the sitemap); no byline and the office account: author null"],
          **at(datetime(2024, 12, 12, 8, 20))),
    ]


def vn_stamp(d: datetime) -> str:
    return f"{d:%H:%M %d/%m/%Y}"


def render(a: RichArticle) -> str:
    """Directus' WYSIWYG (TinyMCE 6) output."""
    out = []
    doc = a.opts["kind"] == "thong_bao"
    blocks = a.blocks
    for k, b in enumerate(blocks):
        if b.kind == "p":
            centred = doc and (b.text.startswith("**") or b.text.isupper() or b.text.startswith(("Số:", "Kon Tum, ngày")))
            signer = doc and (k == len(blocks) - 1 or b.text in ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "CHỦ TỊCH"))
            style = ' style="text-align: center;"' if centred and not signer else (' style="text-align: right;"' if signer else "")
            out.append(f"<p{style}>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<figure class="image"><img src="/assets/{uuid_for(b.src)}?width=1200" alt="{attr(b.text)}" width="1200" height="800">'
                       f"<figcaption>{esc(b.text)}</figcaption></figure>")
        elif b.kind == "table":
            head, *rows = b.rows
            cols = "".join(f'<col style="width: {round(100 / len(head), 2)}%;">' for _ in head)
            out.append(f'<table style="border-collapse: collapse; width: 100%;" border="1"><colgroup>{cols}</colgroup><tbody>\n'
                       + "<tr>\n" + "\n".join(f"<td><strong>{esc(c)}</strong></td>" for c in head) + "\n</tr>\n"
                       + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                       + "\n</tbody>\n</table>")
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def devalue(payload: dict, path: str) -> str:
    """Nuxt 3's payload: devalue's flat array (every object, array and value at its own index)."""
    arr: list = [["ShallowReactive", 1], None]

    def add(v) -> int:
        idx = len(arr)
        arr.append(None)
        if isinstance(v, dict):
            arr[idx] = {k: add(x) for k, x in v.items()}
        elif isinstance(v, list):
            arr[idx] = [add(x) for x in v]
        else:
            arr[idx] = v
        return idx

    data = len(arr)
    arr.append(None)
    arr[data] = ["ShallowReactive", add(payload)]
    arr[1] = {"data": data, "state": add({}), "once": add(["Set"]), "_errors": add({}), "serverRendered": add(True),
              "path": add(path)}
    return json.dumps(arr, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C").replace(">", "\\u003E")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "kon-tum", NAME + " (Nuxt + Directus)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for n, a in enumerate(sorted(arts, key=lambda a: a.date), 1):
        a.opts["slug"] = a.path
        a.opts["id"] = 100 + n * 3
        a.path = ("/thong-bao/" if a.opts["kind"] == "thong_bao" else "/tin-tuc/") + a.opts["slug"]
        imgs = [b.src for b in a.blocks if b.kind == "img"]
        a.opts["cover"] = imgs[0] if imgs else f"cover-{a.opts['slug'][:24]}"
    news = [a for a in arts if a.opts["kind"] == "tin_tuc"]
    notices = [a for a in arts if a.opts["kind"] == "thong_bao"]
    oldest = news[-1]
    most_viewed = sorted([a for a in news if a is not oldest], key=lambda a: a.opts["views"], reverse=True)[:4]

    def vattr(k: str) -> str:
        return V[k]

    def img_url(name: str, q: str = "width=480&amp;height=320&amp;fit=cover") -> str:
        return f"/assets/{uuid_for(name)}?{q}"

    def who(a: RichArticle) -> str:
        return " ".join(USERS[a.opts["user"]])

    def directus(a: RichArticle, full: bool = True) -> dict:
        d = {"id": a.opts["id"], "status": "published", "slug": a.opts["slug"], "tieu_de": a.title,
             "date_published": zms(a.date), "date_updated": zms(a.date + timedelta(hours=2, minutes=11)),
             "user_created": {"first_name": USERS[a.opts["user"]][0], "last_name": USERS[a.opts["user"]][1]}}
        if a.opts["kind"] == "tin_tuc":
            d.update({"tom_tat": a.lead, "anh_dai_dien": uuid_for(a.opts["cover"]),
                      "chuyen_muc": {"ten": CATS[a.opts["cat"]], "slug": a.opts["cat"]}, "luot_xem": a.opts["views"]})
        else:
            d.update({"so_hieu": a.opts["so_hieu"], "ngay_ban_hanh": f"{a.opts['ngay_ban_hanh']:%Y-%m-%d}",
                      "tep_dinh_kem": [{"directus_files_id": {"id": uuid_for(a.opts["file"]), "filename_download": x["text"],
                                                              "filesize": 253952}} for x in a.attachments]})
        if full:
            d["noi_dung"] = render(a)
        return d

    def card(a: RichArticle, k: str = "card") -> str:
        v = vattr(k)
        # notices have no tom_tat: the card strips the WYSIWYG text's tags and cuts it
        summary = a.lead or " ".join(a.text_lines())
        words = summary.split()
        short = " ".join(words[:26]) + ("…" if len(words) > 26 else "")
        return (f'<article class="card" {v}><a href="{a.path}" class="card__thumb" {v}><img src="{img_url(a.opts["cover"])}" alt="{attr(a.title)}" loading="lazy" {v}></a>'
                f'<div class="card__body" {v}><h3 class="card__title" {v}><a href="{a.path}" {v}>{esc(a.title)}</a></h3>'
                f'<p class="card__date" {v}><time datetime="{zms(a.date)}" {v}>{a.date:%d/%m/%Y}</time></p>'
                f'<p class="card__summary" {v}>{esc(short)}</p></div></article>')

    def sidebar() -> str:
        v = vattr("side")
        return (f'<aside class="sidebar" {v}>'
                f'<section class="widget" {v}><h2 class="widget__title" {v}>Thông báo mới</h2><ul class="widget__list" {v}><!--[-->'
                + "".join(f'<li {v}><a href="{a.path}" {v}>{esc(a.title)}</a><time datetime="{zms(a.date)}" {v}>{a.date:%d/%m/%Y}</time></li>' for a in notices)
                + f'<!--]--></ul></section><section class="widget" {v}><h2 class="widget__title" {v}>Xem nhiều</h2><ol class="widget__list widget__list--ranked" {v}><!--[-->'
                + "".join(f'<li {v}><a href="{a.path}" {v}>{esc(a.title)}</a></li>' for a in most_viewed)
                + f'<!--]--></ol></section><section class="widget" {v}><h2 class="widget__title" {v}>Liên kết</h2><ul class="widget__links" {v}>'
                '<li data-v-a41c6d05><a href="{{base:offsite}}/lmhtx-vn/" target="_blank" rel="noopener" data-v-a41c6d05>Liên minh HTX Việt Nam</a></li>'
                '<li data-v-a41c6d05><a href="{{base:offsite}}/ubnd-kontum/" target="_blank" rel="noopener" data-v-a41c6d05>Cổng TTĐT tỉnh Kon Tum</a></li>'
                '</ul></section></aside>')

    nav = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/tin-tuc", "Tin tức"), ("/thong-bao", "Thông báo"), ("/lien-he", "Liên hệ")]

    def layout(*, title: str, head: str, main: str, route: str, payload: dict, chunk: str, with_side: bool = True) -> str:
        h, lay, f = vattr("header"), vattr("layout"), vattr("foot")
        active = "/" + route.strip("/").split("/")[0] if route != "/" else "/"
        links = "".join(f'<li {h}><a href="{u}" class="nav__link{" router-link-active" if u == active else ""}{" router-link-exact-active" if u == route else ""}" {h}>{t}</a></li>'
                        for u, t in nav)
        payload = dict(payload)
        foot = "".join(f"<p {f}>{esc(x)}</p>" for x in FOOTER[:5])
        grid = f'<div class="main__grid" {lay}>{main}{sidebar()}</div>' if with_side else main
        return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/_nuxt/entry.Bk3x9QfL.css" crossorigin>
<link rel="stylesheet" href="/_nuxt/{chunk}.D7pQw2sN.css" crossorigin>
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/C4hTz8kR.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/{chunk}.Cw1mN5eY.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/DqL0v7aX.js">
<link rel="prefetch" as="image" type="image/png" href="/_nuxt/logo-lmhtx-kontum.B9s1Kx2e.png">
<link rel="icon" type="image/png" href="/favicon.png">
{head}
<script type="module" src="/_nuxt/C4hTz8kR.js" crossorigin></script></head>
<body><div id="__nuxt"><!--[--><div class="site" {lay}><div class="topbar" {h}><div class="container topbar__inner" {h}><span class="topbar__date" {h}>{TODAY}</span><span class="topbar__hotline" {h}>{HOTLINE}</span></div></div><header class="header" {h}><div class="container header__inner" {h}><a href="/" class="header__brand" {h}><img src="/_nuxt/logo-lmhtx-kontum.B9s1Kx2e.png" alt="{attr(NAME)}" width="72" height="72" {h}><div {h}><p class="header__eyebrow" {h}>Trang thông tin điện tử</p><p class="header__name" {h}>{esc(NAME)}</p></div></a></div><nav class="nav" {h}><div class="container" {h}><ul class="nav__list" {h}><!--[-->{links}<!--]--><li {h}><a href="/tim-kiem" class="nav__link nav__link--search" aria-label="Tìm kiếm" {h}>Tìm kiếm</a></li></ul></div></nav></header><main class="container main" {lay}>{grid}</main><footer class="footer" {f}><div class="container footer__inner" {f}><div class="footer__info" {f}>{foot}</div><div class="footer__meta" {f}><p {f}>{esc(FOOTER[5])}</p><a href="{{{{base:offsite}}}}/cms-lmhtxkontum/admin" target="_blank" rel="noopener" {f}>Đăng nhập quản trị</a></div></div><button type="button" class="footer__top" aria-label="Về đầu trang" {f}>Về đầu trang</button></footer></div><!--]--></div><div id="teleports"></div><script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">{devalue(payload, route)}</script>
<script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{directusUrl:"https://cms.lmhtxkontum.vn",siteUrl:"https://lmhtxkontum.vn",i18n:{{defaultLocale:"vi"}}}},app:{{baseURL:"/",buildId:"2f6c1a9e-7b3d-4e8a-9c05-d41b7e2a6f13",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}</script></body>
</html>
"""

    def seo(*, title: str, desc: str, canonical: str, og_type: str = "website", image: str | None = None, extra: str = "") -> str:
        out = [f'<meta name="description" content="{attr(desc)}">', f'<meta property="og:title" content="{attr(title)}">',
               f'<meta property="og:description" content="{attr(desc)}">', f'<meta property="og:type" content="{og_type}">',
               f'<meta property="og:url" content="{{{{base}}}}{canonical}">', f'<meta property="og:site_name" content="{attr(SHORT)}">',
               '<meta name="twitter:card" content="summary_large_image">']
        if image:
            out.append(f'<meta property="og:image" content="{{{{base}}}}{image}">')
        out.append(extra)
        out.append(f'<link rel="canonical" href="{{{{base}}}}{canonical}">')
        return "\n".join(x for x in out if x)

    for a in arts:
        v = vattr("post")
        kind = a.opts["kind"]
        section, section_url = ("Thông báo", "/thong-bao") if kind == "thong_bao" else ("Tin tức", "/tin-tuc")
        meta = [f'<time datetime="{zms(a.date)}" {v}>{vn_stamp(a.date)}</time>']
        if kind == "thong_bao":
            meta += [f'<span {v}>Số hiệu: {esc(a.opts["so_hieu"])}</span>', f'<span {v}>Ngày ban hành: {a.opts["ngay_ban_hanh"]:%d/%m/%Y}</span>']
        meta += [f'<span {v}>Người đăng: {esc(who(a))}</span>', f'<span {v}>{a.opts["views"]:,} lượt xem</span>'.replace(",", ".")]
        dot = f'<span class="post__dot" {v}> · </span>'
        badge = (f'<a href="/tin-tuc" class="post__category" {v}>{esc(CATS[a.opts["cat"]])}</a>' if kind == "tin_tuc" else
                 f'<span class="post__category post__category--notice" {v}>Thông báo</span>')
        lead = f'<p class="post__summary" {v}>{esc(a.lead)}</p>' if a.lead else "<!---->"
        files = "<!---->"
        if a.attachments:
            files = (f'<!--[--><div class="post__files" {v}><h2 class="post__files-title" {v}>Tệp đính kèm</h2><ul {v}><!--[-->'
                     + "".join(f'<li {v}><a href="{x["path"]}" target="_blank" rel="noopener" {v}>{esc(x["text"])}</a> <span {v}>(248 KB)</span></li>'
                               for x in a.attachments) + "<!--]--></ul></div><!--]-->")
            site.routes.append({"path": a.attachments[0]["path"].split("?")[0], "file": f"assets/{uuid_for(a.opts['file'])}",
                                "content_type": "application/pdf"})
            site.binary(f"/assets/{uuid_for(a.opts['file'])}", pdf(a.title, ["THONG BAO SO 07/TB-LMHTX", "Quy ho tro phat trien HTX tinh Kon Tum"]))
        related = [o for o in (news if kind == "tin_tuc" else notices + news) if o is not a and o is not oldest][:3]
        rel = (f'<section class="related" {v}><h2 class="related__title" {v}>Tin liên quan</h2><div class="related__grid" {v}><!--[-->'
               + "".join(card(o) for o in related) + "<!--]--></div></section>")
        share = (f'<div class="post__share" {v}><span {v}>Chia sẻ:</span><a href="{{{{base:offsite}}}}/facebook/sharer.php" target="_blank" rel="noopener" {v}>Facebook</a>'
                 f'<a href="{{{{base:offsite}}}}/zalo/share" target="_blank" rel="noopener" {v}>Zalo</a><button type="button" {v}>Sao chép liên kết</button></div>')
        main = (f'<article class="post" {v}><nav class="breadcrumb" aria-label="breadcrumb" {v}><a href="/" {v}>Trang chủ</a><span {v}>/</span>'
                f'<a href="{section_url}" class="router-link-active" {v}>{section}</a></nav>{badge}'
                f'<h1 class="post__title" {v}>{esc(a.title)}</h1><div class="post__meta" {v}>{dot.join(meta)}</div>'
                f'{lead}<div class="post__content" {v}>{render(a)}</div>{files}{share}{rel}</article>')
        desc = a.lead or max((inline_text(b.text) for b in a.blocks[:8] if b.kind == "p"), key=len)
        cover = f"/assets/{uuid_for(a.opts['cover'])}?width=1200&amp;height=630&amp;fit=cover"
        head = seo(title=a.title, desc=desc, canonical=a.path, og_type="article", image=cover,
                   extra=f'<meta property="article:published_time" content="{zms(a.date)}">\n'
                         f'<meta property="article:modified_time" content="{zms(a.date + timedelta(hours=2, minutes=11))}">')
        key = f"{kind}-{a.opts['slug']}"
        payload = {key: [directus(a)], f"lien-quan-{a.opts['slug']}": [directus(o, full=False) for o in related]}
        html = layout(title=f"{a.title} | {SHORT}", head=head, main=main, route=a.path, payload=payload, chunk="_slug_")
        site.page(a.path, html, content_type=HTML)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/assets/{uuid_for(b.src)}", image_for(b.src))
        site.binary(f"/assets/{uuid_for(a.opts['cover'])}", image_for(a.opts["cover"]))
        if a.opts.get("slash"):
            site.page(a.path + "/", html, content_type=HTML)
            a.aliases.append(a.path + "/")
        site.add_article(a)

    t5 = next(a for a in arts if a.opts.get("dnn"))
    dnn = f"/Tin-t%E1%BB%A9c/Ho%E1%BA%A1t-%C4%91%E1%BB%99ng-Li%C3%AAn-minh/ItemID/{t5.opts['dnn']}/View/Details.aspx"
    site.redirect(dnn, t5.path)
    t5.aliases.append(dnn)
    site.trap("every page is Nuxt SSR: data-v-* scoped attributes, <!--[--> fragments, the Directus items again in "
              "<script id=__NUXT_DATA__> (devalue); a post's 'Tin liên quan' cards and the sidebar's 'Thông báo mới' / "
              "'Xem nhiều' lists repeat other titles and dates", news[0].path)

    # lists
    def pager(base: str, n: int, total: int) -> str:
        v = vattr("pager")
        url = lambda k: base if k == 1 else f"{base}?page={k}"  # noqa: E731
        items = "".join(f'<a href="{url(k)}" class="pagination__item{" is-active router-link-active router-link-exact-active" if k == n else ""}"'
                        f'{" aria-current=" + chr(34) + "page" + chr(34) if k == n else ""} {v}>{k}</a>' for k in range(1, total + 1))
        prev = f'<a href="{url(n - 1)}" class="pagination__prev" {v}>‹ Trang trước</a>' if n > 1 else "<!---->"
        nxt = f'<a href="{url(n + 1)}" class="pagination__next" {v}>Trang sau ›</a>' if n < total else "<!---->"
        return f'<nav class="pagination" aria-label="Phân trang" {v}>{prev}<!--[-->{items}<!--]-->{nxt}</nav>'

    def list_pages(base: str, title: str, items: list, per: int) -> None:
        chunks = [items[i:i + per] for i in range(0, len(items), per)]
        for n, chunk in enumerate(chunks, 1):
            v = vattr("page")
            path = base if n == 1 else f"{base}?page={n}"
            main = (f'<section class="listing" {v}><h1 class="listing__title" {v}>{title}</h1><div class="listing__grid" {v}><!--[-->'
                    + "".join(card(a) for a in chunk) + "<!--]--></div>" + (pager(base, n, len(chunks)) if len(chunks) > 1 else "<!---->") + "</section>")
            payload = {f"{base.strip('/')}-{n}": {"data": [directus(a, full=False) for a in chunk], "meta": {"filter_count": len(items)}}}
            site.page(path, layout(title=f"{title}{'' if n == 1 else f' - Trang {n}'} | {SHORT}",
                                   head=seo(title=title, desc=f"{title} của {NAME}", canonical=path),
                                   main=main, route=base, payload=payload, chunk="index"), content_type=HTML)
            site.non_articles.append(path)

    list_pages("/tin-tuc", "Tin tức", news, 5)
    list_pages("/thong-bao", "Thông báo", notices, 10)
    site.trap("/tin-tuc (5 cards a page, '‹ Trang trước 1 2 Trang sau ›') and its page 2 /tin-tuc?page=2, the only list "
              "holding the oldest news; /thong-bao (the notices): the same card component as 'Tin liên quan'",
              "/tin-tuc?page=2")

    # home page
    v = vattr("page")
    slash = next(a for a in news if a.opts.get("slash"))
    focus = [news[0], news[1], slash, news[3]]
    hero = (f'<section class="hero" {v}><a href="{focus[0].path}" class="hero__main" {v}><img src="{img_url(focus[0].opts["cover"], "width=960&amp;height=540&amp;fit=cover")}" alt="" {v}>'
            f'<h2 class="hero__title" {v}>{esc(focus[0].title)}</h2><p class="hero__summary" {v}>{esc(focus[0].lead or "")}</p></a>'
            f'<div class="hero__side" {v}><h2 class="section-title" {v}>Tiêu điểm</h2><ul {v}><!--[-->'
            + "".join(f'<li {v}><a href="{x.path + "/" if x is slash else x.path}" {v}>{esc(x.title)}</a></li>' for x in focus[1:])
            + "<!--]--></ul></div></section>")
    latest = (f'<section class="home-block" {v}><h2 class="section-title" {v}><a href="/tin-tuc" {v}>Tin tức</a></h2><div class="listing__grid" {v}><!--[-->'
              + "".join(card(a) for a in news[:4]) + "<!--]--></div></section>"
              f'<section class="home-block" {v}><h2 class="section-title" {v}><a href="/thong-bao" {v}>Thông báo</a></h2><ul class="notice-list" {v}><!--[-->'
              + "".join(f'<li {v}><a href="{a.path}" {v}>{esc(a.title)}</a> <time datetime="{zms(a.date)}" {v}>{a.date:%d/%m/%Y}</time></li>' for a in notices)
              + "<!--]--></ul></section>")
    site.page("/", layout(title=f"Trang chủ | {SHORT}", head=seo(title=SHORT, desc=f"Trang thông tin điện tử {NAME}", canonical="/"),
                          main=f"<div {v}>{hero}{latest}</div>", route="/", payload={"home": {"tin_tuc": [directus(a, full=False) for a in news[:4]]}},
                          chunk="index"))
    site.non_articles.append("/")

    def static_page(path: str, title: str, html: str) -> None:
        p = vattr("page")
        main = f'<article class="page" {p}><h1 class="page__title" {p}>{esc(title)}</h1><div class="page__content" {p}>{html}</div></article>'
        site.page(path, layout(title=f"{title} | {SHORT}", head=seo(title=title, desc=title, canonical=path), main=main, route=path,
                               payload={f"trang-{path.strip('/')}": {"tieu_de": title, "noi_dung": html}}, chunk="_slug_"), content_type=HTML)
        site.non_articles.append(path)

    static_page("/gioi-thieu", "Giới thiệu", f"<p>{esc(NAME)} là tổ chức chính trị - xã hội và kinh tế, đại diện và bảo vệ quyền, lợi "
                "ích hợp pháp của các HTX, liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh.</p><p>Từ tháng 01/2025, trang thông tin "
                "điện tử được xây dựng lại; các bài viết cũ vẫn truy cập được theo địa chỉ trước đây, ví dụ: "
                f'<a href="{dnn}">{esc(t5.title)}</a>.</p>')
    static_page("/lien-he", "Liên hệ", "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:3])
                + '<form class="contact-form"><input type="text" name="ho_ten" placeholder="Họ và tên"><textarea name="noi_dung"></textarea>'
                  '<button type="submit">Gửi liên hệ</button></form>')
    site.trap("home page (hero, 'Tiêu điểm' linking a post with a trailing slash, news cards, notices) and the Directus "
              "pages /gioi-thieu (links a migrated post by its old DotNetNuke address, 301) and /lien-he: not articles",
              "/gioi-thieu")
    site.page("/tim-kiem", layout(title=f"Tìm kiếm | {SHORT}", head=seo(title="Tìm kiếm", desc="Tìm kiếm", canonical="/tim-kiem"),
                                  main=f'<section class="listing" {v}><h1 class="listing__title" {v}>Tìm kiếm</h1><form action="/tim-kiem" {v}>'
                                       f'<input type="search" name="q" {v}><button type="submit" {v}>Tìm</button></form></section>',
                                  route="/tim-kiem", payload={"tim-kiem": {"data": []}}, chunk="index"), content_type=HTML)
    site.never_fetched.append("/tim-kiem")
    site.static("/robots.txt", "# START nuxt-robots (indexable)\nUser-agent: *\nDisallow: /tim-kiem\n\nSitemap: {{base}}/sitemap.xml\n# END nuxt-robots\n")
    site.trap("robots.txt (@nuxtjs/robots) disallows /tim-kiem, which the menu of every page links: never fetch", "/tim-kiem")
    urls = ["/", "/gioi-thieu", "/lien-he", "/tin-tuc", "/thong-bao"]
    body = "".join(f"\n    <url>\n        <loc>{{{{base}}}}{u}</loc>\n    </url>" for u in urls)
    body += "".join(f"\n    <url>\n        <loc>{{{{base}}}}{a.path}</loc>\n        <lastmod>{zms(a.date + timedelta(hours=2, minutes=11))}</lastmod>\n    </url>"
                    for a in arts)
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="/__sitemap__/style.xsl"?>\n'
              '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
              f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}\n</urlset>', content_type="application/xml; charset=utf-8")
    site.page("/__sitemap__/style.xsl", '<?xml version="1.0" encoding="UTF-8"?><xsl:stylesheet version="2.0" '
              'xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>', content_type="text/xsl; charset=utf-8")
    site.trap("/sitemap.xml (@nuxtjs/sitemap, with its XSL): every post, lastmod = Directus date_updated in UTC "
              "(not the publication time)", "/sitemap.xml")
    site.binary("/favicon.png", image_for("favicon-kontum"))
    fill_assets(site, ("/_nuxt/", "/assets/", "/favicon"))
    return site


def fill_assets(site: SiteBuild, prefixes: tuple[str, ...]) -> None:
    """Files the pages' <link>, <img> and <script> point at (icons, preloads, theme assets): small stand-ins."""
    for path, page in list(site.html_pages.items()):
        for link in page_links(page, path):
            bare = link.split("?")[0]
            if bare.startswith(prefixes) and not site._exists(link):
                site.binary(bare, image_for(bare) if bare.endswith((".png", ".ico", ".jpg", ".svg")) else b"/* asset */\n")
