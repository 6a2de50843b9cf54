"""Site `huongdan-htxquangninh` (registry family `generic`): "Sổ tay HTX Quảng Ninh", the handbook the Quảng Ninh
cooperative alliance publishes as a **GitBook** space (a published docs site on its own domain, the space language
`vi` so GitBook's own strings are Vietnamese, the "Clean" theme, PDF export on; the handbook's "Hướng dẫn" group and a
"Bản tin" group of news pages; a second variant "English"; the copy is of 20 June 2025, server-rendered HTML as the
Next.js renderer sends it). Written as a held-out test: no family module, no selectors.

URL shapes: a page `/<group-slug>/<page-slug>` (a page group's slug prefixes its pages; the group itself has no page),
the home `/` (the space's README "Giới thiệu"); the other variant `/en` and `/en/guides/…`; every page's Markdown twin
`/<path>.md` (the `<link rel="alternate" type="text/markdown">` and the sr-only "This page is also available as
Markdown" line) and `/llms.txt`; GitBook's own routes under `/~gitbook/`: images `/~gitbook/image?url=…&width=768&dpr=4
&quality=100&sign=…&sv=2`, icons `/~gitbook/icon?size=small&theme=light`, Open Graph cards `/~gitbook/ogimage/<pageId>`,
the PDF export `/~gitbook/pdf?page=<pageId>&only=yes&limit=100` ("Xuất dưới dạng PDF": robots.txt disallows
`/~gitbook/`); `/sitemap.xml` (an index) -> `/sitemap-pages.xml` (`<lastmod>` in UTC); `/robots.txt`. No feed (the
pages have no "Updates" block), no search URL (the search is a client-side dialog), no login.

Why it is hard: nothing on a page says when it was published. The header has the breadcrumb (the group "Bản tin"),
the `<h1>`, the page actions ("Sao chép trang") and the page description `p.text-lg` (the editors write a one-sentence
standfirst there: the first line of the text); the content is a column of blocks (`<p>`, `h2` with a hash link,
lists whose items wrap a `<p>`, images in `<figure>` through `/~gitbook/image` with the caption in `<figcaption>`,
tables drawn as ARIA `div[role=table]` grids, the file block: an `<a download>` card "182KB TB-08-LMHTX-2025.pdf pdf"
whose link, on this copy, is the upload's Git Sync path `/.gitbook/assets/<name>`),
then the previous/next cards ("Trước" / "Tiếp theo" and the neighbouring page's title) and "Cập nhật lần cuối <time
datetime='2025-06-06T02:14:00.110Z' title='6/6/2025, 2:14:00 AM'>13 ngày trước</time>": the LAST EDIT, in UTC (the
tooltip is the server's `toLocaleString()`, en-US and UTC), days or months after the news. The date is the one the
text gives: the notice's "Quảng Ninh, ngày 05 tháng 6 năm 2025", at midnight; a report whose lead alone gives a day
("Ngày 28/5/2025, …", its event's) is undated (ground truth amended at merge, stop 43, per shared/domain.md). No author
field is shown (GitBook prints none): a closing byline is the author. The right column "Trên trang này" repeats the
headings. The oldest news page is hidden from the table of contents (GitBook leaves hidden pages out of the sidebar,
the previous/next chain and the sitemap): only "Lưu trữ bản tin", a content-ref card list, links it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "huongdan-htxquangninh"
NAME = "Sổ tay HTX Quảng Ninh"
NOW = datetime(2025, 6, 20, 9, 0)
COPY = "© 2025 Liên minh Hợp tác xã tỉnh Quảng Ninh"
ADDRESS = "Số 2 đường Lê Thánh Tông, phường Hồng Gai, TP Hạ Long, Quảng Ninh - ĐT: 0203.3835.618"
FURN = [COPY, ADDRESS, "Được hỗ trợ bởi GitBook", "Trên trang này", "Cập nhật lần cuối", "Nội dung này có hữu ích không?",
        "Sao chép trang", "Tiếp theo", "Xuất dưới dạng PDF", "Xem dưới dạng Markdown", "For the complete documentation index"]
GUIDES = [("thanh-lap-htx", "Thành lập hợp tác xã", "Các bước thành lập HTX theo Luật Hợp tác xã năm 2023.",
           ["HTX được thành lập khi có ít nhất 05 thành viên chính thức tự nguyện góp vốn.",
            "Hồ sơ đăng ký gửi Phòng Tài chính - Kế hoạch cấp huyện nơi HTX đặt trụ sở chính."]),
          ("dieu-le-htx", "Xây dựng điều lệ HTX", "Những nội dung bắt buộc của điều lệ HTX.",
           ["Điều lệ HTX do hội nghị thành lập thông qua, gồm tên, trụ sở, ngành nghề và mức góp vốn.",
            "Liên minh HTX tỉnh cung cấp mẫu điều lệ và hỗ trợ HTX miễn phí."])]


def slug(text: str) -> str:
    t = text.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def hid(text: str, n: int = 20) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:n]


def page_id(path: str) -> str:
    """GitBook page ids: 20 characters, letters and digits."""
    h = hashlib.sha256(path.encode()).hexdigest()
    return "".join(c.upper() if i % 3 == 0 and c.isalpha() else c for i, c in enumerate(h[:20]))


def relative(updated: datetime) -> str:
    """DateRelative on the server: Intl.RelativeTimeFormat('vi') of now - updated."""
    diff = NOW - updated
    days = diff.days
    if diff < timedelta(hours=1):
        return f"{int(diff.total_seconds() // 60)} phút trước"
    if diff < timedelta(days=1):
        return f"{int(diff.total_seconds() // 3600)} giờ trước"
    if days < 30:
        return f"{days} ngày trước"
    if days < 365:
        return f"{days // 30} tháng trước"
    return f"{days // 365} năm trước"


def utc_iso(d: datetime) -> str:
    u = d - timedelta(hours=7)
    return f"{u:%Y-%m-%dT%H:%M:%S}.{(d.minute * 7 + 12) % 1000:03d}Z"


def locale_string(d: datetime) -> str:
    """Date.prototype.toLocaleString() on the render server: en-US, UTC."""
    u = d - timedelta(hours=7)
    h12 = u.hour % 12 or 12
    return f"{u.month}/{u.day}/{u.year}, {h12}:{u:%M:%S} {'AM' if u.hour < 12 else 'PM'}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def doc(d: datetime, edited: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="document", evidence=["document"],
                    extra={}) | {"opts_updated": edited}

    def lead(d: datetime, edited: datetime) -> dict:
        # Only the lead's event gives a day ("Ngày 28/5/2025, …"): the event's, not the publication's
        # (shared/domain.md: "bodies are full of event and decree dates … a wrong date is worse than
        # none"); the last edit is no publication either. Undated.
        return dict(date=d, published=None, published_source=None, evidence=[], extra={}) | {"opts_updated": edited}

    def mk(**kw) -> RichArticle:
        upd = kw.pop("opts_updated")
        a = A(**kw)
        a.opts["updated"] = upd
        return a

    return [
        mk(path="", title="Thông báo số 08/TB-LMHTX về việc đăng ký tham gia lớp bồi dưỡng giám đốc HTX năm 2025",
           lead="Liên minh HTX tỉnh mở lớp bồi dưỡng kiến thức quản trị cho giám đốc HTX vào tháng 7/2025.",
           body="""
LIÊN MINH HTX TỈNH QUẢNG NINH
Số: 08/TB-LMHTX
Quảng Ninh, ngày 05 tháng 6 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia lớp bồi dưỡng giám đốc HTX năm 2025
Lớp bồi dưỡng diễn ra từ ngày 14/7 đến ngày 18/7/2025 tại Trung tâm Chính trị TP Hạ Long.
Học viên được hỗ trợ toàn bộ học phí, tài liệu và tiền ăn trong thời gian học.
Các HTX gửi danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 30/6/2025.
CHỦ TỊCH
Phạm Văn Hải
""", author=None, doc_number="08/TB-LMHTX",
           attachments=[{"path": "/.gitbook/assets/TB-08-LMHTX-2025.pdf", "text": "TB-08-LMHTX-2025.pdf"}],
           opts={"file": "thong-bao-08-tb-lmhtx", "size": "182KB"},
           notes=["notice 'Số: 08/TB-LMHTX' with 'Quảng Ninh, ngày 05 tháng 6 năm 2025': nothing else dates it ('Cập nhật "
                  "lần cuối 13 ngày trước' is the last edit, datetime 2025-06-06T02:14Z); the description under the title is "
                  "the first line; the signer is text, no author; the file block (an <a download> card '182KB "
                  "TB-08-LMHTX-2025.pdf pdf') is an attachment named by the file's name, not text"],
           **doc(datetime(2025, 6, 5), datetime(2025, 6, 6, 9, 14))),
        mk(path="", title="Ảnh: HTX Thủy sản Vân Đồn vào mùa thu hoạch hàu",
           lead="Tháng 5 là thời điểm các HTX nuôi hàu ở Vân Đồn thu hoạch rộ.",
           body="""
Ngày 28/5/2025, các thành viên HTX Thủy sản Vân Đồn thu hoạch hàu Thái Bình Dương trên vùng nuôi ở xã Bản Sen.
[img hau-van-don-1.jpg] Thành viên HTX kéo giàn hàu lên bè để thu hoạch
[img hau-van-don-2.jpg] Hàu được phân loại, làm sạch ngay trên bè
[img hau-van-don-3.jpg] Sản phẩm hàu Vân Đồn đóng hộp mang nhãn hiệu của HTX
Năm nay HTX dự kiến thu hoạch 600 tấn hàu thương phẩm từ 25 ha mặt nước.
""", byline="Bài và ảnh: Vũ Đức Minh", author="Vũ Đức Minh",
           opts={"file": "anh-htx-thuy-san-van-don-thu-hoach-hau"},
           notes=["photo story: three <figure>s, images through /~gitbook/image?url=… and the caption in <figcaption><p> "
                  "(one line each); dated by its first line 'Ngày 28/5/2025, …'; 'Bài và ảnh: Vũ Đức Minh' closes it -> "
                  "author"],
           **lead(datetime(2025, 5, 28), datetime(2025, 5, 29, 8, 40))),
        mk(path="", title="Kết quả hoạt động của các HTX tỉnh Quảng Ninh năm 2024",
           lead="Số liệu tổng hợp từ báo cáo của các huyện, thị xã, thành phố.",
           body="""
Ngày 20/5/2025, Liên minh HTX tỉnh công bố số liệu tổng hợp kết quả hoạt động của các HTX năm 2024.
| Lĩnh vực | Số HTX | Doanh thu bình quân (triệu đồng) | Lợi nhuận bình quân (triệu đồng) |
| Nông nghiệp | 412 | 1.850 | 165 |
| Thủy sản | 96 | 3.120 | 288 |
| Công nghiệp, tiểu thủ công nghiệp | 58 | 2.740 | 190 |
| Thương mại, dịch vụ | 87 | 4.060 | 312 |
Các HTX thủy sản có lợi nhuận bình quân cao nhất, tập trung ở Vân Đồn, Đầm Hà và Hải Hà.
""", author=None,
           opts={"file": "ket-qua-hoat-dong-htx-nam-2024"},
           notes=["a table drawn by GitBook as an ARIA grid (div[role=table] > div[role=row] > div[role=columnheader] / "
                  "div[role=cell]), no <table>: one line per row; no byline and GitBook shows no author: author null"],
           **lead(datetime(2025, 5, 20), datetime(2025, 6, 2, 15, 30))),
        mk(path="", title="Những điểm mới HTX cần biết khi áp dụng Luật Hợp tác xã năm 2023",
           lead="Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024.",
           body="""
Ngày 12/5/2025, Liên minh HTX tỉnh tổng hợp những điểm mới mà các HTX thường hỏi khi tổ chức lại theo luật mới.
## Những điểm mới chính
* HTX có thể kết nạp thành viên liên kết không góp vốn;
* Tổ hợp tác phải đăng ký với UBND cấp xã;
* HTX được trích lập quỹ đầu tư phát triển không thấp hơn 10% lợi nhuận;
* Nhà nước hỗ trợ HTX chuyển đổi số và ứng dụng khoa học công nghệ.
## HTX cần làm gì
Các HTX rà soát, sửa đổi điều lệ và đăng ký thay đổi với cơ quan đăng ký trước ngày 01/7/2026.
""", byline="Trần Thị Hoa - Ban Tư vấn, hỗ trợ", author="Trần Thị Hoa",
           opts={"file": "diem-moi-luat-hop-tac-xa-2023"},
           notes=["two h2 headings (each with a hash link; the right column 'Trên trang này' lists them again) and a "
                  "bulleted list whose items wrap a <p>; 'Trần Thị Hoa - Ban Tư vấn, hỗ trợ' closes the text -> Trần Thị Hoa"],
           **lead(datetime(2025, 5, 12), datetime(2025, 5, 12, 16, 5))),
        mk(path="", title="HTX Nông nghiệp Đầm Hà phát triển chuỗi giá trị gà Tiên Yên",
           lead="Gà Tiên Yên của HTX đã đạt chứng nhận OCOP 4 sao.",
           body="""
Ngày 25/4/2025, HTX Nông nghiệp Đầm Hà xuất bán lứa gà Tiên Yên thứ ba trong năm cho các bếp ăn ở Hạ Long.
HTX hiện liên kết với 65 hộ nuôi, mỗi năm cung ứng khoảng 120.000 con gà thương phẩm.
Gà được nuôi thả đồi theo quy trình an toàn sinh học, có tem truy xuất nguồn gốc.
""", byline="Theo Báo Quảng Ninh", author=None,
           opts={"file": "htx-dam-ha-chuoi-gia-tri-ga-tien-yen"},
           notes=["'Theo Báo Quảng Ninh' closes the text: a reprint, no author"],
           **lead(datetime(2025, 4, 25), datetime(2025, 4, 26, 10, 0))),
        mk(path="", title="Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Hoành Bồ",
           lead="Đoàn công tác làm việc đến tối cùng ngày để kịp tổng hợp kiến nghị của HTX.",
           body="""
Tối 14/4/2025, đoàn công tác Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Hoành Bồ (TP Hạ Long).
HTX hiện cung ứng dịch vụ làm đất, vật tư và tiêu thụ nông sản cho 540 hộ thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX lập dự án vay vốn Quỹ hỗ trợ phát triển HTX để mua máy cấy.
""", author=None,
           opts={"file": "lam-viec-voi-htx-hoanh-bo"},
           notes=["written late on 14 April and last edited at 00:15 on 15 April: 'Cập nhật lần cuối' is "
                  "datetime='2025-04-14T17:15:…Z' (title '4/14/2025, 5:15:… PM', UTC) and the sitemap's lastmod the same: "
                  "the 15th in Vietnam; the text's 'Tối 14/4/2025' dates it: 2025-04-14; no byline: author null"],
           **lead(datetime(2025, 4, 14), datetime(2025, 4, 15, 0, 15))),
        mk(path="", title="HTX Chè Đường Hoa mở rộng vùng chè hữu cơ",
           lead="HTX đặt mục tiêu 50 ha chè hữu cơ vào năm 2026.",
           body="""
Ngày 02/4/2025, HTX Chè Đường Hoa (huyện Hải Hà) đã trồng mới 12 ha chè theo tiêu chuẩn hữu cơ.
Sản phẩm chè của HTX đạt OCOP 4 sao, được bán tại các điểm du lịch ở Hạ Long và Móng Cái.
HTX liên kết với 80 hộ trồng chè, bao tiêu toàn bộ chè búp tươi với giá ổn định.
""", byline="Nguyễn Thu Hằng", author="Nguyễn Thu Hằng",
           opts={"file": "htx-che-duong-hoa-vung-che-huu-co"},
           notes=["the bare name 'Nguyễn Thu Hằng' closes the text: the author; the last news page of the 'Bản tin' "
                  "group in the sidebar (its 'Tiếp theo' card leads to 'Lưu trữ bản tin')"],
           **lead(datetime(2025, 4, 2), datetime(2025, 5, 10, 14, 20))),
        mk(path="", title="Liên minh HTX tỉnh Quảng Ninh tổng kết công tác năm 2024",
           lead="Hội nghị tổng kết đánh giá kết quả năm 2024 và triển khai nhiệm vụ năm 2025.",
           body="""
Ngày 27/12/2024, Liên minh HTX tỉnh Quảng Ninh tổ chức hội nghị tổng kết công tác năm 2024.
[img tong-ket-2024.jpg] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 48 HTX, tổ chức 14 lớp tập huấn cho 900 lượt cán bộ HTX.
""", byline="Tin, ảnh: Lê Quang Huy", author="Lê Quang Huy",
           opts={"file": "tong-ket-cong-tac-nam-2024", "hidden": True},
           notes=["the oldest news page is hidden from the table of contents (GitBook's 'Hide page'): not in the sidebar, "
                  "the previous/next chain nor sitemap-pages.xml; only the content-ref card of 'Lưu trữ bản tin' links "
                  "it; 'Tin, ảnh: Lê Quang Huy' -> author"],
           **lead(datetime(2024, 12, 27), datetime(2025, 1, 3, 9, 30))),
    ]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-ninh", f"{NAME} (GitBook)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/ban-tin/{a.opts['file']}"
        a.opts["id"] = page_id(a.path)
    visible = [a for a in arts if not a.opts.get("hidden")]
    hidden = [a for a in arts if a.opts.get("hidden")]
    archive_path = "/ban-tin/luu-tru-ban-tin"
    # the table of contents, in order: (path, title, group)
    toc = [("/", "Giới thiệu", None)] + [(f"/huong-dan/{s}", t, "Hướng dẫn") for s, t, _, _ in GUIDES] + \
          [(a.path, a.title, "Bản tin") for a in visible] + [(archive_path, "Lưu trữ bản tin", "Bản tin")]
    order = [p for p, _, _ in toc]
    titles = {p: t for p, t, _ in toc}
    for a in hidden:
        titles[a.path] = a.title
    build_css = "/_next/static/css/5d3b1e0f7a2c9e41.css"

    def img(src: str, width: int = 768) -> str:
        url = f"https%3A%2F%2F3415820954-files.gitbook.io%2F~%2Ffiles%2Fv0%2Fb%2Fgitbook-x-prod.appspot.com%2Fo%2Fspaces%252F{hid('space', 20)}%252Fuploads%252F{hid(src, 20)}%252F{src}%3Falt%3Dmedia"
        return f"/~gitbook/image?url={url}&amp;width={width}&amp;dpr=4&amp;quality=100&amp;sign={hid(src, 8)}&amp;sv=2"

    def sidebar(current: str) -> str:
        items, group = [], None
        out = ['<ul class="flex flex-col gap-y-0.5 page-no-toc:hidden border-tint-subtle sidebar-list-line:border-l">']
        for p, t, g in toc:
            if g != group:
                if group is not None:
                    out.append("</ul></li>")
                if g is not None:
                    out.append(f'<li class="flex flex-col group/page-group"><div class="-top-6 group-first/page-group:top-0 '
                               f'sticky z-[1] flex items-center gap-3 px-3 pt-6 font-semibold text-xs uppercase tracking-wide '
                               f'pb-3 -mb-1.5 mask-[linear-gradient(rgba(0,0,0,1)_70%,rgba(0,0,0,0))] bg-tint-base '
                               f'sidebar-filled:bg-tint-subtle">{esc(g)}</div><ul class="flex flex-col gap-y-0.5 border-tint-'
                               f'subtle sidebar-list-line:border-l">')
                group = g
            active = ' aria-current="page"' if p == current else ""
            cls = "toclink relative transition-colors flex flex-row justify-between circular-corners:rounded-2xl rounded-md " \
                  "straight-corners:rounded-none p-1.5 pl-3 text-balance font-normal text-sm text-tint-strong/7 " \
                  "hover:bg-tint-hover hover:text-tint-strong contrast-more:text-tint-strong"
            if p == current:
                cls += " font-semibold text-primary-subtle bg-primary-subtle"
            out.append(f'<li class="flex flex-col"><a class="{cls}" href="{p}"{active}>{esc(t)}</a></li>')
        out.append("</ul></li></ul>")
        del items
        return "".join(out)

    def head(title: str, desc: str, path: str, pid: str, md: str | None) -> str:
        alt = f'<link rel="alternate" type="text/markdown" href="{md}"/>' if md else ""
        return (f'<head><meta charSet="utf-8"/><link rel="preconnect" href="{{{{base}}}}/" crossorigin=""/>'
                f'<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"/>'
                f'<link rel="stylesheet" href="{build_css}" data-precedence="next"/>'
                f'<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-0c9a1f3e6b2d.js"/>'
                f'<script src="/_next/static/chunks/main-app-7f3e2a1b9c4d.js" async=""></script>'
                f'<meta name="next-size-adjust" content=""/><title>{esc(title)} | {esc(NAME)}</title>'
                f'<meta name="description" content="{attr(desc)}"/><meta name="generator" content="GitBook (b5c2f1e)"/>'
                f'<meta name="robots" content="index, follow"/><link rel="canonical" href="{{{{base}}}}{path}"/>{alt}'
                f'<meta property="og:title" content="{attr(title)} | {attr(NAME)}"/><meta property="og:description" '
                f'content="{attr(desc)}"/><meta property="og:image" content="{{{{base}}}}/~gitbook/ogimage/{pid}"/>'
                f'<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:title" content="{attr(title)} | '
                f'{attr(NAME)}"/><meta name="twitter:image" content="{{{{base}}}}/~gitbook/ogimage/{pid}"/>'
                f'<link rel="icon" href="/~gitbook/icon?size=small&amp;theme=light" type="image/png" media="(prefers-color-'
                f'scheme: light)"/><link rel="icon" href="/~gitbook/icon?size=small&amp;theme=dark" type="image/png" '
                f'media="(prefers-color-scheme: dark)"/><link rel="apple-touch-icon" href="/~gitbook/icon?size=medium&amp;'
                f'theme=light" type="image/png"/><meta name="color-scheme" content="light"/>'
                f'<script src="/_next/static/chunks/polyfills-42372ed130431b0a.js" noModule=""></script></head>')

    def layout(path: str, title: str, desc: str, main: str, outline: list[str], variant: str = "vi",
               md: str | None = None) -> str:
        pid = page_id(path)
        toc_html = sidebar(path) if variant == "vi" else (
            '<ul class="flex flex-col gap-y-0.5"><li class="flex flex-col"><a class="toclink" href="/en">Introduction</a></li>'
            '<li class="flex flex-col"><a class="toclink" href="/en/guides/establishing-a-cooperative">Establishing a '
            'cooperative</a></li></ul>')
        outline_html = ""
        if outline:
            outline_html = ('<aside class="group/aside order-last hidden max-w-56 pt-8 pb-4 opacity-0 xl:flex xl:max-3xl:chat-'
                            'open:hidden" data-testid="page-outline"><div class="flex flex-col"><div class="flex flex-row '
                            'items-center gap-2 font-semibold text-xs uppercase tracking-wide"><svg class="gb-icon size-3">'
                            '</svg>Trên trang này</div><ul class="flex flex-col border-tint-subtle border-l">'
                            + "".join(f'<li class="flex flex-col"><a href="#{slug(h)}" class="flex flex-row items-baseline '
                                      f'gap-3 px-3 py-1 text-sm text-tint">{esc(h)}</a></li>' for h in outline)
                            + "</ul></div></aside>")
        variant_btn = ('<div class="flex items-center"><button type="button" aria-haspopup="menu" class="button flex '
                       'items-center gap-2 text-sm" data-state="closed">' + ("Tiếng Việt" if variant == "vi" else "English")
                       + '</button><div role="menu" hidden=""><a role="menuitem" href="/">Tiếng Việt</a><a role="menuitem" '
                       'href="/en">English</a></div></div>')
        return f"""<!DOCTYPE html><html lang="{variant}" class="sidebar-default theme-clean no-tint sidebar-list-default links-default depth-subtle circular-corners __variable_2a3f7d __variable_9b1c4e font-content" style="--primary-1:255 255 255;--primary-9:26 107 60">{head(title, desc, path, pid, md)}<body class="site-background sheet-open:gutter-stable"><div class="scroll-nojump"><header id="site-header" class="flex flex-col h-[64px] sticky top-0 pt-[env(safe-area-inset-top)] z-30 w-full flex-none shadow-[0_1px_0] shadow-tint-12/1 bg-tint-base/9 theme-muted:bg-tint-subtle/9 backdrop-blur-lg"><div class="scroll-nojump"><div class="transition-all duration-300 lg:chat-open:pr-80 xl:chat-open:pr-96"><div class="gap-4 lg:gap-6 flex items-center justify-between w-full py-3 min-h-16 sm:h-16 px-4 sm:px-6 md:px-8 max-w-screen-2xl mx-auto"><div class="flex max-w-full lg:basis-72 min-w-0 shrink items-center justify-start gap-2 lg:gap-4"><a class="group/headerlogo min-w-0 shrink flex items-center" href="/"><img alt="Logo" src="{img('logo-lmhtx-quangninh.png', 260)}" width="260" height="260" class="block rounded-md size-8"/><div class="text-pretty line-clamp-2 tracking-tight max-w-[18ch] lg:max-w-[24ch] font-semibold ms-3 text-base/tight lg:text-lg/tight text-tint-strong">{esc(NAME)}</div></a></div>{variant_btn}<div class="flex grow-0 shrink-0 md:basis-56 justify-self-end items-center gap-2"><button type="button" id="search-button" class="flex flex-1 h-9 grow px-2.5 items-center text-tint gap-2 rounded-lg"><svg class="gb-icon size-4"></svg><div class="hidden md:block text-tint text-sm">Tìm kiếm...</div></button></div></div></div></div></header><div class="pointer-events-none bg-primary-solid/1 z-0 mx-auto w-full max-w-screen-2xl"></div><div class="motion-safe:transition-all motion-safe:duration-300 lg:chat-open:mr-80 xl:chat-open:mr-96"><div class="flex flex-col lg:flex-row gap-x-8 max-w-screen-2xl mx-auto site-width-default:max-w-screen-2xl px-4 sm:px-6 md:px-8"><aside data-testid="table-of-contents" id="table-of-contents" data-state="closed" class="group text-sm grow-0 shrink-0 basis-full lg:basis-72 page-no-toc:lg:basis-56 relative z-[1] lg:sticky lg:h-[calc(100vh-64px)] lg:top-16 pt-6 pb-4 lg:ps-0 hidden lg:flex lg:flex-col gap-4"><div class="-ms-5 relative flex min-h-0 grow flex-col"><div class="flex flex-col grow overflow-y-auto lg:pr-2 gutter-stable">{toc_html}</div><a target="_blank" rel="noopener noreferrer" href="{{{{base:offsite}}}}/gitbook/?utm_source=content&amp;utm_medium=trademark" class="text-sm font-semibold text-tint flex flex-row items-center px-5 py-4 sm:px-3 sm:py-3 rounded-lg straight-corners:rounded-none hover:bg-tint-hover ring-1 ring-tint-12/1"><svg class="gb-icon size-5 mr-3"></svg><span class="text-tint-strong">Được hỗ trợ bởi GitBook</span></a></div></aside><div class="flex min-w-0 shrink items-start gap-8"><main class="relative min-w-0 flex-1 break-anywhere py-8 layout-wide:no-sidebar:lg:max-xl:pb-20 @container max-w-3xl mx-auto page-has-toc layout-default">{main}</main>{outline_html}</div></div></div><footer class="border-tint-subtle border-t"><div class="mx-auto max-w-screen-2xl py-8 px-4 sm:px-6 md:px-8"><div class="flex flex-col gap-2 text-sm text-tint"><p>{esc(ADDRESS)}</p><p class="text-xs">{esc(COPY)}</p></div></div></footer></div><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[82094,[],\\"\\"]\\n"])</script><script>self.__next_f.push([1,"8:{{\\"pageId\\":\\"{pid}\\",\\"spaceId\\":\\"{hid('space', 20)}\\",\\"language\\":\\"{variant}\\"}}\\n"])</script></body></html>
"""

    def page_main(path: str, title: str, desc: str, blocks_html: str, crumb: str | None, md: str,
                  prevnext: bool = True, updated: datetime | None = None) -> str:
        pid = page_id(path)
        nav = ""
        if crumb:
            first = next(p for p, _, g in toc if g == crumb)
            nav = (f'<nav><ol class="flex flex-wrap items-center gap-2 text-tint"><li><a class="no-underline hover:underline '
                   f'text-xs tracking-wide font-semibold uppercase flex items-center gap-1.5" href="{first}">{esc(crumb)}</a>'
                   f'</li></ol></nav>')
        actions = (f'<div class="flex h-fit items-stretch justify-start"><button type="button" class="button flex items-center '
                   f'text-sm rounded-r-none">Sao chép trang</button><button type="button" aria-haspopup="menu" aria-label='
                   f'"Hành động" class="button rounded-l-none" data-state="closed"></button><div role="menu" hidden=""><a '
                   f'role="menuitem" href="{md}" target="_blank">Xem dưới dạng Markdown</a><a role="menuitem" href="/~gitbook/'
                   f'pdf?page={pid}&amp;only=yes&amp;limit=100" target="_blank">Xuất dưới dạng PDF</a></div></div>')
        header = (f'<header class="max-w-3xl page-full-width:max-w-screen-2xl mx-auto mb-6 space-y-3 page-api-block:ml-0 '
                  f'page-api-block:max-w-full">{nav}<div class="flex items-start justify-between gap-4"><h1 class="text-4xl '
                  f'font-bold flex items-center gap-4 w-fit text-pretty">{esc(title)}</h1>{actions}</div>'
                  + (f'<p class="text-lg text-tint">{esc(desc)}</p>' if desc else "") + "</header>")
        footer_nav = ""
        if prevnext and path in order:
            i = order.index(path)
            cards = []
            for k, label, icon, rev in [(i - 1, "Trước", "chevron-left", False), (i + 1, "Tiếp theo", "chevron-right", True)]:
                if 0 <= k < len(order):
                    p = order[k]
                    cards.append(f'<a class="group flex flex-1 items-center @xl:gap-3 gap-2 text-pretty circular-corners:'
                                 f'rounded-2xl rounded-corners:rounded-xl border border-tint-subtle @xl:p-4 p-3 @xl:text-'
                                 f'base text-sm text-tint {"flex-row-reverse text-end" if rev else "text-start"}" href="{p}">'
                                 f'<svg class="gb-icon size-3"></svg><div class="flex flex-col"><span class="flex items-'
                                 f'center gap-1 text-xs {"flex-row-reverse" if rev else "flex-row"}">{label}</span><span '
                                 f'class="line-clamp-2 leading-snug text-tint-strong transition-colors group-hover:text-'
                                 f'primary">{esc(titles[p])}</span></div></a>')
            footer_nav = ('<div class="max-w-3xl mx-auto mt-6 flex @xl:flex-row flex-col gap-3 text-tint">' + "".join(cards)
                          + "</div>")
        meta = ""
        if updated:
            meta = (f'<div class="max-w-3xl mx-auto mt-6 flex flex-row flex-wrap items-center gap-4 text-tint contrast-more:'
                    f'text-tint-strong"><p class="mr-auto text-sm ">Cập nhật lần cuối <time data-visual-test="transparent" '
                    f'dateTime="{utc_iso(updated)}" title="{locale_string(updated)}">{relative(updated)}</time></p><div '
                    f'class="flex flex-col gap-2 xl:hidden"><p class="text-sm">Nội dung này có hữu ích không?</p><div '
                    f'class="flex gap-1"><button type="button" aria-label="Có, hữu ích!"></button><button type="button" '
                    f'aria-label="Không chắc"></button><button type="button" aria-label="Không"></button></div></div></div>')
        return (f'<div class="sr-only">For the complete documentation index, see <a href="/llms.txt">llms.txt</a>. This page '
                f'is also available as <a href="{md}">Markdown</a>.</div>{header}<div class="contents" data-content-ref-root="">'
                f'<div class="w-full flex flex-col [&amp;&gt;*+*]:mt-5 max-w-3xl mx-auto">{blocks_html}</div></div>'
                f"{footer_nav}{meta}")

    P = 'class="mx-auto page-width-wide:mx-0 w-full decoration-primary/6 page-api-block:ml-0 max-w-3xl"'

    def blocks(a: RichArticle) -> tuple[str, list[str]]:
        out, heads = [], []
        for b in a.blocks:
            if b.kind == "p":
                out.append(f"<p {P}>{inline_html(b.text)}</p>")
            elif b.kind == "h":
                s = slug(b.text)
                heads.append(b.text)
                out.append(f'<h2 id="{s}" class="group/hash scroll-m-12 max-w-3xl mx-auto text-2xl font-semibold heading '
                           f'flex items-baseline column-gap-3"><div class="relative hash grid grid-area-1-1 h-[1em] border-0 '
                           f'opacity-0 group-hover/hash:opacity-10"><a href="#{s}" aria-label="Direct link to heading" class='
                           f'"inset-0 h-full flex items-center"><svg class="gb-icon size-3"></svg></a></div><div class="grid-'
                           f'area-1-1 z-[1] justify-self-start text-left">{esc(b.text)}</div></h2>')
            elif b.kind in ("ul", "ol"):
                out.append(f'<{b.kind} class="ms-6 max-w-3xl mx-auto list-disc">' + "".join(
                    f'<li class="leading-normal"><div class="flex flex-col [&amp;&gt;*+*]:mt-2"><p class="mx-auto w-full">'
                    f"{inline_html(x)}</p></div></li>" for x in b.items) + f"</{b.kind}>")
            elif b.kind == "table":
                head_, *rows = b.rows
                cell = 'class="flex min-w-[100px] max-w-[300px] w-[{w}%] py-2 px-4 border-tint-subtle border-l first:border-l-0"'
                w = 100 // len(head_)
                out.append('<div class="relative max-w-3xl mx-auto grid"><div class="overflow-x-auto rounded-md border '
                           'border-tint-subtle"><div role="table" class="flex flex-col"><div role="rowgroup" class="flex '
                           'flex-col sticky top-0 z-[1] bg-tint-subtle"><div role="row" class="flex w-full">'
                           + "".join(f'<div role="columnheader" {cell.format(w=w)} title="{attr(c)}"><div class="w-full '
                                     f'font-medium text-left">{esc(c)}</div></div>\n' for c in head_)
                           + '</div></div><div role="rowgroup" class="flex flex-col">'
                           + "".join('<div role="row" class="flex border-tint-subtle border-t">' + "".join(
                               f'<div role="cell" {cell.format(w=w)}><p class="text-left">{esc(c)}</p></div>\n' for c in r)
                               + "</div>" for r in rows) + "</div></div></div></div>")
            elif b.kind == "img":
                cap = f'<figcaption class="text-sm text-center text-tint"><p>{esc(b.text)}</p></figcaption>' if b.text else ""
                out.append(f'<div class="flex flex-col max-w-3xl mx-auto"><figure class="relative flex flex-col gap-2"><div '
                           f'class="relative overflow-hidden rounded-sm"><picture><img src="{img(b.src)}" alt="'
                           f'{attr(b.text)}" width="1600" height="1067" loading="lazy" fetchPriority="low" class="max-w-full '
                           f'block h-auto"/></picture></div>{cap}</figure></div>')
        for x in a.attachments:
            out.append(f'<div class="relative max-w-3xl mx-auto w-full rounded-md border border-tint-subtle"><a class="group/'
                       f'file flex flex-row items-center px-5 py-3 hover:text-primary" href="{x["path"]}" download="'
                       f'{attr(x["text"])}"><div class="min-w-14 mr-5 pr-5 flex flex-col items-center gap-1 border-r"><div>'
                       f'<svg class="gb-icon size-5 text-primary"></svg></div><div class="text-xs">{a.opts["size"]}</div>'
                       f'</div><div><div class="text-base">{esc(x["text"])}</div><div class="text-sm opacity-9">pdf</div>'
                       f"</div></a></div>")
        if a.byline:
            out.append(f'<p {P} style="text-align:right"><strong>{esc(a.byline)}</strong></p>')
        return "".join(out), heads

    def markdown(a: RichArticle) -> str:
        md = [f"# {a.title}", "", a.lead or "", ""]
        for b in a.blocks:
            if b.kind == "h":
                md += [f"## {b.text}", ""]
            elif b.kind in ("ul", "ol"):
                md += [f"* {x}" for x in b.items] + [""]
            elif b.kind == "table":
                md += ["| " + " | ".join(b.rows[0]) + " |", "|" + " --- |" * len(b.rows[0])]
                md += ["| " + " | ".join(r) + " |" for r in b.rows[1:]] + [""]
            elif b.kind == "img":
                md += [f"<figure><img src=\"../.gitbook/assets/{b.src}\" alt=\"\"><figcaption><p>{b.text}</p></figcaption></figure>",
                       ""]
            else:
                md += [inline_text(b.text), ""]
        for x in a.attachments:
            md += [f"{{% file src=\"../.gitbook/assets/{x['text']}\" %}}", ""]
        if a.byline:
            md += [f"**{a.byline}**", ""]
        return "\n".join(md)

    # -- news pages --------------------------------------------------------------------------------
    for a in arts:
        html, heads = blocks(a)
        md = f"{a.path}.md"
        main = page_main(a.path, a.title, a.lead or "", html, "Bản tin", md, updated=a.opts["updated"])
        site.page(a.path, layout(a.path, a.title, a.lead or "", main, heads, md=md))
        site.static(md, markdown(a))
        for b in a.blocks:
            if b.kind == "img":
                pass
        for x in a.attachments:
            name = f"_files/{x['text']}"
            site.files[name] = pdf(a.title, ["LIEN MINH HTX TINH QUANG NINH", "THONG BAO SO 08/TB-LMHTX"])
            site.routes.append({"path": x["path"], "file": name, "content_type": "application/pdf"})
        site.add_article(a)
    site.trap("every page has a Markdown twin /<path>.md (the <link rel='alternate' type='text/markdown'>, 'Xem dưới dạng "
              "Markdown' and the sr-only llms.txt line): text/markdown, not a page", f"{arts[0].path}.md")

    # -- archive page (content-ref cards) ----------------------------------------------------------------
    older = [a for a in arts if a.date.year < 2025]
    cards = "".join(f'<div class="max-w-3xl mx-auto w-full"><a class="group/content-ref flex flex-row items-center gap-3 '
                    f'rounded-md border border-tint-subtle px-5 py-3 hover:border-primary" href="{a.path}"><svg class="gb-icon '
                    f'size-4"></svg><span class="flex-1 text-base">{esc(a.title)}</span><svg class="gb-icon size-4"></svg>'
                    f"</a></div>" for a in older)
    arch_main = page_main(archive_path, "Lưu trữ bản tin", "Các bản tin năm 2024.",
                          f"<p {P}>Các bản tin cũ được ẩn khỏi mục lục để mục lục gọn hơn.</p>" + cards, "Bản tin",
                          f"{archive_path}.md", updated=datetime(2025, 1, 3, 9, 35))
    site.page(archive_path, layout(archive_path, "Lưu trữ bản tin", "Các bản tin năm 2024.", arch_main, [],
                                   md=f"{archive_path}.md"))
    site.static(f"{archive_path}.md", "# Lưu trữ bản tin\n\nCác bản tin năm 2024.\n\n"
                + "".join(f"{{% content-ref url=\"{a.opts['file']}.md\" %}}\n[{a.opts['file']}.md]({a.opts['file']}.md)\n"
                          "{% endcontent-ref %}\n\n" for a in older))
    site.non_articles.append(archive_path)
    site.trap("'Lưu trữ bản tin' (the last page of the 'Bản tin' group): content-ref cards to the hidden 2024 news "
              "page: a list, not an article", archive_path)

    # -- handbook pages, home, variant ------------------------------------------------------------------------
    for s, t, d, paras in GUIDES:
        p = f"/huong-dan/{s}"
        main = page_main(p, t, d, "".join(f"<p {P}>{esc(x)}</p>" for x in paras), "Hướng dẫn", f"{p}.md",
                         updated=datetime(2025, 3, 18, 10, 0))
        site.page(p, layout(p, t, d, main, [], md=f"{p}.md"))
        site.static(f"{p}.md", f"# {t}\n\n{d}\n\n" + "\n\n".join(paras) + "\n")
        site.non_articles.append(p)
    home_blocks = (f"<p {P}>Sổ tay HTX Quảng Ninh tập hợp hướng dẫn nghiệp vụ và bản tin hoạt động của Liên minh Hợp tác xã "
                   f"tỉnh Quảng Ninh dành cho cán bộ quản lý HTX.</p><p {P}>Mời bạn đọc mục <a href=\"/huong-dan/thanh-lap-htx\">"
                   f"Hướng dẫn</a> hoặc các <a href=\"{visible[0].path}\">bản tin mới nhất</a>.</p>")
    site.page("/", layout("/", NAME, "Hướng dẫn nghiệp vụ và bản tin cho các HTX tỉnh Quảng Ninh",
                          page_main("/", "Giới thiệu", "Hướng dẫn nghiệp vụ và bản tin cho các HTX tỉnh Quảng Ninh",
                                    home_blocks, None, "/README.md", updated=datetime(2025, 3, 18, 10, 0)), [],
                          md="/README.md"))
    site.static("/README.md", "# Giới thiệu\n\nSổ tay HTX Quảng Ninh.\n")
    site.non_articles += ["/"]
    en_main = page_main("/en", "Introduction", "Quang Ninh cooperative handbook (English edition)",
                        f"<p {P}>This variant holds an English summary of the handbook for partners and visitors.</p>",
                        None, "/en.md", prevnext=False, updated=datetime(2025, 2, 10, 9, 0))
    site.page("/en", layout("/en", "Introduction", "Quang Ninh cooperative handbook", en_main, [], variant="en", md="/en.md"),
              content_type="text/html; charset=utf-8")
    en2 = page_main("/en/guides/establishing-a-cooperative", "Establishing a cooperative", "",
                    f"<p {P}>A cooperative needs at least five founding members under the 2023 Law on Cooperatives.</p>",
                    None, "/en/guides/establishing-a-cooperative.md", prevnext=False, updated=datetime(2025, 2, 10, 9, 0))
    site.page("/en/guides/establishing-a-cooperative", layout("/en/guides/establishing-a-cooperative",
                                                              "Establishing a cooperative", "", en2, [], variant="en",
                                                              md="/en/guides/establishing-a-cooperative.md"))
    site.static("/en.md", "# Introduction\n")
    site.static("/en/guides/establishing-a-cooperative.md", "# Establishing a cooperative\n")
    site.non_articles += ["/", "/en", "/en/guides/establishing-a-cooperative"]
    site.non_articles = list(dict.fromkeys(site.non_articles))
    site.trap("home / (the README 'Giới thiệu'), the handbook pages /huong-dan/… and the 'English' variant /en (the "
              "header's variant menu 'Tiếng Việt' / 'English'): pages, not news", "/en")

    # -- GitBook routes --------------------------------------------------------------------------------------
    site.files["_files/gitbook-image.png"] = image_for("gitbook-image")
    site.files["~gitbook/image"] = image_for("gitbook-image")
    site.routes.append({"path": "/~gitbook/image", "file": "_files/gitbook-image.png", "content_type": "image/png"})
    site.routes.append({"path": "/~gitbook/icon", "file": "_files/gitbook-image.png", "content_type": "image/png"})
    pdf_page = ("<!DOCTYPE html><html lang=\"vi\"><head><meta charSet=\"utf-8\"/><title>" + esc(NAME) + "</title></head><body>"
                "<div class=\"print-mode\"><a href=\"/\">Quay lại nội dung</a> <button>In hoặc lưu dưới dạng PDF</button>"
                "</div></body></html>\n")
    site.page("/~gitbook/pdf", pdf_page, content_type="text/html; charset=utf-8")
    site.never_fetched.append(f"/~gitbook/pdf?page={arts[0].opts['id']}&only=yes&limit=100")
    site.trap("the page actions' 'Xuất dưới dạng PDF' /~gitbook/pdf?page=<pageId>&only=yes&limit=100: robots.txt "
              "disallows /~gitbook/ (never fetched)", f"/~gitbook/pdf?page={arts[0].opts['id']}&only=yes&limit=100")
    site.static("/_next/static/chunks/webpack-0c9a1f3e6b2d.js", "/* next */\n")
    site.static("/llms.txt", f"# {NAME}\n\n" + "".join(f"- [{titles[p]}]({{{{base}}}}{p if p != '/' else '/README'}.md)\n"
                                                       for p in order))
    site.static("/robots.txt", "User-agent: *\nDisallow: /~gitbook/\nAllow: /\n\nSitemap: {{base}}/sitemap.xml\n")
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9"><sitemap><loc>{{base}}/sitemap-pages.xml</loc></sitemap></sitemapindex>\n',
              content_type="application/xml")
    upd = {a.path: a.opts["updated"] for a in arts}
    urls = "".join(f"<url><loc>{{{{base}}}}{p}</loc><priority>{'1.0' if p == '/' else '0.5'}</priority>"
                   f"<lastmod>{utc_iso(upd.get(p, datetime(2025, 3, 18, 10, 0)))}</lastmod></url>" for p in order)
    site.page("/sitemap-pages.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              f'sitemap/0.9">{urls}</urlset>\n', content_type="application/xml")
    site.trap("/sitemap.xml is an index naming /sitemap-pages.xml: every visible page with <lastmod> = the last edit in "
              "UTC (not the news date); the hidden 2024 page is not in it", "/sitemap-pages.xml")
    return site
