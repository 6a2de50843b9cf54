"""Site `quyhtx-haiphong` (registry family `generic`): the Quỹ hỗ trợ phát triển hợp tác xã of Hải Phòng
city (after the 1 July 2025 merger it also serves the former Hải Dương province), a SvelteKit front end
over a headless Sanity CMS; written as a held-out test: no family module, no selectors.

Why it is hard: every element carries a `svelte-<hash>` class and Svelte's hydration comments
(`<!--[-->`, `<!--]-->`, `<!---->`) split the markup; the post's Sanity document is repeated as JSON in
`<script type="application/json" data-sveltekit-fetched>` (its `publishedAt` and `_updatedAt` are UTC
instants: 08:30 in Hải Phòng is `01:30:00Z`, and `_updatedAt` is a later edit). The Portable Text body
is rendered into `p`, `h2`, `blockquote` and a custom `div.callout` block (all part of the text).
The author is sometimes an author card (`div.author-card`, name + role) above the body, sometimes a
closing byline paragraph, sometimes a newspaper ("Nguồn: …", no author), sometimes nobody. One post
has no `publishedAt` (the template prints no date): only its text says "Ngày 12/3" and the listing
card gives the year. A notice is an official document whose place-date line is three days before the
posting time; a post shows "Cập nhật" beside its date; the "Tin liên quan" cards under each post
carry their own dates. Listing `/tin-tuc` pages by `?trang=2`; the OCOP category, search, the fund's
introduction, the loan guide, contact and the login of the Sanity Studio are not articles.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta

from .core import TODAY_2026, Article, SiteBuild, attr, esc, image_for, inline_html, inline_text, pdf, weekday

SITE = "quyhtx-haiphong"
NAME = "Quỹ hỗ trợ phát triển hợp tác xã thành phố Hải Phòng"
SHORT = "Quỹ HTX Hải Phòng"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc"
OCOP = "/chuyen-muc/ocop"
ABOUT = "/gioi-thieu"
GUIDE = "/huong-dan-vay-von"
CONTACT = "/lien-he"
SEARCH = "/tim-kiem?q=ocop"
STUDIO = "/studio"
PER = 5
PDF_PATH = "/files/tb-08-qhtx-2026.pdf"
H = {"layout": "svelte-1q8k3mx", "header": "svelte-9c2r7d", "post": "svelte-ztb4lk", "pt": "svelte-1wq0vkc",
     "card": "svelte-k7f21e", "aside": "svelte-5hd0ty", "footer": "svelte-ue3n8b"}

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Vốn ưu đãi cho hợp tác xã - Động lực phát triển kinh tế tập thể thành phố Cảng"]
HOTLINE = "Đường dây nóng: 0225 3842 619"
SIDE = ["Quy trình vay vốn", "Bước 1: Nộp hồ sơ đề nghị vay vốn", "Bước 2: Quỹ thẩm định phương án, tài sản bảo đảm",
        "Bước 3: Ký hợp đồng tín dụng và giải ngân", "Đăng ký nhận bản tin", "Nhập email của bạn", "Đăng ký",
        "Lượt truy cập: 96.215", "Đang xem: 9", "Đọc nhiều"]
POST = ["Tin liên quan", "Chia sẻ:", "Facebook", "Zalo", "Sao chép liên kết", "Quay lại danh sách", "Cập nhật:"]
FOOTER = ["Trực thuộc Liên minh Hợp tác xã thành phố Hải Phòng",
          "Trụ sở: số 8 Hoàng Diệu, phường Hồng Bàng, thành phố Hải Phòng",
          "Cơ sở 2: số 16 Lê Thanh Nghị, phường Hải Dương, thành phố Hải Phòng",
          "Điện thoại: 0225 3842 619 - Email: quyhtx@haiphong.gov.vn",
          "Người chịu trách nhiệm: Bà Phạm Thị Thu Hà - Giám đốc Quỹ",
          "© 2026 Quỹ hỗ trợ phát triển HTX thành phố Hải Phòng"]
BOILERPLATE = [TODAY, *SLOGANS, HOTLINE, *SIDE[:5], *SIDE[6:], *POST, *FOOTER]


def utc(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def img_path(key: str) -> str:
    return f"/images/{hashlib.sha1(key.encode()).hexdigest()[:24]}-1200x800.jpg"


def timed(d: datetime, extra: list[str] | None = None) -> dict:
    return dict(published=d.strftime("%Y-%m-%dT%H:%M:%S+07:00"), published_source="date-element",
                evidence=["date-element"] + (extra or []))


def articles() -> list[Article]:
    A = Article
    return [
        A(path=NEWS + "/quy-giai-ngan-18-ty-dong-cho-htx-quy-1-2026",
          title="Quỹ giải ngân hơn 18 tỷ đồng cho hợp tác xã trong quý I/2026",
          date=datetime(2026, 3, 27, 8, 30),
          lead="Trong quý I/2026, Quỹ hỗ trợ phát triển HTX thành phố đã giải ngân 18,6 tỷ đồng cho 11 dự án, trong đó 5 dự án của các HTX khu vực phía Tây thành phố.",
          body="""
Các dự án được vay vốn chủ yếu đầu tư nhà lưới trồng rau, dây chuyền sơ chế vải thiều, kho lạnh và phương tiện vận chuyển nông sản.
## Ưu tiên HTX ứng dụng công nghệ cao
Quỹ dành 40% nguồn vốn cho vay năm 2026 cho các dự án nông nghiệp ứng dụng công nghệ cao và kinh tế tuần hoàn, với lãi suất thấp hơn 0,5 điểm phần trăm so với mức thông thường.
[img giai-ngan-q1] Cán bộ Quỹ kiểm tra nhà lưới của HTX Nông nghiệp Thanh Hà vay vốn đầu tư
> "Có vốn ưu đãi đúng mùa vụ, HTX chủ động được vật tư, không phải vay nóng bên ngoài", ông Vũ Văn Thắng, Giám đốc HTX Nông nghiệp Thanh Hà chia sẻ.
Từ nay đến hết tháng 6, Quỹ tiếp tục tiếp nhận hồ sơ tại trụ sở chính và Cơ sở 2.
""",
          author="Đỗ Minh Hằng", **timed(datetime(2026, 3, 27, 8, 30), ["metadata"]),
          opts={"card": ("Đỗ Minh Hằng", "Phòng Nghiệp vụ"), "cat": "Tin hoạt động",
                "updated": datetime(2026, 3, 30, 16, 5)},
          notes=["author only in the div.author-card above the body ('Đỗ Minh Hằng' / 'Phòng Nghiệp vụ'), not text; "
                 "the page shows '27/03/2026 08:30' and 'Cập nhật: 30/03/2026 16:05' (the _updatedAt): the posting "
                 "time wins; the hydration JSON holds publishedAt '2026-03-27T01:30:00.000Z' (UTC); a Portable Text "
                 "blockquote is one line of the text"]),
        A(path=NEWS + "/htx-du-lich-cong-dong-viet-hai-ra-mat",
          title="Ra mắt HTX Du lịch cộng đồng Việt Hải",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, tại xã Cát Hải, HTX Du lịch cộng đồng Việt Hải tổ chức lễ ra mắt với 27 thành viên là các hộ làm homestay, chèo thuyền kayak và chế biến hải sản.
HTX được Quỹ hỗ trợ phát triển HTX thành phố xem xét cho vay 1,2 tỷ đồng để cải tạo nhà nghỉ, mua thuyền và xây dựng điểm đón khách.
Theo kế hoạch, HTX sẽ đón những đoàn khách đầu tiên vào dịp lễ 30/4 và hướng tới xây dựng sản phẩm OCOP du lịch cộng đồng.
""",
          author=None, published="2026-03-12T00:00:00+07:00", published_source="listing", evidence=["listing"],
          opts={"nodate": True, "cat": "Tin hoạt động"},
          notes=["the Sanity document has no publishedAt: the page shows no date, the text says 'Ngày 12/3' (no year), "
                 "'30/4' is a later event; the /tin-tuc card shows 12/03/2026: midnight; no author"]),
        A(path=NEWS + "/thong-bao-tiep-nhan-ho-so-vay-von-dot-1-nam-2026",
          title="Thông báo tiếp nhận hồ sơ đề nghị vay vốn đợt 1 năm 2026",
          date=datetime(2026, 2, 5, 10, 15),
          body="""
LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HẢI PHÒNG
QUỸ HỖ TRỢ PHÁT TRIỂN HỢP TÁC XÃ
Số: 08/TB-QHTX
Hải Phòng, ngày 02 tháng 02 năm 2026
THÔNG BÁO
Tiếp nhận hồ sơ đề nghị vay vốn đợt 1 năm 2026
Căn cứ Điều lệ tổ chức và hoạt động của Quỹ ban hành kèm theo Quyết định số 1520/QĐ-UBND ngày 15/8/2025 của Ủy ban nhân dân thành phố, Quỹ hỗ trợ phát triển hợp tác xã thành phố thông báo như sau:
1. Đối tượng: hợp tác xã, liên hiệp hợp tác xã có trụ sở trên địa bàn thành phố Hải Phòng.
2. Thời gian tiếp nhận: từ ngày 16/02/2026 đến hết ngày 30/6/2026.
3. Mức cho vay tối đa 3 tỷ đồng đối với một dự án, thời hạn không quá 60 tháng.
Nơi nhận: Các HTX, liên hiệp HTX; Lưu VT.
GIÁM ĐỐC
Phạm Thị Thu Hà
""",
          author=None, doc_number="08/TB-QHTX", **timed(datetime(2026, 2, 5, 10, 15), ["metadata"]),
          attachments=[{"path": PDF_PATH, "text": "tb-08-qhtx-2026.pdf"}],
          opts={"cat": "Thông báo"},
          notes=["official notice 'Số: 08/TB-QHTX' dated 'Hải Phòng, ngày 02 tháng 02 năm 2026' citing a decision of "
                 "15/8/2025; the page shows '05/02/2026 10:15'; signer last (text, author null); the PDF in a "
                 "'Tệp đính kèm' link after the text"]),
        A(path=NEWS + "/anh-vai-thieu-thanh-ha-vao-mua",
          title="Ảnh: Vải thiều Thanh Hà vào mùa thu hoạch",
          date=datetime(2025, 6, 10, 15, 40),
          body="""
[img vai-1] Thành viên HTX Nông nghiệp Thanh Xá thu hoạch vải thiều từ sáng sớm
[img vai-2] Vải được phân loại, đóng hộp tại xưởng sơ chế đầu tư bằng vốn vay của Quỹ
[img vai-3] Xe lạnh của HTX chở vải đi các tỉnh phía Nam
[img vai-4] Sản phẩm vải thiều Thanh Hà đạt OCOP 4 sao trưng bày tại điểm bán của HTX
Ảnh: Hoàng Long
""",
          author="Hoàng Long", **timed(datetime(2025, 6, 10, 15, 40), ["metadata"]),
          opts={"cat": "Phóng sự ảnh", "migrated": True},
          notes=["photo story of the former Hải Dương fund (before the merger): four figures with figcaptions, "
                 "no paragraph but the closing 'Ảnh: Hoàng Long' (author: Hoàng Long)"]),
        A(path=NEWS + "/hoi-nghi-tong-ket-quy-nam-2025",
          title="Quỹ hỗ trợ phát triển HTX thành phố tổng kết hoạt động năm 2025",
          date=datetime(2026, 1, 16, 17, 20),
          body="""
Chiều 16/1, Quỹ hỗ trợ phát triển HTX thành phố tổ chức hội nghị tổng kết hoạt động năm 2025 và triển khai nhiệm vụ năm 2026.
Năm 2025, Quỹ cho vay 42 dự án với tổng số tiền 61,5 tỷ đồng; sau hợp nhất, Quỹ tiếp nhận 28 hợp đồng tín dụng còn dư nợ của Quỹ tỉnh Hải Dương trước đây.
[img tong-ket-2025] Quang cảnh hội nghị
::callout Năm 2026, Quỹ phấn đấu đạt tổng nguồn vốn 150 tỷ đồng, dư nợ cho vay 120 tỷ đồng.
## Các giải pháp trọng tâm
* Số hóa toàn bộ quy trình tiếp nhận, thẩm định hồ sơ vay vốn;
* Phối hợp với chính quyền các xã, phường mới rà soát nhu cầu vốn của HTX;
* Tăng cường kiểm tra sau cho vay, xử lý nợ quá hạn.
Bài, ảnh: Trần Quang Huy
""",
          author="Trần Quang Huy", **timed(datetime(2026, 1, 16, 17, 20), ["metadata"]),
          opts={"cat": "Tin hoạt động"},
          notes=["a Portable Text custom block div.callout is one line of the text; a bulleted list; closing "
                 "'Bài, ảnh: Trần Quang Huy' (text, author); the 'Tin liên quan' cards under it carry older dates"]),
        A(path=NEWS + "/htx-nuoc-mam-cat-hai-vay-von-mo-rong-xuong",
          title="HTX Nước mắm Cát Hải vay vốn mở rộng xưởng chế biến",
          date=datetime(2025, 11, 4, 9, 0),
          body="""
HTX Chế biến hải sản Cát Hải vừa được Quỹ cho vay 2,5 tỷ đồng, thời hạn 48 tháng, để mở rộng xưởng ủ chượp và đầu tư dây chuyền đóng chai.
Sản phẩm nước mắm Cát Hải của HTX đã đạt OCOP 4 sao năm 2023, hiện có mặt tại nhiều siêu thị ở Hà Nội và Hải Phòng.
Với dây chuyền mới, công suất của HTX dự kiến tăng từ 300.000 lên 500.000 lít mỗi năm.
Nguồn: Báo Hải Phòng
""",
          author=None, **timed(datetime(2025, 11, 4, 9, 0), ["metadata"]),
          opts={"cat": "OCOP"},
          notes=["closing line 'Nguồn: Báo Hải Phòng' is a source: author null"]),
        A(path=NEWS + "/tap-huan-nghiep-vu-tin-dung-cho-htx-phia-tay",
          title="Tập huấn nghiệp vụ tín dụng cho cán bộ HTX khu vực phía Tây thành phố",
          date=datetime(2025, 9, 23, 14, 0),
          lead="Hơn 80 cán bộ quản lý HTX tại các xã, phường thuộc tỉnh Hải Dương cũ tham dự lớp tập huấn do Quỹ tổ chức.",
          body="""
Lớp tập huấn diễn ra trong hai ngày 22 và 23/9 tại Cơ sở 2 của Quỹ.
Học viên được hướng dẫn quy trình vay vốn mới sau hợp nhất, cách lập phương án sản xuất kinh doanh và quản lý dòng tiền.
Nhiều HTX đề nghị Quỹ rút ngắn thời gian thẩm định và mở rộng hình thức tài sản bảo đảm bằng hợp đồng bao tiêu sản phẩm.
""",
          author="Nguyễn Thu Trang", **timed(datetime(2025, 9, 23, 14, 0), ["metadata"]),
          opts={"card": ("Nguyễn Thu Trang", "Phóng viên"), "cat": "Tin hoạt động"}),
        A(path=NEWS + "/quy-hai-duong-cho-vay-htx-gom-chu-dau",
          title="Quỹ hỗ trợ phát triển HTX tỉnh Hải Dương cho vay HTX Gốm Chu Đậu",
          date=datetime(2024, 5, 17, 8, 45),
          body="""
Quỹ hỗ trợ phát triển HTX tỉnh Hải Dương vừa ký hợp đồng cho HTX Gốm sứ Chu Đậu vay 1,5 tỷ đồng để đầu tư lò nung tiết kiệm năng lượng.
Lò nung mới giúp HTX giảm 25% chi phí nhiên liệu, nâng tỷ lệ sản phẩm đạt chuẩn lên trên 90%.
HTX hiện có 32 thành viên, sản phẩm gốm Chu Đậu được xuất khẩu sang Nhật Bản và châu Âu.
Văn Tiến
""",
          author="Văn Tiến", **timed(datetime(2024, 5, 17, 8, 45), ["metadata"]),
          opts={"cat": "Tin hoạt động", "migrated": True},
          notes=["migrated 2024 article of the former Hải Dương fund (its own date 17/05/2024 08:45 kept); closing "
                 "byline 'Văn Tiến' (text, author)"]),
    ]


def prepared() -> list[Article]:
    out = articles()
    for a in out:
        a.opts["raw"] = a.body
        a.body = re.sub(r"^(> |::callout )", "", a.body, flags=re.M)
    return out


def c(part: str) -> str:
    return H[part]


def portable(a: Article) -> tuple[str, list]:
    """The Portable Text body as Svelte renders it, and the JSON blocks."""
    k = c("pt")
    out, blocks = [], []
    for line in [x.strip() for x in a.opts["raw"].strip().splitlines() if x.strip()]:
        key = hashlib.md5(line.encode()).hexdigest()[:12]
        if line.startswith("[img "):
            ref, cap = line[5:].split("]", 1)
            src = img_path(a.path + ref)
            out.append(f'<!--[--><figure class="pt-image {k}"><img src="{src}" alt="{attr(cap.strip())}" loading="lazy" '
                       f'width="1200" height="800" class="{k}"><figcaption class="{k}">{esc(cap.strip())}</figcaption>'
                       f'</figure><!--]-->')
            blocks.append({"_type": "image", "_key": key, "asset": {"_ref": f"image-{src[8:32]}-1200x800-jpg"},
                           "caption": cap.strip()})
        elif line.startswith("## "):
            out.append(f'<!--[--><h2 class="{k}">{esc(line[3:])}<!----></h2><!--]-->')
            blocks.append({"_type": "block", "_key": key, "style": "h2", "children": [{"_type": "span", "text": line[3:]}]})
        elif line.startswith("> "):
            out.append(f'<!--[--><blockquote class="{k}"><p class="{k}">{esc(line[2:])}<!----></p></blockquote><!--]-->')
            blocks.append({"_type": "block", "_key": key, "style": "blockquote", "children": [{"_type": "span", "text": line[2:]}]})
        elif line.startswith("::callout "):
            out.append(f'<!--[--><div class="callout callout-info {k}" role="note"><span class="callout-icon {k}" '
                       f'aria-hidden="true">i</span><div class="{k}">{esc(line[10:])}</div></div><!--]-->')
            blocks.append({"_type": "callout", "_key": key, "tone": "info", "text": line[10:]})
        elif line.startswith("* "):
            if out and out[-1].endswith("</ul><!--]-->"):
                out[-1] = out[-1][:-len("</ul><!--]-->")] + f'<li class="{k}">{esc(line[2:])}<!----></li></ul><!--]-->'
            else:
                out.append(f'<!--[--><ul class="{k}"><li class="{k}">{esc(line[2:])}<!----></li></ul><!--]-->')
            blocks.append({"_type": "block", "_key": key, "style": "normal", "listItem": "bullet",
                           "children": [{"_type": "span", "text": line[2:]}]})
        else:
            out.append(f'<!--[--><p class="{k}">{inline_html(line)}<!----></p><!--]-->')
            blocks.append({"_type": "block", "_key": key, "style": "normal", "children": [{"_type": "span", "text": inline_text(line)}]})
    return "".join(out), blocks


def vn(d: datetime) -> str:
    return f"{d:%d/%m/%Y %H:%M}"


def card(a: Article, tag: str = "h3") -> str:
    k = c("card")
    return (f'<!--[--><article class="post-card {k}"><a href="{a.path}" class="{k}" data-sveltekit-preload-data="hover">'
            f'<img src="{img_path(a.path + "#thumb")}" alt="" class="{k}" loading="lazy"><{tag} class="{k}">{esc(a.title)}</{tag}></a>'
            f'<div class="card-meta {k}"><span class="{k}">{a.opts["cat"]}</span> · <span class="{k}">{a.date:%d/%m/%Y}</span></div>'
            f'<p class="{k}">{esc(a.summary())}</p></article><!--]-->')


def layout(title: str, path: str, main: str, popular: list[Article], *, desc: str = "", fetched: str = "") -> str:
    h, ly, f, s = c("header"), c("layout"), c("footer"), c("aside")
    nav = [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (OCOP, "OCOP"), (GUIDE, "Hướng dẫn vay vốn"),
           (CONTACT, "Liên hệ")]
    menu = "".join(f'<li class="{h}"><a href="{u}" class="{h}"{" aria-current=" + chr(34) + "page" + chr(34) if u == path else ""}>{t}</a></li>'
                   for u, t in nav)
    pop = "".join(f'<li class="{s}"><a href="{a.path}" class="{s}">{esc(a.title)}</a></li>' for a in popular)
    side = (f'<aside class="sidebar {s}"><section class="steps {s}"><h2 class="{s}">{SIDE[0]}</h2><ol class="{s}">'
            + "".join(f'<li class="{s}">{x}</li>' for x in SIDE[1:4])
            + f'</ol><a href="{GUIDE}" class="{s}">Xem hướng dẫn</a></section>'
            f'<section class="{s}"><h2 class="{s}">{SIDE[9]}</h2><ol class="{s}">{pop}</ol></section>'
            f'<section class="newsletter {s}"><h2 class="{s}">{SIDE[4]}</h2><form method="POST" action="/?/subscribe" class="{s}">'
            f'<input type="email" name="email" placeholder="{SIDE[5]}" class="{s}"><button class="{s}">{SIDE[6]}</button></form></section>'
            f'<section class="{s}"><p class="{s}">{SIDE[7]}</p><p class="{s}">{SIDE[8]}</p></section></aside>')
    return f"""<!doctype html>
<html lang="vi">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="/favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<link href="/_app/immutable/assets/0.Cx8fW2pa.css" rel="stylesheet">
		<link rel="modulepreload" href="/_app/immutable/entry/start.BT2kq9fw.js">
		<link rel="modulepreload" href="/_app/immutable/chunks/entry.D4xv0c1P.js">
		<link rel="modulepreload" href="/_app/immutable/entry/app.Cv7m3LQe.js"><!--[--><title>{esc(title)} | {SHORT}</title><meta name="description" content="{attr(desc or NAME)}"><link rel="canonical" href="{{{{base}}}}{path}"><!--]-->
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents"><!--[--><!--[--><!----><div class="app {ly}"><header class="{h}"><div class="topbar {h}"><span class="{h}">{TODAY}</span> <span class="{h}">{SLOGANS[0]}</span> <span class="{h}">{HOTLINE}</span></div><div class="brand {h}"><a href="/" class="{h}"><img src="/logo-quy.png" alt="{SHORT}" class="{h}"><span class="{h}">{NAME}</span></a></div><nav class="{h}"><ul class="{h}">{menu}</ul><a href="{STUDIO}" class="{h}" data-sveltekit-reload>Đăng nhập</a></nav></header><div class="container {ly}"><main class="{ly}"><!---->{main}<!----></main>{side}</div><footer class="{f}"><p class="{f}"><strong class="{f}">{NAME}</strong></p>{"".join(f'<p class="{f}">{esc(x)}</p>' for x in FOOTER)}</footer></div><!----><!--]--><!--]-->
			{fetched}<script>
				{{
					__sveltekit_1r8xq2m = {{
						base: new URL(".", location).pathname.slice(0, -1)
					}};
					const element = document.currentScript.parentElement;
					Promise.all([
						import("/_app/immutable/entry/start.BT2kq9fw.js"),
						import("/_app/immutable/entry/app.Cv7m3LQe.js")
					]).then(([kit, app]) => {{
						kit.start(app, element, {{ node_ids: [0, 4], data: [null,null], form: null, error: null }});
					}});
				}}
			</script>
		</div>
	</body>
</html>
"""


def detail(a: Article, related: list[Article]) -> tuple[str, str]:
    k = c("post")
    o = a.opts
    body, blocks = portable(a)
    meta = []
    if not o.get("nodate"):
        meta.append(f'<time datetime="{utc(a.date)}" class="{k}">{vn(a.date)}</time>')
    if o.get("updated"):
        meta.append(f'<span class="updated {k}">Cập nhật: {vn(o["updated"])}</span>')
    meta.append(f'<a href="{OCOP if o["cat"] == "OCOP" else NEWS}" class="{k}">{o["cat"]}</a>')
    card_html = ""
    if o.get("card"):
        name, role = o["card"]
        card_html = (f'<!--[--><div class="author-card {k}"><img src="{img_path("author" + name)}" alt="" class="{k}">'
                     f'<div class="{k}"><span class="author-name {k}">{esc(name)}</span><span class="author-role {k}">{esc(role)}</span></div></div><!--]-->')
    else:
        card_html = "<!--[!--><!--]-->"
    lead = f'<p class="excerpt {k}">{esc(a.lead)}</p>' if a.lead else ""
    files = "".join(f'<div class="files {k}"><span class="{k}">Tệp đính kèm</span> <a href="{x["path"]}" class="{k}" '
                    f'data-sveltekit-reload>{esc(x["text"])}</a></div>' for x in a.attachments)
    rel = "".join(card(r) for r in related)
    main = (f'<article class="post {k}"><nav class="crumbs {k}"><a href="/" class="{k}">Trang chủ</a> › '
            f'<a href="{NEWS}" class="{k}">Tin tức</a></nav><h1 class="{k}">{esc(a.title)}</h1>'
            f'<div class="post-meta {k}">{" · ".join(meta)}</div>{card_html}{lead}'
            f'<div class="post-body {k}">{body}</div>{files}'
            f'<div class="share {k}"><span class="{k}">Chia sẻ:</span> <button class="{k}">Facebook</button> '
            f'<button class="{k}">Zalo</button> <button class="{k}">Sao chép liên kết</button></div>'
            f'<section class="related {k}"><h2 class="{k}">Tin liên quan</h2><div class="grid {k}">{rel}</div></section>'
            f'<a href="{NEWS}" class="{k}">Quay lại danh sách</a></article>')
    doc = {"_id": hashlib.sha1(a.path.encode()).hexdigest()[:8] + "-4c1e-9d2a", "_type": "post", "title": a.title,
           "slug": {"current": a.path.rsplit("/", 1)[1]}, "publishedAt": None if o.get("nodate") else utc(a.date),
           "_updatedAt": utc(o.get("updated") or a.date + timedelta(minutes=12)),
           "excerpt": a.lead, "category": {"title": o["cat"]},
           "author": {"name": o["card"][0], "role": o["card"][1]} if o.get("card") else None, "body": blocks}
    payload = json.dumps({"status": 200, "statusText": "OK", "headers": {},
                          "body": json.dumps({"ms": 41, "result": doc}, ensure_ascii=False)}, ensure_ascii=False)
    safe = payload.replace("</", "<\\/")
    fetched = (f'<script type="application/json" data-sveltekit-fetched data-url="/api/sanity/query?slug='
               f'{a.path.rsplit("/", 1)[1]}" data-ttl="60">{safe}</script>\n\t\t\t')
    return main, fetched


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hai-phong", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(prepared(), key=lambda a: a.date, reverse=True)
    popular = [arts[0], arts[3], arts[5]]
    for i, a in enumerate(arts):
        related = [r for r in arts if r is not a][(i + 1) % 5:(i + 1) % 5 + 3]
        main, fetched = detail(a, related)
        site.page(a.path, layout(a.title, a.path, main, popular, desc=a.summary(), fetched=fetched), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Thông báo số 08/TB-QHTX", ["THONG BAO TIEP NHAN HO SO VAY VON DOT 1 NAM 2026",
                                                         "Quy ho tro phat trien HTX thanh pho Hai Phong", "So: 08/TB-QHTX"]))
    k = c("card")
    chunks = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, chunk in enumerate(chunks, 1):
        here = NEWS if n == 1 else f"{NEWS}?trang={n}"
        pager = (f'<nav class="pager {k}">' + (f'<a href="{NEWS if n == 2 else f"{NEWS}?trang={n - 1}"}" class="{k}">‹ Trang trước</a> ' if n > 1 else "")
                 + f'<span class="{k}">Trang {n}/{len(chunks)}</span>'
                 + (f' <a href="{NEWS}?trang={n + 1}" class="{k}" data-sveltekit-preload-data="tap">Trang sau ›</a>' if n < len(chunks) else "")
                 + "</nav>")
        main = f'<h1 class="{k}">Tin tức</h1><div class="grid {k}">{"".join(card(a, "h2") for a in chunk)}</div>{pager}'
        site.page(here, layout("Tin tức", here, main, popular), content_type=HTML)
        site.non_articles.append(here)
    ocop = [a for a in arts if a.opts["cat"] in ("OCOP", "Phóng sự ảnh")]
    site.page(OCOP, layout("OCOP", OCOP, f'<h1 class="{k}">Chuyên mục: OCOP</h1><div class="grid {k}">{"".join(card(a, "h2") for a in ocop)}</div>',
                           popular), content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body]
    site.page(SEARCH, layout("Tìm kiếm", SEARCH, f'<h1 class="{k}">Kết quả tìm kiếm cho “ocop”</h1><p class="{k}">Tìm thấy {len(found)} kết quả</p>'
                             f'<div class="grid {k}">{"".join(card(a, "h2") for a in found)}</div>', popular), content_type=HTML)
    home = (f'<section class="hero {k}"><h1 class="{k}">Vốn ưu đãi cho hợp tác xã</h1><p class="{k}">Quỹ cho vay với lãi suất '
            f'ưu đãi các dự án đầu tư sản xuất, kinh doanh của hợp tác xã, liên hiệp hợp tác xã trên địa bàn thành phố.</p>'
            f'<a href="{GUIDE}" class="{k}">Tìm hiểu thủ tục vay vốn</a></section><h2 class="{k}">Tin mới</h2>'
            f'<div class="grid {k}">{"".join(card(a) for a in arts[:6])}</div><a href="{NEWS}" class="{k}">Xem tất cả</a>')
    site.page("/", layout("Trang chủ", "/", home, popular), content_type=HTML)
    about = (f'<article class="page {k}"><h1 class="{k}">Giới thiệu Quỹ</h1><p class="{k}">Quỹ hỗ trợ phát triển hợp tác xã thành phố '
             f'Hải Phòng là tổ chức tài chính nhà nước trực thuộc Liên minh Hợp tác xã thành phố, hoạt động không vì mục đích '
             f'lợi nhuận.</p><h2 class="{k}">Lịch sử hình thành</h2><p class="{k}">Từ ngày 01/7/2025, sau khi hợp nhất tỉnh Hải '
             f'Dương và thành phố Hải Phòng, Quỹ tiếp nhận toàn bộ nguồn vốn và dư nợ của Quỹ hỗ trợ phát triển hợp tác xã tỉnh '
             f'Hải Dương, đặt Cơ sở 2 tại phường Hải Dương.</p><p class="{k}">Tổng nguồn vốn hoạt động của Quỹ đến cuối năm 2025 '
             f'đạt 128 tỷ đồng.</p></article>')
    guide = (f'<article class="page {k}"><h1 class="{k}">Hướng dẫn vay vốn</h1><p class="{k}">Hồ sơ đề nghị vay vốn gồm:</p><ul class="{k}">'
             f'<li class="{k}">Giấy đề nghị vay vốn theo mẫu của Quỹ;</li><li class="{k}">Phương án sản xuất kinh doanh;</li>'
             f'<li class="{k}">Báo cáo tài chính hai năm gần nhất;</li><li class="{k}">Hồ sơ tài sản bảo đảm.</li></ul>'
             f'<div class="callout {k}"><div class="{k}">Thời gian thẩm định không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ.</div></div></article>')
    contact = (f'<h1 class="{k}">Liên hệ</h1><p class="{k}">{FOOTER[1]}</p><form method="POST" action="{CONTACT}?/send" class="{k}">'
               f'<input name="name" class="{k}"><textarea name="message" class="{k}"></textarea><button class="{k}">Gửi</button></form>')
    for path, title, main in [(ABOUT, "Giới thiệu", about), (GUIDE, "Hướng dẫn vay vốn", guide), (CONTACT, "Liên hệ", contact)]:
        site.page(path, layout(title, path, main, popular), content_type=HTML)
    site.page(STUDIO, '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sanity Studio</title>'
              '<script src="/static/sanity-studio.js"></script></head><body><div id="sanity"><noscript>Please enable '
              'JavaScript to sign in to Sanity Studio.</noscript><p>Đăng nhập vào Sanity Studio</p></div></body></html>\n',
              content_type=HTML)
    site.non_articles += [OCOP, SEARCH, "/", ABOUT, GUIDE, CONTACT, STUDIO]
    for page in list(site.html_pages.values()):
        for ref in re.findall(r'src="(/images/[^"]+\.jpg)"', page):
            site.binary(ref, image_for(ref))
    for js in ("/_app/immutable/entry/start.BT2kq9fw.js", "/_app/immutable/chunks/entry.D4xv0c1P.js",
               "/_app/immutable/entry/app.Cv7m3LQe.js", "/static/sanity-studio.js"):
        site.static(js, "/* sveltekit */\n")
    site.static("/_app/immutable/assets/0.Cx8fW2pa.css", "body{font-family:Inter,sans-serif}\n")
    site.binary("/favicon.png", image_for("/favicon.png"))
    site.static("/robots.txt", "User-agent: *\nDisallow: /api/\n")
    site.trap("SvelteKit: svelte-<hash> classes and hydration comments everywhere; the Sanity document of the post "
              "repeated as JSON in <script type='application/json' data-sveltekit-fetched> (UTC instants, _updatedAt)",
              arts[0].path)
    site.trap("listing /tin-tuc pages by /tin-tuc?trang=2 ('Trang sau ›', data-sveltekit-preload-data='tap')", NEWS + "?trang=2")
    site.trap("category /chuyen-muc/ocop, search /tim-kiem?q=ocop, introduction (h1 + paragraphs, no date), loan guide "
              "(a list and a callout), contact and the Sanity Studio login /studio: not articles", GUIDE)
    return site
