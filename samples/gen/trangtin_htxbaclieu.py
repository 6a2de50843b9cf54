"""Site `trangtin-htxbaclieu` (registry family `generic`): "Trang tin Liên minh HTX tỉnh Bạc Liêu", the news site the
Bạc Liêu cooperative alliance ran in the first half of 2025 (the province joined Cà Mau on 1 July 2025), a **Nuxt 3**
app server-rendered from **Storyblok** through `@storyblok/nuxt` (the structure of Storyblok's "Nuxt 3 blog" tutorial:
a catch-all `[...slug].vue`, the `page` / `teaser` / `grid` / `feature` / `all-articles` / `article` components with
their Tailwind classes, `renderRichText` for rich text), plus `@nuxtjs/sitemap`, `@nuxtjs/robots` and a Nitro route
for RSS. Written as a held-out test: no family module, no selectors.

URL shapes: stories `/tin-tuc/<slug>` (the story's full_slug; Vue's router also answers `/tin-tuc/<slug>/`, the same
page with a canonical without the slash), the folder's start page `/tin-tuc` and its pages `/tin-tuc/trang/2` (a
Nuxt page in the stories' own URL shape), tag lists `/chu-de/<tag>` (Storyblok's free-text tags, encodeURIComponent:
`/chu-de/Chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91`), author stories `/tac-gia/<slug>`, pages `/gioi-thieu`,
`/lien-he`, the search page `/tim-kiem` (robots-disallowed); images on Storyblok's image service
(`a.storyblok.com/f/<space>/<W>x<H>/<hash>/<file>/m/1200x0/filters:quality(80)`, off-site), files through a Nitro
proxy rule `/tai-lieu/**` -> `a.storyblok.com/f/<space>/**`; `/rss.xml`, `/sitemap.xml` (+ its XSL), `/robots.txt`.

Why it is hard: Vue's SSR markup (data-v-* scoped attributes, `<!--[-->` fragments), the whole Storyblok story again
in `<script id="__NUXT_DATA__">` (devalue). The article component prints the cover image, `h1`, the subtitle field as
an `h2` (the sapo), then "Người viết" (an `author` story: the office "Ban Biên tập" or a reporter) and
`<time datetime="2025-03-04T23:10:00.000Z">06:10 Thứ Tư, 05/03/2025</time>` (Intl vi-VN with timeZone
Asia/Ho_Chi_Minh; the attribute, `article:published_time`, the story JSON and the feed are UTC, so the 06:10 post is the
previous day there). The body is a blocks field: `rich_text` (storyblok-js-client's RichTextResolver: `<p>`, `<b>`,
`<h2>`, `<ul><li><p>`), `image_caption` (`figure` + `figcaption`), `data_table` (Storyblok's table field) and
`file_list` ("Tài liệu đính kèm"); the byline is a bold last paragraph. A "Tin mới" card grid follows every article.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_text, iso, page_links, pdf
from .richbody import RichArticle, RichBlock

SITE = "trangtin-htxbaclieu"
NAME = "Trang tin Liên minh Hợp tác xã tỉnh Bạc Liêu"
SHORT = "Liên minh HTX Bạc Liêu"
HTML = "text/html; charset=utf-8"
SPACE = 318542
SB = "{{base:offsite}}/a.storyblok.com/f/%d" % SPACE
FOOTER = ["Liên minh Hợp tác xã tỉnh Bạc Liêu", "Địa chỉ: Số 6 đường Hai Bà Trưng, phường 3, thành phố Bạc Liêu",
          "Điện thoại: 0291 3822 379 - Email: lmhtx@baclieu.gov.vn",
          "Chịu trách nhiệm nội dung: Chánh Văn phòng Liên minh HTX tỉnh",
          "© 2025 Liên minh HTX tỉnh Bạc Liêu. Xây dựng trên nền tảng Nuxt và Storyblok."]
LABELS = ["Người viết:", "Chủ đề:", "Tin mới", "Chia sẻ:", "Sao chép liên kết", "Tài liệu đính kèm", "Tìm kiếm",
          "Xem tất cả"]
NAV = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/tin-tuc", "Tin tức"), ("/lien-he", "Liên hệ")]
FURN = [*FOOTER, *LABELS]
AUTHORS = {"ban-bien-tap": ("Ban Biên tập", "Bộ phận biên tập tin bài của Văn phòng Liên minh HTX tỉnh."),
           "nguyen-thi-diem": ("Nguyễn Thị Diễm", "Phóng viên, Văn phòng Liên minh HTX tỉnh.")}
PER_PAGE = 5
V = {"layout": "data-v-2b7f41c8", "header": "data-v-5e0a93d1", "article": "data-v-8d3c6f20", "card": "data-v-41e9b7a3",
     "rich": "data-v-0c5d8e19", "fig": "data-v-77a2c4f0", "table": "data-v-1f8b3e62", "files": "data-v-6a4d0b95",
     "foot": "data-v-c3e17a58", "list": "data-v-93b6d2e4", "page": "data-v-e05f9c31"}


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])

    return [
        A(path="thong-bao-so-07-tb-lmhtx-mo-lop-boi-duong-ke-toan-htx-nam-2025",
          title="Thông báo số 07/TB-LMHTX về việc mở lớp bồi dưỡng kế toán HTX năm 2025",
          lead="Liên minh HTX tỉnh mở lớp bồi dưỡng nghiệp vụ kế toán cho cán bộ HTX từ ngày 23/6/2025.",
          body="""
**LIÊN MINH HTX TỈNH BẠC LIÊU**
Số: 07/TB-LMHTX
Bạc Liêu, ngày 09 tháng 6 năm 2025
**THÔNG BÁO**
**Về việc mở lớp bồi dưỡng kế toán HTX năm 2025**
Thực hiện kế hoạch đào tạo năm 2025, Liên minh HTX tỉnh thông báo mở lớp bồi dưỡng nghiệp vụ kế toán cho cán bộ HTX như sau:
* Thời gian: 05 ngày, từ ngày 23/6/2025 đến ngày 27/6/2025.
* Địa điểm: Hội trường Liên minh HTX tỉnh, số 6 đường Hai Bà Trưng, phường 3, thành phố Bạc Liêu.
* Đối tượng: kế toán, giám đốc HTX chưa qua đào tạo nghiệp vụ kế toán.
Học viên được miễn học phí và hỗ trợ tài liệu. Các HTX đăng ký danh sách học viên trước ngày 18/6/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lâm Văn Thạnh
""", author=None, doc_number="07/TB-LMHTX",
          opts={"author": "ban-bien-tap", "tags": ["Đào tạo"], "file": ("TB-07-LMHTX-boi-duong-ke-toan-2025.pdf", 214)},
          notes=["notice 'Số: 07/TB-LMHTX' with the document's own date 'Bạc Liêu, ngày 09 tháng 6 năm 2025', published "
                 "11/06/2025 15:20; the signer 'Lâm Văn Thạnh' closes the text (not an author); 'Người viết: Ban Biên "
                 "tập' is the office: author null; the file_list block after the text links the PDF through the "
                 "/tai-lieu/ proxy: an attachment"],
          **at(datetime(2025, 6, 11, 15, 20))),
        A(path="anh-mua-thu-hoach-lua-tren-dat-nuoi-tom-o-phuoc-long",
          title="Ảnh: Mùa thu hoạch lúa trên đất nuôi tôm ở Phước Long",
          lead="Cuối tháng 5, các HTX lúa - tôm ở huyện Phước Long thu hoạch vụ lúa trên đất nuôi tôm.",
          body="""
[img thu-hoach-lua-tom-1.jpg] Thành viên HTX Nông nghiệp Phước Long thu hoạch lúa một bụi đỏ trên ruộng tôm
[img thu-hoach-lua-tom-2.jpg] Lúa được phơi trên sân của HTX trước khi nhập kho
[img thu-hoach-lua-tom-3.jpg] Sau vụ lúa, thành viên HTX cải tạo ruộng để chuẩn bị thả tôm càng xanh
Năm nay, diện tích lúa - tôm của các HTX trong huyện đạt trên 2.300 ha.
""", byline="Bài và ảnh: Trần Minh Khoa", author="Trần Minh Khoa",
          opts={"author": "ban-bien-tap", "tags": ["Lúa - tôm"]},
          notes=["photo story: three image_caption blocks (figure + figcaption, one line each); 'Bài và ảnh: Trần Minh "
                 "Khoa' (a bold paragraph) -> author, although 'Người viết' is 'Ban Biên tập'"],
          **at(datetime(2025, 5, 27, 9, 30))),
        A(path="kinh-te-tap-the-tinh-bac-lieu-4-thang-dau-nam-2025",
          title="Kinh tế tập thể tỉnh Bạc Liêu 4 tháng đầu năm 2025",
          lead="Trong 4 tháng đầu năm 2025, toàn tỉnh thành lập mới 12 HTX, nâng tổng số HTX đang hoạt động lên 338 HTX.",
          body="""
Kết quả phát triển kinh tế tập thể 4 tháng đầu năm được tổng hợp như sau:
| STT | Chỉ tiêu | Đơn vị | Kết quả |
| 1 | HTX thành lập mới | HTX | 12 |
| 2 | HTX đang hoạt động | HTX | 338 |
| 3 | Thành viên HTX | người | 14.260 |
| 4 | Tổ hợp tác | tổ | 1.125 |
Nhiều HTX đã liên kết tiêu thụ ổn định, như [[HTX Nông nghiệp Hưng Thành ký hợp đồng tiêu thụ 500 tấn lúa ST25|{{base}}/tin-tuc/htx-nong-nghiep-hung-thanh-ky-hop-dong-tieu-thu-500-tan-lua-st25/]] hồi tháng 3.
""", byline="Theo Báo Bạc Liêu", author=None,
          opts={"author": "ban-bien-tap", "tags": ["Số liệu"]},
          notes=["data_table block (Storyblok's table field: thead th, tbody td): one line per row; 'Theo Báo Bạc Liêu' "
                 "names a newspaper: text, author null; its last paragraph links the 06:10 post with a trailing "
                 "slash (a URL link pasted from the browser), which Nuxt answers with the same page: an alias"],
          **at(datetime(2025, 5, 14, 10, 0))),
        A(path="nam-giai-phap-nang-cao-hieu-qua-htx-nuoi-tom-sieu-tham-canh",
          title="Năm giải pháp nâng cao hiệu quả HTX nuôi tôm siêu thâm canh",
          lead="Để giảm rủi ro dịch bệnh và chi phí, các HTX nuôi tôm siêu thâm canh cần áp dụng đồng bộ năm giải pháp.",
          body="""
## Các giải pháp
+ Quy hoạch vùng nuôi tập trung, có ao lắng và ao xử lý nước thải riêng.
+ Sử dụng con giống sạch bệnh từ các cơ sở uy tín.
+ Áp dụng quy trình nuôi hai giai đoạn, kiểm soát mật độ thả.
+ Cùng mua chung thức ăn, vật tư để giảm giá thành.
+ Liên kết với doanh nghiệp chế biến để ổn định đầu ra.
Trung tâm Khuyến nông tỉnh sẽ tổ chức các lớp chuyển giao kỹ thuật tại HTX trong quý III.
""", byline="Lê Hoàng Phúc - Trung tâm Khuyến nông", author="Lê Hoàng Phúc",
          opts={"author": "ban-bien-tap", "tags": ["Nuôi tôm"]},
          notes=["an <h2> and an ordered list from the rich text (<ol><li><p>, one line per item); byline 'Lê Hoàng "
                 "Phúc - Trung tâm Khuyến nông' -> author Lê Hoàng Phúc"],
          **at(datetime(2025, 4, 22, 14, 45))),
        A(path="htx-nong-nghiep-hung-thanh-ky-hop-dong-tieu-thu-500-tan-lua-st25",
          title="HTX Nông nghiệp Hưng Thành ký hợp đồng tiêu thụ 500 tấn lúa ST25",
          lead="Ngày 4/3, HTX Nông nghiệp Hưng Thành (huyện Vĩnh Lợi) ký hợp đồng cung ứng 500 tấn lúa ST25 cho một doanh nghiệp xuất khẩu gạo.",
          body="""
Theo hợp đồng, doanh nghiệp bao tiêu toàn bộ sản lượng lúa ST25 của 46 hộ thành viên với giá cao hơn giá thị trường 300 đồng/kg.
HTX chịu trách nhiệm hướng dẫn thành viên sản xuất theo quy trình giảm phát thải, ghi chép nhật ký đồng ruộng.
Đây là năm thứ hai HTX liên kết với doanh nghiệp theo hình thức này.
""", byline="Thanh Tâm", author="Thanh Tâm",
          opts={"author": "ban-bien-tap", "tags": ["Liên kết"], "slash": True},
          notes=["published 06:10 on 05/03/2025: the page shows '06:10 Thứ Tư, 05/03/2025' while <time datetime>, "
                 "article:published_time, the story's first_published_at and /rss.xml ('Tue, 04 Mar 2025 23:10:00 "
                 "GMT') are UTC, the previous day; the bare name 'Thanh Tâm' closes the text -> author"],
          **at(datetime(2025, 3, 5, 6, 10))),
        A(path="lien-minh-htx-tinh-tap-huan-chuyen-doi-so-cho-60-htx",
          title="Liên minh HTX tỉnh tập huấn chuyển đổi số cho 60 HTX",
          lead="Trong hai ngày 17 và 18/2, Liên minh HTX tỉnh tổ chức lớp tập huấn chuyển đổi số cho cán bộ quản lý của 60 HTX.",
          body="""
Học viên được hướng dẫn sử dụng hóa đơn điện tử, phần mềm kế toán và cách mở gian hàng trên sàn thương mại điện tử.
Sau tập huấn, Liên minh HTX tỉnh hỗ trợ mỗi HTX tham gia một bộ tem truy xuất nguồn gốc sản phẩm.
""", author=None,
          opts={"author": "ban-bien-tap", "tags": ["Chuyển đổi số"]},
          notes=["no byline and 'Người viết: Ban Biên tập' (the office): author null; on /tin-tuc/trang/2 and its tag page"],
          **at(datetime(2025, 2, 18, 8, 30))),
        A(path="lien-minh-htx-tinh-bac-lieu-tong-ket-cong-tac-nam-2024",
          title="Liên minh HTX tỉnh Bạc Liêu tổng kết công tác năm 2024",
          lead="Chiều 20/1, Liên minh HTX tỉnh Bạc Liêu tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.",
          body="""
## Kết quả năm 2024
Năm 2024, toàn tỉnh thành lập mới 31 HTX; doanh thu bình quân của HTX đạt 2,1 tỷ đồng, tăng 8% so với năm 2023.
Quỹ hỗ trợ phát triển HTX tỉnh giải ngân 6,5 tỷ đồng cho 15 dự án.
## Nhiệm vụ năm 2025
Liên minh HTX tỉnh tập trung hỗ trợ HTX xây dựng vùng nguyên liệu, phát triển sản phẩm OCOP và chuyển đổi số.
""", author="Nguyễn Thị Diễm",
          opts={"author": "nguyen-thi-diem", "tags": ["Hội nghị"]},
          notes=["no byline in the text; 'Người viết: Nguyễn Thị Diễm' links the author story of a reporter -> author; "
                 "two <h2> headings in the rich text"],
          **at(datetime(2025, 1, 21, 16, 0))),
        A(path="htx-muoi-dong-hai-ra-mat-san-pham-muoi-ham",
          title="HTX Muối Đông Hải ra mắt sản phẩm muối hầm",
          lead="HTX Muối Đông Hải vừa ra mắt sản phẩm muối hầm đóng hũ, hướng tới đạt chứng nhận OCOP 3 sao.",
          body="""
Muối hầm được làm từ muối hạt của thành viên HTX, nung trong ống tre theo cách làm truyền thống của diêm dân Đông Hải.
HTX dự kiến sản xuất 20 tấn muối hầm trong năm 2025, tiêu thụ qua các cửa hàng đặc sản và sàn thương mại điện tử.
""", byline="Quốc Tuấn", author="Quốc Tuấn",
          opts={"author": "ban-bien-tap", "tags": []},
          notes=["oldest story: only on /tin-tuc/trang/2 (and the sitemap, the feed): no tag, not in any 'Tin mới' "
                 "grid or the author page's five newest; 'Quốc Tuấn' closes the text -> author"],
          **at(datetime(2025, 1, 7, 9, 0))),
    ]


def h(name: str, n: int = 10) -> str:
    return hashlib.md5(name.encode()).hexdigest()[:n]


def sb_image(name: str, size: str = "1200x0") -> str:
    return f"{SB}/1600x1067/{h(name)}/{name}/m/{size}/filters:quality(80)"


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def zms(d: datetime) -> str:
    return utc(d).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def vn_stamp(d: datetime) -> str:
    """Intl.DateTimeFormat('vi-VN', {weekday: 'long', day, month, year: 2-digit/numeric, hour, minute})."""
    wd = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")[d.weekday()]
    return f"{d:%H:%M} {wd}, {d:%d/%m/%Y}"


_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def sb_inline(text: str) -> str:
    """storyblok-js-client's RichTextResolver marks: bold -> <b>, link -> <a href target>."""
    out = esc(text)
    out = _BOLD.sub(r"<b>\1</b>", out)
    return _LINK.sub(lambda m: f'<a href="{m.group(2)}" target="_self">{m.group(1)}</a>', out)


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
    site = SiteBuild(SITE, "bac-lieu", NAME + " (Nuxt + Storyblok)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for n, a in enumerate(sorted(arts, key=lambda a: a.date), 1):
        a.opts["slug"] = a.path
        a.opts["id"] = 612004000 + n * 7919
        a.opts["uuid"] = "%s-%s-%s-%s-%s" % (h(a.path, 8), h(a.path + "1", 4), h(a.path + "2", 4), h(a.path + "3", 4),
                                             h(a.path + "4", 12))
        a.path = "/tin-tuc/" + a.opts["slug"]
        imgs = [b.src for b in a.blocks if b.kind == "img"]
        a.opts["cover"] = imgs[0] if imgs else f"anh-bia-{a.opts['slug'][:30]}.jpg"
        a.opts["published_at"] = a.date + timedelta(hours=1, minutes=17) if n % 2 else a.date

    def tag_path(t: str) -> str:
        return "/chu-de/" + quote(t, safe="")

    # -- Storyblok JSON -----------------------------------------------------------------------
    def rich_doc(a: RichArticle, blocks) -> dict:
        content = []
        for b in blocks:
            if b.kind == "p":
                content.append({"type": "paragraph", "content": [{"text": inline_text(b.text), "type": "text"}]})
            elif b.kind == "h":
                content.append({"type": "heading", "attrs": {"level": 2}, "content": [{"text": b.text, "type": "text"}]})
            elif b.kind in ("ul", "ol"):
                content.append({"type": "bullet_list" if b.kind == "ul" else "ordered_list",
                                "content": [{"type": "list_item", "content": [{"type": "paragraph", "content": [
                                    {"text": i, "type": "text"}]}]} for i in b.items]})
        return {"type": "doc", "content": content}

    def body_bloks(a: RichArticle) -> list[tuple[str, object]]:
        """The article's `body` blocks field: runs of rich text, and the nestable blocks between them."""
        out: list[tuple[str, object]] = []
        run: list = []
        for b in a.blocks:
            if b.kind in ("img", "table"):
                if run:
                    out.append(("rich_text", run))
                    run = []
                out.append(("image_caption" if b.kind == "img" else "data_table", b))
            else:
                run.append(b)
        if a.byline:
            run.append(RichBlock("p", f"**{a.byline}**"))
        if run:
            out.append(("rich_text", run))
        if a.opts.get("file"):
            out.append(("file_list", a.opts["file"]))
        return out

    def blok_json(kind: str, x, a: RichArticle, k: int) -> dict:
        uid = f"{h(a.opts['slug'] + str(k), 8)}-{h(str(k) + a.opts['slug'], 4)}-4{h(kind, 3)}-8{h(kind + str(k), 3)}-{h(a.path + kind, 12)}"
        if kind == "rich_text":
            return {"_uid": uid, "text": rich_doc(a, x), "component": "rich_text"}
        if kind == "image_caption":
            return {"_uid": uid, "image": {"id": int(h(x.src, 6), 16), "alt": x.text, "name": "", "focus": "", "title": "",
                                           "filename": f"{SB}/1600x1067/{h(x.src)}/{x.src}", "copyright": "",
                                           "fieldtype": "asset", "is_external_url": False},
                    "caption": x.text, "component": "image_caption"}
        if kind == "data_table":
            head, *rows = x.rows
            return {"_uid": uid, "table": {"thead": [{"_uid": h(c + uid, 8), "value": c, "component": "_table_head"} for c in head],
                                           "tbody": [{"_uid": h(str(r) + uid, 8), "body": [{"_uid": h(c + str(j), 8), "value": c,
                                                                                            "component": "_table_col"} for j, c in enumerate(r)],
                                                      "component": "_table_row"} for r in rows], "fieldtype": "table"},
                    "component": "data_table"}
        name, _kb = x
        return {"_uid": uid, "files": [{"id": int(h(name, 6), 16), "filename": f"{SB}/x/{h(name)}/{name}", "fieldtype": "asset",
                                        "name": name, "title": ""}], "component": "file_list"}

    def story_json(a: RichArticle, full: bool = True) -> dict:
        content = {"_uid": h(a.opts["uuid"], 8), "title": a.title, "subtitle": a.lead,
                   "image": {"alt": a.title, "filename": f"{SB}/1600x1067/{h(a.opts['cover'])}/{a.opts['cover']}",
                             "fieldtype": "asset"},
                   "author": {"name": AUTHORS[a.opts["author"]][0], "full_slug": f"tac-gia/{a.opts['author']}"},
                   "component": "article"}
        if full:
            content["body"] = [blok_json(kind, x, a, k) for k, (kind, x) in enumerate(body_bloks(a))]
        return {"name": a.title, "created_at": zms(a.date - timedelta(hours=3, minutes=12)),
                "published_at": zms(a.opts["published_at"]), "id": a.opts["id"], "uuid": a.opts["uuid"],
                "content": content, "slug": a.opts["slug"], "full_slug": f"tin-tuc/{a.opts['slug']}",
                "sort_by_date": None, "position": 0, "tag_list": a.opts["tags"], "is_startpage": False,
                "parent_id": 612001337, "meta_data": None, "group_id": h(a.opts["uuid"] + "g", 8),
                "first_published_at": zms(a.date), "release_id": None, "lang": "default", "path": None,
                "alternates": [], "default_full_slug": None, "translated_slugs": None}

    # -- rendering ------------------------------------------------------------------------------
    def render_blok(kind: str, x, a: RichArticle) -> str:
        if kind == "rich_text":
            v = V["rich"]
            parts = []
            for b in x:
                if b.kind == "p":
                    parts.append(f"<p>{sb_inline(b.text)}</p>")
                elif b.kind == "h":
                    parts.append(f"<h2>{sb_inline(b.text)}</h2>")
                elif b.kind in ("ul", "ol"):
                    parts.append(f"<{b.kind}>" + "".join(f"<li><p>{sb_inline(i)}</p></li>" for i in b.items) + f"</{b.kind}>")
            return f'<div class="prose prose-lg max-w-none" {v}>{"".join(parts)}</div>'
        if kind == "image_caption":
            v = V["fig"]
            return (f'<figure class="my-8" {v}><img src="{sb_image(x.src)}" alt="{attr(x.text)}" class="w-full rounded" loading="lazy" {v}>'
                    f'<figcaption class="mt-2 text-center text-sm italic text-gray-500" {v}>{esc(x.text)}</figcaption></figure>')
        if kind == "data_table":
            v = V["table"]
            head, *rows = x.rows
            ths = " ".join(f'<th class="border px-3 py-2 bg-[#f7f6fd]" {v}>{esc(c)}</th>' for c in head)
            trs = "".join(f"<tr {v}><!--[-->" + " ".join(f'<td class="border px-3 py-2" {v}>{esc(c)}</td>' for c in r)
                          + "<!--]--></tr>" for r in rows)
            return (f'<div class="overflow-x-auto my-8" {v}><table class="min-w-full border-collapse border" {v}><thead {v}><tr {v}>'
                    f"<!--[-->{ths}<!--]--></tr></thead><tbody {v}><!--[-->{trs}<!--]--></tbody></table></div>")
        v = V["files"]
        name, kb = x
        return (f'<div class="mt-10 border-t pt-6" {v}><h3 class="text-xl font-bold mb-3" {v}>Tài liệu đính kèm</h3><ul {v}><!--[-->'
                f'<li {v}><a href="/tai-lieu/x/{h(name)}/{name}" target="_blank" rel="noopener" class="text-[#50b0ae] underline" {v}>'
                f'{esc(name)}</a> <span class="text-gray-500" {v}>({kb} KB)</span></li><!--]--></ul></div>')

    def card(a: RichArticle) -> str:
        v = V["card"]
        return (f'<a href="{a.path}" class="w-full h-full bg-[#f7f6fd] rounded-[5px] text-center overflow-hidden" {v}>'
                f'<img src="{sb_image(a.opts["cover"], "600x0")}" alt="{attr(a.title)}" class="w-full h-48 xl:h-72 object-cover pointer-events-none" {v}>'
                f'<div class="p-4" {v}><h2 class="text-2xl text-[#1d243d] font-bold mb-1.5" {v}>{esc(a.title)}</h2>'
                f'<p class="text-sm text-gray-500 mb-1.5" {v}>{a.date:%d/%m/%Y}</p>'
                f'<p class="line-clamp-4" {v}>{esc(a.lead)}</p></div></a>')

    def grid(items: list[RichArticle]) -> str:
        return ('<div class="grid w-full grid-cols-1 md:grid-cols-2 lg:grid-cols-3 gap-12 my-16" data-v-93b6d2e4><!--[-->'
                + "".join(card(a) for a in items) + "<!--]--></div>")

    def layout(*, title: str, head: str, main: str, route: str, payload: dict, chunk: str) -> str:
        hv, lay, fv = V["header"], V["layout"], V["foot"]
        top = "/" + route.strip("/").split("/")[0] if route != "/" else "/"
        links = "".join(
            f'<li {hv}><a href="{u}" class="{"router-link-active " if u == top else ""}{"router-link-exact-active " if u == route else ""}hover:text-[#50b0ae]" {hv}>{t}</a></li>'
            for u, t in NAV)
        foot = "".join(f'<p {fv}>{esc(x)}</p>' for x in FOOTER[1:4])
        return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/_nuxt/entry.C9qL2x4T.css" crossorigin>
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/BfR3k9Zq.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/{chunk}.Dm7wP0sL.js">
<link rel="preconnect" href="{{{{base:offsite}}}}/a.storyblok.com/">
<link rel="icon" type="image/x-icon" href="/favicon.ico">
<link rel="alternate" type="application/rss+xml" title="{attr(NAME)}" href="/rss.xml">
{head}
<script type="module" src="/_nuxt/BfR3k9Zq.js" crossorigin></script></head>
<body><div id="__nuxt"><!--[--><div {lay}><header class="w-full h-24 bg-[#f7f6fd]" {hv}><div class="container h-full mx-auto flex items-center justify-between" {hv}><a href="/" class="flex items-center gap-3" {hv}><img src="/logo-lmhtx-baclieu.png" alt="{attr(SHORT)}" width="56" height="56" {hv}><span class="font-bold text-lg text-[#1d243d]" {hv}>{esc(SHORT)}</span></a><nav {hv}><ul class="flex space-x-8 text-lg font-bold" {hv}>{links}<li {hv}><a href="/tim-kiem" class="hover:text-[#50b0ae]" {hv}>Tìm kiếm</a></li></ul></nav></div></header><main {lay}>{main}</main><footer class="bg-[#1d243d] text-white py-10 mt-16" {fv}><div class="container mx-auto text-sm space-y-1" {fv}><p class="font-bold text-base" {fv}>{esc(FOOTER[0])}</p>{foot}<p class="pt-4 text-gray-400" {fv}>{esc(FOOTER[4])}</p></div></footer></div><!--]--></div><div id="teleports"></div><script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">{devalue(payload, route)}</script>
<script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{storyblok:{{accessToken:"",usePlugin:true,bridge:false,apiOptions:{{region:"eu"}}}}}},app:{{baseURL:"/",buildId:"c7a1f2d4-9e3b-4a6c-8b25-0d1e7f3a5c92",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}</script></body>
</html>
"""

    def seo(*, title: str, desc: str, canonical: str, og_type: str = "website", image: str | None = None, extra: str = "") -> str:
        out = [f'<meta name="description" content="{attr(desc)}">', f'<meta property="og:title" content="{attr(title)}">',
               f'<meta property="og:description" content="{attr(desc)}">', f'<meta property="og:type" content="{og_type}">',
               f'<meta property="og:url" content="{{{{base}}}}{canonical}">', f'<meta property="og:site_name" content="{attr(SHORT)}">']
        if image:
            out.append(f'<meta property="og:image" content="{image}">')
        out.append(extra)
        out.append(f'<link rel="canonical" href="{{{{base}}}}{canonical}">')
        return "\n".join(x for x in out if x)

    # -- articles -------------------------------------------------------------------------------
    for a in arts:
        v = V["article"]
        who_slug = a.opts["author"]
        who = AUTHORS[who_slug][0]
        body = "".join(render_blok(kind, x, a) for kind, x in body_bloks(a))
        tags = ""
        if a.opts["tags"]:
            tags = (f'<div class="mt-8 text-sm" {v}><span {v}>Chủ đề:</span> <!--[-->'
                    + "".join(f'<a href="{tag_path(t)}" class="inline-block bg-[#f7f6fd] rounded px-2 py-1 mr-2" {v}>{esc(t)}</a>'
                              for t in a.opts["tags"]) + "<!--]--></div>")
        share = (f'<div class="mt-6 flex gap-4 text-sm" {v}><span {v}>Chia sẻ:</span><a href="{{{{base:offsite}}}}/facebook/sharer.php" target="_blank" rel="noopener" {v}>Facebook</a>'
                 f'<a href="{{{{base:offsite}}}}/zalo/share" target="_blank" rel="noopener" {v}>Zalo</a><button type="button" {v}>Sao chép liên kết</button></div>')
        latest = [o for o in arts if o is not a][:3]
        more = (f'<section class="container mx-auto" {v}><p class="text-3xl font-bold" {v}>Tin mới</p>{grid(latest)}'
                f'<a href="/tin-tuc" class="font-bold text-[#50b0ae]" {v}>Xem tất cả</a></section>')
        main = (f'<article {v}><img src="{sb_image(a.opts["cover"], "1600x0")}" alt="{attr(a.title)}" class="w-full h-[360px] lg:h-[450px] object-cover" {v}>'
                f'<div class="container mx-auto mb-12" {v}><h1 class="text-6xl text-[#50b0ae] font-bold mt-12 mb-4" {v}>{esc(a.title)}</h1>'
                f'<h2 class="text-2xl text-[#1d243d] font-bold mb-4" {v}>{esc(a.lead)}</h2>'
                f'<div class="flex flex-wrap gap-6 text-sm text-gray-500 mb-8" {v}><span {v}>Người viết: <a href="/tac-gia/{who_slug}" class="underline" {v}>{esc(who)}</a></span>'
                f'<time datetime="{zms(a.date)}" {v}>{vn_stamp(a.date)}</time></div>'
                f'<!--[-->{body}<!--]-->{tags}{share}</div></article>{more}')
        head = seo(title=a.title, desc=a.lead, canonical=a.path, og_type="article", image=sb_image(a.opts["cover"], "1200x630"),
                   extra=f'<meta property="article:published_time" content="{zms(a.date)}">\n'
                         f'<meta property="article:modified_time" content="{zms(a.opts["published_at"])}">')
        payload = {a.opts["slug"]: {"story": story_json(a), "cv": 1749632418, "rels": [], "links": []},
                   "tin-moi": [story_json(o, full=False) for o in latest]}
        html = layout(title=f"{a.title} | {SHORT}", head=head, main=main, route=a.path, payload=payload, chunk="_...slug_")
        site.page(a.path, html, content_type=HTML)
        if a.opts.get("slash"):
            site.page(a.path + "/", html, content_type=HTML)
            a.aliases.append(a.path + "/")
        if a.opts.get("file"):
            name, _kb = a.opts["file"]
            fpath = f"/tai-lieu/x/{h(name)}/{name}"
            site.binary(fpath, pdf(a.title, ["THONG BAO SO 07/TB-LMHTX", "Lop boi duong ke toan HTX nam 2025"]))
            a.attachments.append({"path": fpath, "text": name})
        site.add_article(a)
    site.trap("every page is Nuxt SSR of Storyblok stories: data-v-* attributes, <!--[--> fragments, the story JSON "
              "again in <script id=__NUXT_DATA__>; an article's cover image, h1, the subtitle h2 (sapo), 'Người viết' "
              "and the <time>, the body blocks, 'Chủ đề:' tags, the share bar, then a 'Tin mới' grid of three cards",
              arts[1].path)

    # -- lists ------------------------------------------------------------------------------------
    def pager(n: int, total: int) -> str:
        v = V["list"]
        url = lambda k: "/tin-tuc" if k == 1 else f"/tin-tuc/trang/{k}"  # noqa: E731
        items = "".join(f'<a href="{url(k)}" class="px-3 py-1 border rounded{" bg-[#50b0ae] text-white" if k == n else ""}"'
                        f'{" aria-current=" + chr(34) + "page" + chr(34) if k == n else ""} {v}>{k}</a>' for k in range(1, total + 1))
        prev = f'<a href="{url(n - 1)}" class="px-3 py-1" {v}>« Trang trước</a>' if n > 1 else "<!---->"
        nxt = f'<a href="{url(n + 1)}" class="px-3 py-1" {v}>Trang sau »</a>' if n < total else "<!---->"
        return f'<nav class="flex justify-center gap-2" aria-label="Phân trang" {v}>{prev}<!--[-->{items}<!--]-->{nxt}</nav>'

    chunks = [arts[i:i + PER_PAGE] for i in range(0, len(arts), PER_PAGE)]
    for n, chunk in enumerate(chunks, 1):
        path = "/tin-tuc" if n == 1 else f"/tin-tuc/trang/{n}"
        v = V["list"]
        main = (f'<div class="py-24" {v}><p class="text-3xl container mx-auto" {v}>Tin tức</p>'
                f'<div class="container mx-auto" {v}>{grid(chunk)}{pager(n, len(chunks))}</div></div>')
        payload = {f"tin-tuc-{n}": {"stories": [story_json(a, full=False) for a in chunk], "total": len(arts), "per_page": PER_PAGE}}
        site.page(path, layout(title=f"Tin tức{'' if n == 1 else f' - Trang {n}'} | {SHORT}",
                               head=seo(title="Tin tức", desc=f"Tin tức của {NAME}", canonical=path),
                               main=main, route=path, payload=payload, chunk="index" if n == 1 else "_page_"),
                  content_type=HTML)
        site.non_articles.append(path)
    site.trap("/tin-tuc (the folder's start page, all-articles: 5 cards) and /tin-tuc/trang/2 (a Nuxt page in the "
              "stories' own URL shape /tin-tuc/<x>/<y>): the only list holding the three oldest stories", "/tin-tuc/trang/2")

    tags: dict[str, list] = {}
    for a in arts:
        for t in a.opts["tags"]:
            tags.setdefault(t, []).append(a)
    for t, items in tags.items():
        path = tag_path(t)
        v = V["list"]
        main = (f'<div class="py-24" {v}><p class="text-3xl container mx-auto" {v}>Chủ đề: {esc(t)}</p>'
                f'<div class="container mx-auto" {v}>{grid(items)}</div></div>')
        site.page(path, layout(title=f"{t} | {SHORT}", head=seo(title=t, desc=f"Tin bài về {t}", canonical=path), main=main,
                               route=path, payload={f"chu-de-{t}": {"stories": [story_json(a, full=False) for a in items]}},
                               chunk="_tag_"), content_type=HTML)
        site.non_articles.append(path)
    site.trap("tag lists /chu-de/<tag> (Storyblok's free-text tags, encodeURIComponent with Vietnamese letters: "
              "/chu-de/Chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91): card grids, not articles",
              tag_path("Chuyển đổi số"))

    for slug, (name, bio) in AUTHORS.items():
        path = f"/tac-gia/{slug}"
        v = V["page"]
        items = [a for a in arts if a.opts["author"] == slug][:PER_PAGE]
        main = (f'<div class="container mx-auto py-16" {v}><h1 class="text-4xl font-bold mb-4" {v}>{esc(name)}</h1>'
                f'<p class="text-gray-600" {v}>{esc(bio)}</p>{grid(items)}</div>')
        site.page(path, layout(title=f"{name} | {SHORT}", head=seo(title=name, desc=bio, canonical=path), main=main, route=path,
                               payload={f"tac-gia/{slug}": {"story": {"name": name, "content": {"name": name, "bio": bio,
                                                                                                 "component": "author"}}}},
                               chunk="_...slug_"), content_type=HTML)
        site.non_articles.append(path)
    site.trap("author stories /tac-gia/ban-bien-tap (the office) and /tac-gia/nguyen-thi-diem (a reporter): h1 the name, "
              "a bio paragraph and the five newest stories as cards: not articles", "/tac-gia/nguyen-thi-diem")

    # -- home and pages -------------------------------------------------------------------------------------------
    v = V["page"]
    featured = [arts[0], arts[1], next(a for a in arts if a.opts.get("slash"))]
    features = [("Quỹ hỗ trợ phát triển HTX", "/gioi-thieu"), ("Liên kết tiêu thụ", tag_path("Liên kết")),
                ("Đào tạo, tập huấn", tag_path("Đào tạo"))]
    feat_html = "".join(f'<div class="w-full p-12 bg-[#f7f6fd] rounded-[5px] text-center" {v}><h3 class="text-2xl text-[#1d243d] font-bold" {v}>'
                        f'<a href="{u}" {v}>{esc(t)}</a></h3></div>' for t, u in features)
    home = (f'<div class="px-4" {v}><!--[--><div class="py-32 text-6xl text-[#50b0ae] font-bold text-center" {v}>{esc(NAME)}</div>'
            f'<div class="py-8" {v}><p class="text-3xl" {v}>Tin nổi bật</p>{grid(featured)}</div>'
            f'<div class="py-8" {v}><p class="text-3xl" {v}>Tin mới</p>{grid(arts[:4])}<a href="/tin-tuc" class="font-bold text-[#50b0ae]" {v}>Xem tất cả</a></div>'
            f'<ul class="grid grid-cols-1 md:grid-cols-3 gap-8 py-8" {v}><!--[-->{feat_html}<!--]--></ul><!--]--></div>')
    site.page("/", layout(title=SHORT, head=seo(title=SHORT, desc=f"Trang tin {NAME}", canonical="/"), main=home, route="/",
                          payload={"home": {"story": {"name": "Home", "full_slug": "home", "content": {"component": "page"}}}},
                          chunk="_...slug_"), content_type=HTML)
    site.non_articles.append("/")

    def static_page(path: str, title: str, html: str) -> None:
        main = (f'<div class="px-4" {v}><!--[--><div class="py-32 text-6xl text-[#50b0ae] font-bold text-center" {v}>{esc(title)}</div>'
                f'<div class="container mx-auto prose prose-lg" {v}>{html}</div><!--]--></div>')
        site.page(path, layout(title=f"{title} | {SHORT}", head=seo(title=title, desc=title, canonical=path), main=main, route=path,
                               payload={path.strip("/"): {"story": {"name": title, "full_slug": path.strip("/"),
                                                                      "content": {"component": "page"}}}}, chunk="_...slug_"),
                  content_type=HTML)
        site.non_articles.append(path)

    static_page("/gioi-thieu", "Giới thiệu",
                f"<p>{esc(NAME.replace('Trang tin ', ''))} là tổ chức kinh tế - xã hội đại diện, hỗ trợ các HTX, liên hiệp HTX và tổ hợp tác "
                "trên địa bàn tỉnh.</p><p>Liên minh HTX tỉnh tư vấn thành lập HTX, đào tạo cán bộ, quản lý Quỹ hỗ trợ phát triển HTX và "
                "xúc tiến thương mại cho sản phẩm của HTX.</p>")
    static_page("/lien-he", "Liên hệ", "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:3])
                + '<form class="contact-form" action="/api/lien-he" method="post"><input type="text" name="ho_ten" placeholder="Họ và tên">'
                  '<textarea name="noi_dung"></textarea><button type="submit">Gửi</button></form>')
    site.trap("home / (Storyblok 'page' story: a teaser headline, 'Tin nổi bật' and 'Tin mới' card grids, feature "
              "blocks) and the pages /gioi-thieu, /lien-he (teaser + prose): not articles", "/")
    site.page("/tim-kiem", layout(title=f"Tìm kiếm | {SHORT}", head=seo(title="Tìm kiếm", desc="Tìm kiếm", canonical="/tim-kiem"),
                                  main=f'<div class="container mx-auto py-16" {v}><h1 class="text-4xl font-bold" {v}>Tìm kiếm</h1>'
                                       f'<form action="/tim-kiem" {v}><input type="search" name="q" {v}><button type="submit" {v}>Tìm</button></form></div>',
                                  route="/tim-kiem", payload={"tim-kiem": {"stories": []}}, chunk="tim-kiem"), content_type=HTML)
    site.never_fetched.append("/tim-kiem")
    site.static("/robots.txt", "# START nuxt-robots (indexable)\nUser-agent: *\nDisallow: /tim-kiem\n\nSitemap: {{base}}/sitemap.xml\n# END nuxt-robots\n")
    site.trap("robots.txt (@nuxtjs/robots) disallows /tim-kiem, linked from every page's menu: never fetch", "/tim-kiem")

    # -- feed, sitemap ----------------------------------------------------------------------------------------------
    def gmt(d: datetime) -> str:
        return utc(d).strftime("%a, %d %b %Y %H:%M:%S GMT")

    items = "".join(
        f"\n        <item>\n            <title><![CDATA[{a.title}]]></title>\n            <link>{{{{base}}}}{a.path}</link>\n"
        f"            <guid isPermaLink=\"false\">{a.opts['uuid']}</guid>\n            <pubDate>{gmt(a.date)}</pubDate>\n"
        f"            <description><![CDATA[{a.lead}]]></description>\n"
        + "".join(f"            <category>{esc(t)}</category>\n" for t in a.opts["tags"])
        + "        </item>" for a in arts)
    site.page("/rss.xml", '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
              'xmlns:content="http://purl.org/rss/1.0/modules/content/">\n    <channel>\n'
              f"        <title>{NAME}</title>\n        <link>{{{{base}}}}</link>\n        <description>Tin tức của {NAME}</description>\n"
              f"        <lastBuildDate>{gmt(datetime(2025, 6, 12, 8, 0))}</lastBuildDate>\n        <docs>{{{{base:offsite}}}}/rss2-docs</docs>\n"
              "        <generator>https://github.com/jpmonette/feed</generator>\n        <language>vi</language>"
              f"{items}\n    </channel>\n</rss>", content_type="application/rss+xml; charset=utf-8")
    site.trap("/rss.xml (a Nitro route with the 'feed' package, head alternate): pubDate toUTCString(), so the 06:10 "
              "story of 05/03 says 'Tue, 04 Mar 2025 23:10:00 GMT'; guid = the story uuid", "/rss.xml")
    urls = ["/", "/gioi-thieu", "/lien-he", "/tin-tuc"]
    body = "".join(f"\n    <url>\n        <loc>{{{{base}}}}{u}</loc>\n    </url>" for u in urls)
    body += "".join(f"\n    <url>\n        <loc>{{{{base}}}}{a.path}</loc>\n        <lastmod>{zms(a.opts['published_at'])}</lastmod>\n    </url>"
                    for a in arts)
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="/__sitemap__/style.xsl"?>\n'
              '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
              f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}\n</urlset>', content_type="application/xml; charset=utf-8")
    site.page("/__sitemap__/style.xsl", '<?xml version="1.0" encoding="UTF-8"?><xsl:stylesheet version="2.0" '
              'xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>', content_type="text/xsl; charset=utf-8")
    site.trap("/sitemap.xml (@nuxtjs/sitemap, with its XSL): every story, lastmod = the story's published_at (its last "
              "publish, UTC), not the first publication", "/sitemap.xml")

    site.binary("/favicon.ico", image_for("favicon-baclieu"))
    site.binary("/logo-lmhtx-baclieu.png", image_for("logo-baclieu"))
    for path, page in list(site.html_pages.items()):
        for link in page_links(page, path):
            bare = link.split("?")[0]
            if bare.startswith("/_nuxt/") and not site._exists(bare):
                site.binary(bare, b"/* asset */\n")
    return site
