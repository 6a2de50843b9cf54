"""Site `bantin-htxbinhduong` (registry family `generic`): "Bản tin Liên minh HTX tỉnh Bình Dương", the news site of the
Bình Dương cooperative alliance until the province joined Hồ Chí Minh City (1 July 2025), a **Next.js 14** App Router
site built from Prismic's `nextjs-starter-prismic-blog` (Slice Machine; the starter's Layout / Header / Footer /
Bounded / Heading components, its `text` and `image` slices, the `PrismicRichText` serializer with its Tailwind
classes, the "Latest articles" block) and translated, with a few additions: a `category` relationship, an `author`
field, pagination, two custom slices (`bang_bieu`: a table pasted from Word into a Key Text field and inserted as raw
HTML; `tai_lieu`: a link to a media file), `generateMetadata` with Open Graph and a JSON-LD NewsArticle in the page
(the starter emits neither), `app/sitemap.ts`, `app/robots.ts`. The old Joomla portal's posts were imported on
6 January 2025. Written as a held-out test: no family module, no selectors.

URL shapes: articles `/bai-viet/<uid>` (Prismic UIDs), the list `/bai-viet` with `?page=2`, categories
`/chuyen-muc/<uid>` (`?page=2`), pages `/gioi-thieu`, `/lien-he` (the starter's `[uid]` route); images from Prismic's
imgix CDN `images.prismic.io/<repo>/<id>_<file>?auto=format,compress` through next/image's loader (off-site); files
through a `rewrites()` rule `/tai-lieu/:path*` -> `<repo>.cdn.prismic.io/<repo>/:path*`; `redirects()` answers old
Joomla addresses (`/index.php?option=com_content&view=article&id=215&catid=9`) with a 308 to the new article;
`/sitemap.xml`, `/robots.txt` (Disallow: /api/).

Why it is hard: App Router HTML (one line, React's `<!-- -->` between text nodes, a `<main>` inside the root layout's
`<main>`, the RSC payload in `self.__next_f.push` scripts repeating the texts); the starter's "Latest articles"
block under every article is a list of `<h1>`s (title links), so the page has several h1. The visible date is the
`publishDate` Date field ("12/03/2025", no time) followed by "· <author field>" (a person, or an office: no author);
`article:published_time` and JSON-LD `datePublished` are Prismic's `first_publication_date` in UTC with a `+0000`
offset (a 06:20 post is the previous day there), and for the two posts imported from Joomla it is the import,
6 January 2025, while the page shows the original date (the date a reader sees). Bylines are the text's last
paragraph (bold), or none.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_text, iso, page_links, pdf
from .richbody import RichArticle, RichBlock

SITE = "bantin-htxbinhduong"
NAME = "Bản tin Liên minh HTX tỉnh Bình Dương"
ORG = "Liên minh Hợp tác xã tỉnh Bình Dương"
REPO = "lmhtx-binhduong"
HTML = "text/html; charset=utf-8"
IMPORTED = datetime(2025, 1, 6, 9, 14, 52)  # Vietnam time of the Joomla import
CATS = {"tin-hoat-dong": "Tin hoạt động", "van-ban": "Văn bản - Thông báo", "mo-hinh-htx": "Mô hình HTX"}
NAV = [("/", "Trang chủ"), ("/bai-viet", "Bài viết"), ("/gioi-thieu", "Giới thiệu"), ("/lien-he", "Liên hệ")]
DESCRIPTION = "Tin tức, văn bản và mô hình kinh tế tập thể tỉnh Bình Dương"
NEWSLETTER = "Đăng ký nhận bản tin hằng tháng của Liên minh HTX tỉnh qua email."
DISCLAIMER = "Chúng tôi chỉ dùng email của bạn để gửi bản tin và không chia sẻ cho bên thứ ba."
ADDRESS = "Liên minh Hợp tác xã tỉnh Bình Dương - Số 1 đường Hùng Vương, phường Phú Lợi, thành phố Thủ Dầu Một"
PROUDLY = "Proudly published using Prismic"
FURN = [NEWSLETTER, DISCLAIMER, ADDRESS, PROUDLY, "Quay lại danh sách bài viết", "Bài viết mới nhất", "Địa chỉ email",
        "Đăng ký", "Tài liệu đính kèm:"]
PER_PAGE = 5
BUILD = "Xq3vP8rLmT2nWk5yZb7Jd"
WIDTHS = (640, 750, 828, 1080, 1200, 1920, 2048, 3840)


def pid(*parts: str, n: int = 16) -> str:
    """A Prismic-looking document / asset id (base64url-ish, starting with Z as 2024-25 ids do)."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    digest = hashlib.sha256("|".join(parts).encode()).digest()
    return "Z" + "".join(alphabet[b % 64] for b in digest)[: n - 1]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])

    def imported(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"])

    return [
        A(path="thong-bao-so-12-tb-lmhtx-dang-ky-tham-gia-hoi-cho-san-pham-htx-ocop-2025",
          title="Thông báo số 12/TB-LMHTX về việc đăng ký tham gia Hội chợ sản phẩm HTX, OCOP năm 2025",
          body="""
**LIÊN MINH HTX TỈNH BÌNH DƯƠNG**
Số: 12/TB-LMHTX
Bình Dương, ngày 16 tháng 5 năm 2025
**THÔNG BÁO**
**Về việc đăng ký tham gia Hội chợ sản phẩm HTX, OCOP năm 2025**
Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm HTX, OCOP năm 2025 từ ngày 12 đến 15/6/2025 tại Trung tâm Hội nghị và Triển lãm tỉnh.
* Quy mô: 120 gian hàng tiêu chuẩn.
* Đối tượng: HTX, liên hiệp HTX, tổ hợp tác có sản phẩm OCOP hoặc sản phẩm chủ lực.
* Liên minh HTX tỉnh hỗ trợ 100% chi phí gian hàng cho HTX tham gia lần đầu.
Hồ sơ đăng ký gửi về Văn phòng Liên minh HTX tỉnh trước ngày 30/5/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đặng Văn Lộc
""", author=None, doc_number="12/TB-LMHTX",
          opts={"cat": "van-ban", "who": "Văn phòng Liên minh HTX tỉnh", "file": "TB-12-LMHTX-hoi-cho-2025.pdf"},
          notes=["notice 'Số: 12/TB-LMHTX' dated 16/5 in its text ('Bình Dương, ngày 16 tháng 5 năm 2025'), published "
                 "20/05/2025 15:00; the signer 'Đặng Văn Lộc' is text; the author field 'Văn phòng Liên minh HTX tỉnh' "
                 "(an office; JSON-LD makes it a Person): author null; the `tai_lieu` slice links the PDF through the "
                 "/tai-lieu/ rewrite: an attachment"],
          **at(datetime(2025, 5, 20, 15, 0))),
        A(path="anh-mua-buoi-bach-dang-cua-htx-o-tan-uyen",
          title="Ảnh: Mùa bưởi Bạch Đằng của HTX ở Tân Uyên",
          body="""
Đầu tháng 5, các thành viên HTX Nông nghiệp Bạch Đằng (thành phố Tân Uyên) bước vào vụ thu hoạch bưởi chính.
[img buoi-bach-dang-1.jpg] Thành viên HTX thu hoạch bưởi da xanh trên cù lao Bạch Đằng
[img buoi-bach-dang-2.jpg] Bưởi được phân loại, dán tem truy xuất nguồn gốc tại nhà sơ chế của HTX
[img buoi-bach-dang-3.jpg] Du khách tham quan vườn bưởi của HTX kết hợp du lịch sinh thái
""", byline="Bài và ảnh: Nguyễn Hoàng Sơn", author="Nguyễn Hoàng Sơn",
          opts={"cat": "tin-hoat-dong", "who": "Ban Tuyên truyền"},
          notes=["photo story: three `image` slices (figure, next/image through the imgix loader, figcaption with the "
                 "caption rich text), one line each; 'Bài và ảnh: Nguyễn Hoàng Sơn' closes the text -> author, "
                 "while the author field is the office 'Ban Tuyên truyền'"],
          **at(datetime(2025, 5, 6, 9, 40))),
        A(path="kinh-te-tap-the-tinh-binh-duong-quy-i-nam-2025",
          title="Kinh tế tập thể tỉnh Bình Dương quý I năm 2025",
          body="""
Quý I năm 2025, khu vực kinh tế tập thể của tỉnh tiếp tục phát triển ổn định.
| Chỉ tiêu | Quý I/2024 | Quý I/2025 |
| Số HTX đang hoạt động | 236 | 251 |
| HTX thành lập mới | 5 | 9 |
| Số thành viên HTX | 10.480 | 10.925 |
| Doanh thu bình quân một HTX (triệu đồng) | 1.320 | 1.410 |
Các HTX dịch vụ nông nghiệp và vận tải có mức tăng doanh thu cao nhất.
""", byline="Theo Báo Bình Dương", author=None,
          opts={"cat": "tin-hoat-dong", "who": "Ban Tuyên truyền"},
          notes=["the table is a `bang_bieu` slice: Word HTML (td > p.MsoNormal) pasted into a Key Text field and "
                 "inserted with dangerouslySetInnerHTML: one line per row; 'Theo Báo Bình Dương' names a newspaper: "
                 "text, author null"],
          **at(datetime(2025, 4, 15, 14, 0))),
        A(path="nam-buoc-cham-soc-vuon-buoi-sau-thu-hoach",
          title="Năm bước chăm sóc vườn bưởi sau thu hoạch cho HTX",
          body="""
Sau thu hoạch, vườn bưởi cần được chăm sóc đúng cách để cây phục hồi và cho năng suất ổn định ở vụ sau.
## Các bước thực hiện
* Tỉa cành già, cành sâu bệnh, tạo tán thông thoáng.
* Bón phân hữu cơ hoai mục kết hợp phân NPK theo khuyến cáo.
* Tưới nước giữ ẩm, không để úng gốc trong mùa mưa.
* Phòng trừ sâu vẽ bùa, rệp sáp bằng chế phẩm sinh học.
* Ghi chép nhật ký chăm sóc để phục vụ truy xuất nguồn gốc.
""", byline="Trần Văn Lực - Trung tâm Khuyến nông", author="Trần Văn Lực",
          opts={"cat": "mo-hinh-htx", "who": "Ban Tuyên truyền"},
          notes=["a heading2 (rendered <h3> by the starter's serializer) and a five-item list (<ul><li>, one line each); "
                 "byline 'Trần Văn Lực - Trung tâm Khuyến nông' -> author Trần Văn Lực"],
          **at(datetime(2025, 3, 26, 10, 15))),
        A(path="htx-cao-su-thanh-an-ky-hop-dong-tieu-thu-800-tan-mu",
          title="HTX Cao su Thanh An ký hợp đồng tiêu thụ 800 tấn mủ cao su",
          body="""
Ngày 11/3, HTX Cao su Thanh An (huyện Dầu Tiếng) ký hợp đồng cung ứng 800 tấn mủ cao su cho một công ty chế biến.
Theo hợp đồng, công ty thu mua mủ của 120 hộ thành viên theo giá thị trường cộng thêm 1.000 đồng/kg mủ khô.
HTX cam kết cạo mủ đúng quy trình, không sử dụng hóa chất kích thích ngoài danh mục cho phép.
""", byline="Minh Duy", author="Minh Duy",
          opts={"cat": "tin-hoat-dong", "who": "Ban Tuyên truyền"},
          notes=["published at 06:20 on 12/03/2025: the page shows '12/03/2025' (publishDate), while "
                 "article:published_time and JSON-LD datePublished say '2025-03-11T23:20:00+0000' (the previous day "
                 "in UTC); 'Minh Duy' closes the text -> author"],
          **at(datetime(2025, 3, 12, 6, 20))),
        A(path="lien-minh-htx-tinh-tap-huan-ky-nang-ban-hang-truc-tuyen-cho-htx",
          title="Liên minh HTX tỉnh tập huấn kỹ năng bán hàng trực tuyến cho HTX",
          body="""
Ngày 18/2, Liên minh HTX tỉnh phối hợp với Sở Công Thương tổ chức lớp tập huấn kỹ năng bán hàng trực tuyến cho 55 học viên là cán bộ HTX.
Học viên được hướng dẫn chụp ảnh sản phẩm, viết mô tả và livestream bán hàng trên các sàn thương mại điện tử.
""", author=None,
          opts={"cat": "tin-hoat-dong", "who": "Văn phòng Liên minh HTX tỉnh"},
          notes=["no byline; the author field is the office 'Văn phòng Liên minh HTX tỉnh': author null"],
          **at(datetime(2025, 2, 19, 8, 45))),
        A(path="hoi-nghi-tong-ket-phong-trao-htx-tinh-binh-duong-nam-2024",
          title="Hội nghị tổng kết phong trào HTX tỉnh Bình Dương năm 2024",
          body="""
Ngày 16/12, Liên minh HTX tỉnh tổ chức hội nghị tổng kết phong trào HTX năm 2024.
## Kết quả năm 2024
Năm 2024, toàn tỉnh thành lập mới 18 HTX; doanh thu bình quân của HTX đạt 5,2 tỷ đồng.
Quỹ hỗ trợ phát triển HTX tỉnh cho 11 HTX vay với tổng số tiền 7,8 tỷ đồng.
""", author="Phạm Thị Ngọc Hân",
          opts={"cat": "tin-hoat-dong", "who": "Phạm Thị Ngọc Hân", "joomla": 215},
          notes=["imported from the Joomla portal: the page shows '17/12/2024 · Phạm Thị Ngọc Hân' (publishDate, and the "
                 "author field: a reporter -> author), while article:published_time and JSON-LD say "
                 "'2025-01-06T02:14:52+0000', the import; the date is the page's; the old Joomla address "
                 "/index.php?option=com_content&view=article&id=215&catid=9 (linked from /gioi-thieu) answers 308 to "
                 "it: an alias"],
          **imported(datetime(2024, 12, 17))),
        A(path="htx-thu-cong-my-nghe-tuong-binh-hiep-gioi-thieu-san-pham-son-mai",
          title="HTX Thủ công mỹ nghệ Tương Bình Hiệp giới thiệu sản phẩm sơn mài",
          body="""
HTX Thủ công mỹ nghệ Tương Bình Hiệp vừa giới thiệu bộ sưu tập tranh và đồ gia dụng sơn mài mới tại phố đi bộ Thủ Dầu Một.
HTX có 25 thành viên là nghệ nhân và thợ sơn mài lâu năm của làng nghề Tương Bình Hiệp.
""", byline="Bảo Ngọc", author="Bảo Ngọc",
          opts={"cat": "tin-hoat-dong", "who": "Ban Tuyên truyền"},
          notes=["oldest post, imported from Joomla (page 15/10/2024, metadata the import): only /bai-viet?page=2 and "
                 "/chuyen-muc/tin-hoat-dong?page=2 list it; 'Bảo Ngọc' closes the text -> author"],
          **imported(datetime(2024, 10, 15))),
    ]


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def prismic_ts(d: datetime) -> str:
    """Prismic's document timestamps: UTC with a '+0000' offset."""
    return utc(d).strftime("%Y-%m-%dT%H:%M:%S+0000")


def word_table(rows: list[list[str]]) -> str:
    """A table pasted from Word into the Key Text field: MsoNormal paragraphs in the cells, line breaks between."""
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">',
           "<tbody>"]
    for k, row in enumerate(rows):
        out.append("<tr>")
        for c in row:
            inner = f"<b>{esc(c)}</b>" if k == 0 else esc(c)
            out.append(f'<td width="160" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                       f'<p class="MsoNormal" style="margin-bottom:0cm">{inner}</p></td>')
        out.append("</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-duong", NAME + " (Next.js + Prismic)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["uid"] = a.path
        a.path = f"/bai-viet/{a.path}"
        a.opts["id"] = pid("doc", a.opts["uid"])
        migrated = a.opts["uid"] in ("hoi-nghi-tong-ket-phong-trao-htx-tinh-binh-duong-nam-2024",
                                     "htx-thu-cong-my-nghe-tuong-binh-hiep-gioi-thieu-san-pham-son-mai")
        a.opts["first"] = IMPORTED + timedelta(seconds=len(a.opts["uid"])) if migrated else a.date
        a.opts["last"] = a.opts["first"] + timedelta(hours=2, minutes=7, seconds=31)
        imgs = [b.src for b in a.blocks if b.kind == "img"]
        a.opts["hero"] = imgs[0] if imgs else f"{a.opts['uid'][:28]}.jpg"

    def img_src(name: str) -> str:
        return f"{{{{base:offsite}}}}/images.prismic.io/{REPO}/{pid('img', name)}_{name}?auto=format%2Ccompress"

    def next_img(name: str, alt: str = "", *, sizes: str = "100vw", cls: str = "w-full", fill: bool = False) -> str:
        src = img_src(name)
        srcset = ", ".join(f"{src}&amp;fit=max&amp;w={w} {w}w" for w in WIDTHS)
        dims = 'decoding="async" data-nimg="fill" style="position:absolute;height:100%;width:100%;left:0;top:0;right:0;bottom:0;color:transparent"' \
            if fill else 'width="1600" height="1067" decoding="async" data-nimg="1" style="color:transparent"'
        return (f'<img alt="{attr(alt)}" loading="lazy" {dims} class="{cls}" sizes="{sizes}" srcSet="{srcset}" '
                f'src="{src}&amp;fit=max&amp;w=3840"/>')

    def bounded(inner: str, *, tag: str = "div", size: str = "max-w-3xl", extra: str = "", attrs: str = "") -> str:
        cls = "px-4 py-8 md:px-6 md:py-10 lg:py-12" + (f" {extra}" if extra else "")
        return f'<{tag}{attrs} class="{cls}"><div class="mx-auto w-full {size}">{inner}</div></{tag}>'

    def rt_inline(text: str) -> str:
        parts = text.split("**")
        return "".join(f'<strong class="font-semibold">{esc(p)}</strong>' if k % 2 else esc(p) for k, p in enumerate(parts))

    def rich(blocks) -> str:
        out = []
        for b in blocks:
            if b.kind == "p":
                out.append(f'<p class="mb-7 last:mb-0">{rt_inline(b.text)}</p>')
            elif b.kind == "h":
                out.append(f'<h3 class="font-sans font-semibold tracking-tighter text-slate-800 text-2xl mb-7 last:mb-0">{rt_inline(b.text)}</h3>')
            elif b.kind == "ul":
                out.append('<ul class="mb-7 pl-4 last:mb-0 md:pl-6">' + "".join(
                    f'<li class="mb-1 list-disc pl-1 last:mb-0 md:pl-2">{rt_inline(i)}</li>' for i in b.items) + "</ul>")
            elif b.kind == "ol":
                out.append('<ol class="mb-7 pl-4 last:mb-0 md:pl-6">' + "".join(
                    f'<li class="mb-1 list-decimal pl-1 last:mb-0 md:pl-2">{rt_inline(i)}</li>' for i in b.items) + "</ol>")
        return "".join(out)

    def slices(a: RichArticle) -> list[tuple[str, object]]:
        out: list[tuple[str, object]] = []
        run: list = []
        for b in a.blocks:
            if b.kind in ("img", "table"):
                if run:
                    out.append(("text", run))
                    run = []
                out.append(("image" if b.kind == "img" else "bang_bieu", b))
            else:
                run.append(b)
        if a.byline:
            run.append(RichBlock("p", f"**{a.byline}**"))
        if run:
            out.append(("text", run))
        if a.opts.get("file"):
            out.append(("tai_lieu", a.opts["file"]))
        return out

    def render_slice(kind: str, x) -> str:
        if kind == "text":
            return bounded(f'<div class="font-serif leading-relaxed md:text-xl md:leading-relaxed">{rich(x)}</div>', tag="section")
        if kind == "image":
            return bounded('<figure class="grid grid-cols-1 gap-4"><div class="bg-gray-100">' + next_img(x.src)
                           + '</div><figcaption class="text-center font-serif italic tracking-tight text-slate-500">'
                           f'<p class="mb-7 last:mb-0">{esc(x.text)}</p></figcaption></figure>', tag="section")
        if kind == "bang_bieu":
            return bounded(f'<div class="prose max-w-none overflow-x-auto font-serif">{word_table(x.rows)}</div>', tag="section",
                           attrs=' data-slice-type="bang_bieu" data-slice-variation="default"')
        path = f"/tai-lieu/{pid('file', x)}_{x}"
        return bounded(f'<p class="font-semibold">Tài liệu đính kèm:</p><a class="underline decoration-1 underline-offset-2" '
                       f'target="_blank" rel="noopener noreferrer" href="{path}">{esc(x)}</a>', tag="section",
                       attrs=' data-slice-type="tai_lieu" data-slice-variation="default"')

    def vn_date(a: RichArticle) -> str:
        return f"{a.date:%d/%m/%Y}"

    # -- RSC payload: the texts again, in React Flight rows inside self.__next_f.push scripts ------
    def flight(rows: list[str]) -> str:
        chunks = ['<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>']
        for r in rows:
            s = json.dumps(r + "\n", ensure_ascii=False)
            s = s.replace("<", "\\u003c").replace(">", "\\u003e")
            chunks.append(f"<script>self.__next_f.push([1,{s}])</script>")
        return "".join(chunks)

    def layout(*, title: str, head: str, body: str, page_js: str, rsc: list[str], profile: bool = False,
               divider: bool = True) -> str:
        nav = "".join(f'<li class="font-semibold tracking-tight text-slate-800"><a href="{u}">{esc(t)}</a></li>' for u, t in NAV)
        prof = ""
        if profile:
            prof = ('<div class="px-4"><div class="grid max-w-lg grid-cols-1 justify-items-center gap-8"><a tabindex="-1" href="/">'
                    '<div class="relative h-40 w-40 overflow-hidden rounded-full bg-slate-300">'
                    + next_img("logo-lmhtx-binhduong.png", sizes="100vw", cls="object-cover", fill=True)
                    + '</div></a><div class="grid grid-cols-1 gap-2 text-center"><h1 class="font-sans font-semibold tracking-tighter '
                    f'text-slate-800 text-3xl md:text-4xl"><a href="/">{esc(NAME)}</a></h1><p class="font-serif text-2xl italic '
                    f'leading-normal tracking-tight text-slate-500">{esc(DESCRIPTION)}</p></div></div></div>')
        hr = '<hr class="h-px w-1/2 border-0 bg-slate-200 md:max-w-sm"/>'
        header = bounded(f'<div class="grid grid-cols-1 justify-items-center gap-20"><nav><ul class="flex flex-wrap justify-center gap-10">'
                         f'{nav}</ul></nav>{prof}{hr if divider else ""}</div>', tag="header")
        footer = bounded(
            f'<div class="grid grid-cols-1 justify-items-center gap-24">{hr}<div class="px-4"><form action="/api/sign-up" method="post" '
            'class="grid w-full max-w-xl grid-cols-1 gap-6"><div class="text-center font-serif tracking-tight text-slate-500">'
            f'<p class="mb-4 italic last:mb-0">{esc(NEWSLETTER)}</p></div><div class="grid grid-cols-1 gap-2"><div class="relative">'
            '<label><span class="sr-only">Địa chỉ email</span><input name="email" type="email" placeholder="ten@vidu.vn" required="" '
            'class="w-full rounded-none border-b border-slate-200 py-3 pl-3 pr-10 text-slate-800 placeholder-slate-400"/></label>'
            '<button type="submit" class="absolute bottom-0 right-0 top-0 flex items-center justify-center px-3 text-2xl text-slate-400">'
            '<span class="sr-only">Đăng ký</span><span aria-hidden="true">→</span></button></div>'
            f'<p class="text-center text-xs tracking-tight text-slate-500">{esc(DISCLAIMER)}</p></div></form></div>'
            f'<div class="mx-auto w-full max-w-3xl text-center text-xs font-semibold tracking-tight text-slate-500">{esc(ADDRESS)}</div>'
            '<div class="mx-auto w-full max-w-3xl text-center text-xs font-semibold tracking-tight text-slate-500">Proudly published using'
            '<!-- --> <a class="text-slate-700" href="{{base:offsite}}/prismic.io/">Prismic</a></div></div>', tag="footer")
        return ('<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
                '<link rel="stylesheet" href="/_next/static/css/4b2e8d1c7a9f3e06.css" data-precedence="next"/>'
                '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-8c1e5a3f7d2b9e40.js"/>'
                '<script src="/_next/static/chunks/fd9d1056-6a3c8e1f2d7b5e94.js" async=""></script>'
                '<script src="/_next/static/chunks/117-2f9d4b7e1c3a8e52.js" async=""></script>'
                '<script src="/_next/static/chunks/main-app-5e8a2c4f1b9d7e36.js" async=""></script>'
                f'<script src="/_next/static/chunks/app/{page_js}" async=""></script>'
                '<link href="{{base:offsite}}/fonts.googleapis.com/css2?family=Inter:wght@400;600&amp;display=swap" rel="stylesheet"/>'
                '<link href="{{base:offsite}}/fonts.googleapis.com/css2?family=Libre+Baskerville:ital,wght@0,400;0,700;1,400&amp;display=swap" rel="stylesheet"/>'
                f'<title>{esc(title)}</title>{head}<link rel="icon" href="/favicon.ico" type="image/x-icon" sizes="16x16"/>'
                '<script src="/_next/static/chunks/polyfills-42372ed130431b0a.js" noModule=""></script></head>'
                f'<body class="overflow-x-hidden antialiased"><main><div class="text-slate-700">{header}<main>{body}</main>{footer}</div></main>'
                '<script src="/_next/static/chunks/webpack-8c1e5a3f7d2b9e40.js" async=""></script>'
                + flight([f'1:HL["/_next/static/css/4b2e8d1c7a9f3e06.css","style"]',
                          '2:I[5751,[],""]', '3:I[9275,[],""]', '4:I[1343,[],""]',
                          f'0:["{BUILD}",[[["",{{"children":["__PAGE__",{{}}]}},"$undefined","$undefined",true],null,null]]]',
                          *rsc])
                + "</body></html>")

    def meta(*, title: str, desc: str, canonical: str, og_type: str = "website", image: str | None = None,
             published: str | None = None, modified: str | None = None) -> str:
        out = [f'<meta name="description" content="{attr(desc)}"/>', f'<link rel="canonical" href="{{{{base}}}}{canonical}"/>',
               f'<meta property="og:title" content="{attr(title)}"/>', f'<meta property="og:description" content="{attr(desc)}"/>',
               f'<meta property="og:url" content="{{{{base}}}}{canonical}"/>', f'<meta property="og:site_name" content="{attr(NAME)}"/>',
               '<meta property="og:locale" content="vi_VN"/>']
        if image:
            out += [f'<meta property="og:image" content="{image}"/>', '<meta property="og:image:width" content="1200"/>',
                    '<meta property="og:image:height" content="630"/>']
        out.append(f'<meta property="og:type" content="{og_type}"/>')
        if published:
            out.append(f'<meta property="article:published_time" content="{published}"/>')
        if modified:
            out.append(f'<meta property="article:modified_time" content="{modified}"/>')
        out += ['<meta name="twitter:card" content="summary_large_image"/>', f'<meta name="twitter:title" content="{attr(title)}"/>']
        return "".join(out)

    def article_item(a: RichArticle) -> str:
        """The starter's Article component (home and lists): image, h2 title link, date, 300-character excerpt."""
        text = " ".join(inline_text(b.text) for b in a.blocks if b.kind == "p")
        if a.byline:
            text += " " + a.byline
        excerpt = text[:300]
        if len(text) > 300:
            excerpt = excerpt[:excerpt.rfind(" ")] + "…"
        return ('<li class="grid grid-cols-1 items-start gap-6 md:grid-cols-3 md:gap-8">'
                f'<a tabindex="-1" href="{a.path}"><div class="aspect-h-3 aspect-w-4 relative bg-gray-100">'
                + next_img(a.opts["hero"], sizes="100vw", cls="object-cover", fill=True) + '</div></a>'
                '<div class="grid grid-cols-1 gap-3 md:col-span-2"><h2 class="font-sans font-semibold tracking-tighter text-slate-800 '
                f'text-3xl md:text-4xl"><a href="{a.path}">{esc(a.title)}</a></h2>'
                f'<p class="font-serif italic tracking-tighter text-slate-500">{vn_date(a)}</p>'
                f'<p class="font-serif leading-relaxed md:text-lg md:leading-relaxed">{esc(excerpt)}</p></div></li>')

    # -- articles -------------------------------------------------------------------------------------
    for a in posts:
        others = [p for p in posts if p is not a][:3]
        body_html = "".join(render_slice(k, x) for k, x in slices(a))
        latest_html = "".join(
            '<li><h1 class="mb-3 text-3xl font-semibold tracking-tighter text-slate-800 md:text-4xl">'
            f'<a href="{o.path}">{esc(o.title)}</a></h1><p class="font-serif italic tracking-tighter text-slate-500">{vn_date(o)}</p></li>'
            for o in others)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
              "image": [img_src(a.opts["hero"]) + "&w=1200"],
              "datePublished": prismic_ts(a.opts["first"]), "dateModified": prismic_ts(a.opts["last"]),
              "author": [{"@type": "Person", "name": a.opts["who"]}],
              "publisher": {"@type": "Organization", "name": ORG, "logo": {"@type": "ImageObject", "url": "{{base}}/logo-lmhtx-binhduong.png"}}}
        body = (bounded('<a class="font-semibold tracking-tight text-slate-400" href="/bai-viet">← Quay lại danh sách bài viết</a>')
                + "<article>"
                + bounded('<h1 class="mb-3 text-3xl font-semibold tracking-tighter text-slate-800 md:text-4xl">'
                          f'{esc(a.title)}</h1><p class="font-serif italic tracking-tighter text-slate-500">{vn_date(a)}<!-- --> · <!-- -->'
                          f'<a class="hover:underline" href="/chuyen-muc/{a.opts["cat"]}">{esc(CATS[a.opts["cat"]])}</a><!-- --> · <!-- -->'
                          f'{esc(a.opts["who"])}</p>', extra="pb-0")
                + body_html + "</article>"
                + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False, separators=(",", ":"))}</script>'
                + bounded('<div class="grid grid-cols-1 justify-items-center gap-16 md:gap-24"><hr class="h-px w-1/2 border-0 bg-slate-200 md:max-w-sm"/>'
                          '<div class="w-full"><h1 class="font-sans font-semibold tracking-tighter text-slate-800 text-2xl mb-10">Bài viết mới nhất</h1>'
                          f'<ul class="grid grid-cols-1 gap-12">{latest_html}</ul></div></div>'))
        head = meta(title=f"{a.title} | {NAME}", desc=inline_text(a.blocks[0].text) if a.blocks[0].kind == "p" else a.title,
                    canonical=a.path, og_type="article", image=img_src(a.opts["hero"]) + "&amp;w=1200&amp;h=630",
                    published=prismic_ts(a.opts["first"]), modified=prismic_ts(a.opts["last"]))
        rsc = [f'5:["$","article",null,{{"children":[["$","h1",null,{{"className":"mb-3 text-3xl font-semibold tracking-tighter '
               f'text-slate-800 md:text-4xl","children":{json.dumps(a.title, ensure_ascii=False)}}}],["$","p",null,{{"children":'
               f'[{json.dumps(vn_date(a))}," · ",{json.dumps(a.opts["who"], ensure_ascii=False)}]}}]]}}]',
               '6:' + json.dumps({"id": a.opts["id"], "uid": a.opts["uid"], "type": "article", "lang": "vi-vn",
                                  "first_publication_date": prismic_ts(a.opts["first"]),
                                  "last_publication_date": prismic_ts(a.opts["last"]),
                                  "data": {"title": [{"type": "heading1", "text": a.title, "spans": []}],
                                           "publishDate": f"{a.date:%Y-%m-%d}", "author": a.opts["who"],
                                           "category": {"id": pid("cat", a.opts["cat"]), "type": "category", "uid": a.opts["cat"]}}},
                                 ensure_ascii=False, separators=(",", ":"))]
        site.page(a.path, layout(title=f"{a.title} | {NAME}", head=head, body=body, rsc=rsc, divider=False,
                                 page_js="bai-viet/%5Buid%5D/page-3c7e1a9f5d2b8e41.js"), content_type=HTML)
        if a.opts.get("file"):
            path = f"/tai-lieu/{pid('file', a.opts['file'])}_{a.opts['file']}"
            site.binary(path, pdf(a.title, ["THONG BAO SO 12/TB-LMHTX", "Hoi cho san pham HTX, OCOP nam 2025"]))
            a.attachments.append({"path": path, "text": a.opts["file"]})
        if a.opts.get("joomla"):
            old = f"/index.php?option=com_content&view=article&id={a.opts['joomla']}&catid=9"
            site.redirect(old, a.path, 308)
            a.aliases.append(old)
        site.add_article(a)
    site.trap("every article: the starter's layout (nav, '← Quay lại danh sách bài viết', then <article> with the h1 and "
              "the date line, the slices as <section>s), a JSON-LD script, then 'Bài viết mới nhất' (three <h1> title "
              "links with dates) and the footer's newsletter form and 'Proudly published using Prismic'", posts[1].path)

    # -- lists ----------------------------------------------------------------------------------------
    def pager(base: str, n: int, total: int) -> str:
        def href(k: int) -> str:
            return base if k == 1 else f"{base}?page={k}"
        parts = []
        if n > 1:
            parts.append(f'<a class="font-semibold text-slate-500 hover:text-slate-800" href="{href(n - 1)}">← Trang trước</a>')
        parts.append(f'<span class="text-slate-500">Trang <!-- -->{n}<!-- --> / <!-- -->{total}</span>')
        if n < total:
            parts.append(f'<a class="font-semibold text-slate-500 hover:text-slate-800" href="{href(n + 1)}">Trang sau →</a>')
        return f'<nav class="flex items-center justify-center gap-8 pt-8" aria-label="Phân trang">{"".join(parts)}</nav>'

    def listing(base: str, heading: str, items: list, page_js: str) -> None:
        chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
        for n, chunk in enumerate(chunks, 1):
            path = base if n == 1 else f"{base}?page={n}"
            body = bounded(f'<h1 class="font-sans font-semibold tracking-tighter text-slate-800 text-3xl md:text-4xl mb-12">{esc(heading)}</h1>'
                           f'<ul class="grid grid-cols-1 gap-16">{"".join(article_item(a) for a in chunk)}</ul>'
                           + (pager(base, n, len(chunks)) if len(chunks) > 1 else ""), size="max-w-6xl")
            rsc = ['5:' + json.dumps({"page": n, "total_pages": len(chunks), "results_size": len(chunk),
                                      "results": [{"uid": a.opts["uid"], "first_publication_date": prismic_ts(a.opts["first"]),
                                                   "data": {"publishDate": f"{a.date:%Y-%m-%d}"}} for a in chunk]})]
            site.page(path, layout(title=f"{heading}{'' if n == 1 else f' - Trang {n}'} | {NAME}",
                                   head=meta(title=heading, desc=f"{heading} - {NAME}", canonical=path),
                                   body=body, rsc=rsc, page_js=page_js), content_type=HTML)
            site.non_articles.append(path)

    listing("/bai-viet", "Bài viết", posts, "bai-viet/page-9a1d3e7c5b2f8e64.js")
    for uid, name in CATS.items():
        listing(f"/chuyen-muc/{uid}", name, [a for a in posts if a.opts["cat"] == uid], "chuyen-muc/%5Buid%5D/page-7e2b9d1c4a6f3e58.js")
    site.trap("lists /bai-viet (?page=2) and /chuyen-muc/<uid> (?page=2): the starter's Article component (image, h2 "
              "title link, the date, an excerpt: the text slices' first 300 characters cut at a word + '…'), "
              "'Trang 1 / 2' and 'Trang sau →': the two imported posts are on page 2 only", "/bai-viet?page=2")

    home = bounded(f'<ul class="grid grid-cols-1 gap-16">{"".join(article_item(a) for a in posts[:PER_PAGE])}</ul>'
                   '<p class="pt-12 text-center"><a class="font-semibold tracking-tight text-slate-500" href="/bai-viet">Xem tất cả bài viết →</a></p>',
                   size="max-w-6xl")
    site.page("/", layout(title=NAME, head=meta(title=NAME, desc=DESCRIPTION, canonical="/"), body=home,
                          rsc=['5:{"settings":{"name":' + json.dumps(NAME, ensure_ascii=False) + "}}"],
                          page_js="page-2d8f4a1c6e3b9d75.js", profile=True, divider=False), content_type=HTML)
    site.non_articles.append("/")

    migrated = next(a for a in posts if a.opts.get("joomla"))
    old = f"/index.php?option=com_content&amp;view=article&amp;id={migrated.opts['joomla']}&amp;catid=9"
    pages = {"/gioi-thieu": ("Giới thiệu", f"<p class=\"mb-7 last:mb-0\">{esc(ORG)} là tổ chức kinh tế - xã hội đại diện cho các "
                             "HTX, liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh.</p><p class=\"mb-7 last:mb-0\">Trang tin mới được "
                             "đưa vào sử dụng từ tháng 01/2025; các bài viết trên cổng thông tin cũ vẫn truy cập được theo địa chỉ "
                             f'cũ, ví dụ: <a class="underline decoration-1 underline-offset-2" href="{old}">{esc(migrated.title)}</a>.</p>'),
             "/lien-he": ("Liên hệ", '<p class="mb-7 last:mb-0">Văn phòng Liên minh HTX tỉnh Bình Dương, số 1 đường Hùng Vương, phường '
                          'Phú Lợi, thành phố Thủ Dầu Một.</p><p class="mb-7 last:mb-0">Điện thoại: 0274 3822 546.</p>'
                          '<form action="/api/contact" method="post" class="grid gap-4"><input name="name" placeholder="Họ và tên"/>'
                          '<textarea name="message" placeholder="Nội dung"></textarea><button type="submit">Gửi</button></form>')}
    for path, (title, html) in pages.items():
        body = bounded(f'<h1 class="font-sans font-semibold tracking-tighter text-slate-800 text-3xl md:text-4xl mb-10">{title}</h1>', tag="section") \
            + bounded(f'<div class="font-serif leading-relaxed md:text-xl md:leading-relaxed">{html}</div>', tag="section")
        site.page(path, layout(title=f"{title} | {NAME}", head=meta(title=title, desc=title, canonical=path), body=body,
                               rsc=['5:{"uid":' + json.dumps(path.strip("/")) + ',"type":"page"}'],
                               page_js="%5Buid%5D/page-5b3e9a7d1c2f4e80.js"), content_type=HTML)
        site.non_articles.append(path)
    site.trap("home / (the starter's profile header: an h1 with the site name; five Article items and 'Xem tất cả bài "
              "viết →') and the Prismic pages /gioi-thieu (links an imported post by its old Joomla address: a 308 "
              "redirect) and /lien-he: not articles", "/gioi-thieu")

    urls = ["/", "/bai-viet", "/gioi-thieu", "/lien-he", *(f"/chuyen-muc/{c}" for c in CATS)]
    sm = "".join(f"<url>\n<loc>{{{{base}}}}{u}</loc>\n<lastmod>2025-05-20T08:07:31+0000</lastmod>\n</url>\n" for u in urls)
    sm += "".join(f"<url>\n<loc>{{{{base}}}}{a.path}</loc>\n<lastmod>{prismic_ts(a.opts['last'])}</lastmod>\n</url>\n" for a in posts)
    site.page("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{sm}</urlset>\n',
              content_type="application/xml")
    site.static("/robots.txt", "User-Agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("app/sitemap.ts -> /sitemap.xml (robots.txt names it): lastmod = Prismic's last_publication_date "
              "('2025-01-06T04:22:…+0000' for the imported posts)", "/sitemap.xml")

    site.binary("/favicon.ico", image_for("favicon-binhduong"))
    site.binary("/logo-lmhtx-binhduong.png", image_for("logo-binhduong"))
    for path, page in list(site.html_pages.items()):
        for link in page_links(page, path):
            bare = link.split("?")[0]
            if bare.startswith("/_next/") and not site._exists(bare):
                site.binary(bare, b"/* next */\n")
    return site
