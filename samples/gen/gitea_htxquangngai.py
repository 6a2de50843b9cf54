"""Site `gitea-htxquangngai` (registry family `generic`): "Liên minh HTX tỉnh Quảng Ngãi", whose IT office runs a
self-hosted **Gitea 1.19** forge ("Kho văn bản LMHTX Quảng Ngãi", Docker image, so the server's zone is UTC; UI in a
vi-VN locale file the office translated itself, `custom/options/locale`) and publishes the alliance's news and
notices as the **releases** of the repository `lmhtx-quangngai/thong-bao` (each release note is Markdown written in
the web editor; the repository itself holds the source documents). The copy is of 20 May 2024 10:00 (Vietnam
time), before Kon Tum merged into Quảng Ngãi. Written as a held-out test: no family module, no selectors.

What is an article here: a release `/lmhtx-quangngai/thong-bao/releases/tag/<tag>` (Gitea's release page: the
release list template with one entry; title in `h4.release-list-title`, the note in `div.markup.desc`, the
"Tải về" block with the source archives and the attached PDF).

URL shapes: `/` answers 302 to the organisation `/lmhtx-quangngai` (`LANDING_PAGE`); the repository home
`/lmhtx-quangngai/thong-bao` (files, README); releases listing `/lmhtx-quangngai/thong-bao/releases` (five per page,
`[repository.release] DEFAULT_PAGING_NUM = 5`, every note in full) with Gitea's pager `?page=2` (the four oldest only
there; `?page=1` is the first page again); `/releases/latest` answers 303 to the newest tag (alias); tags
`/lmhtx-quangngai/thong-bao/tags`; feeds `releases.rss` / `releases.atom`; the wiki `/lmhtx-quangngai/thong-bao/wiki`
(`Home`, `Gioi-thieu`, `?action=_pages`); user profiles `/<user>`; attachments
`/lmhtx-quangngai/thong-bao/releases/download/<tag>/<file>`; images pasted into a note `/attachments/<uuid>`.
No robots.txt, no sitemap.

Why it is hard: the dates. Every time is Gitea's server-rendered relative age in the UI language ("6 ngày trước",
"1 tuần trước", "2 tháng trước", against the copy's day) with the exact time only in the tooltip attribute
`data-tooltip-content="Mon, 13 May 2024 17:30:00 UTC"` (RFC 1123, the server's zone: UTC); a note published at 00:30
Vietnam time is on the previous day there, and so it is in the feed's `pubDate` ("+0000"). There is no date in the
head (og:title is the repository's name, og:type "object"), and `<title>` is "<release> - thong-bao - Kho văn bản
LMHTX Quảng Ngãi". The line "<display name> đã phát hành cái này" names the Gitea account that published the release
(the office's account or the IT officer's), never the author: the author is a closing byline in the note. The
listing pages carry every note in full (they are listings, not articles); the commit and compare links beside each
entry, the Watch/Star/Fork buttons, the navbar and the footer ("Được cung cấp bởi Gitea Phiên bản: 1.19.4") are on
every page.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "gitea-htxquangngai"
APP = "Kho văn bản LMHTX Quảng Ngãi"
ORG = "lmhtx-quangngai"
ORG_NAME = "Liên minh Hợp tác xã tỉnh Quảng Ngãi"
REPO = "thong-bao"
RL = f"/{ORG}/{REPO}"
NOW = datetime(2024, 5, 20, 10, 0)  # Vietnam time
USERS = {"vanphong": "Văn phòng LMHTX", "nguyenthuy": "Nguyễn Thị Thủy"}
WEEK = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
POWERED = "Được cung cấp bởi Gitea Phiên bản: 1.19.4"
FURN = [POWERED, "Khám phá", "Trợ giúp", "Đăng ký", "Đăng nhập", "Giấy phép", "Tiếng Việt", "Theo dõi", "Gắn sao",
        "Nhân bản", "Mã nguồn", "Bản phát hành", "Hoạt động", "đã phát hành cái này", "Tải về", "Mã nguồn (ZIP)",
        "Mã nguồn (TAR.GZ)", "kể từ bản phát hành này", "Trang web này hoạt động tốt hơn với JavaScript."]
DESC = "Kho thông báo, tin hoạt động và văn bản của Liên minh HTX tỉnh Quảng Ngãi"


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def rfc1123(d: datetime) -> str:
    u = utc(d)
    return f"{WEEK[u.weekday()]}, {u.day:02d} {MON[u.month - 1]} {u.year} {u:%H:%M:%S} UTC"


def rfc1123z(d: datetime) -> str:
    u = utc(d)
    return f"{WEEK[u.weekday()]}, {u.day:02d} {MON[u.month - 1]} {u.year} {u:%H:%M:%S} +0000"


def since(d: datetime) -> str:
    """Gitea computeTimeDiff: days under a week, weeks under a month (30 days), months under a year."""
    s = (NOW - d).total_seconds()
    day = 86400
    if s < day:
        return f"{int(s // 3600)} giờ trước"
    if s < 7 * day:
        return f"{int(s // day)} ngày trước"
    if s < 30 * day:
        return f"{int(s // (7 * day))} tuần trước"
    if s < 365 * day:
        return f"{int(s // (30 * day))} tháng trước"
    return f"{int(s // (365 * day))} năm trước"


def time_since(d: datetime) -> str:
    return (f'<span class="time-since" data-tooltip-content="{rfc1123(d)}" data-tooltip-interactive="true">'
            f"{since(d)}</span>")


def sha(s: str) -> str:
    return hashlib.sha1(s.encode()).hexdigest()


def uuid(s: str) -> str:
    h = sha("att" + s)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-8{h[17:20]}-{h[20:32]}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="tin-2024-05-14", title="Hội nghị sơ kết 5 năm thực hiện Đề án phát triển HTX kiểu mới tỉnh Quảng Ngãi",
          body="""
Sáng 13/5, Liên minh HTX tỉnh phối hợp với Sở Nông nghiệp và Phát triển nông thôn tổ chức hội nghị sơ kết 5 năm thực hiện Đề án phát triển HTX kiểu mới giai đoạn 2019 - 2025.
## Kết quả sau 5 năm
* Toàn tỉnh thành lập mới 96 HTX, nâng tổng số lên 312 HTX;
* 58 HTX tham gia chuỗi liên kết sản xuất gắn với tiêu thụ sản phẩm;
* Doanh thu bình quân của HTX đạt 3,4 tỷ đồng/năm, tăng 1,8 lần so với năm 2019.
Hội nghị đề ra mục tiêu đến năm 2025 có ít nhất 40% HTX nông nghiệp hoạt động hiệu quả.
""", byline="Võ Thành Trung", author="Võ Thành Trung",
          notes=["published 00:30 on 14/5 Vietnam time: the tooltip says 'Mon, 13 May 2024 17:30:00 UTC', the text "
                 "'6 ngày trước', the feed's pubDate '+0000' (the previous day); 'Nguyễn Thị Thủy đã phát hành cái "
                 "này' is the account; byline 'Võ Thành Trung' -> author; /releases/latest answers 303 here"],
          opts={"user": "nguyenthuy"}, **at(datetime(2024, 5, 14, 0, 30))),
        A(path="tb-16-2024", title="Thông báo số 16/TB-LMHTX về việc đăng ký tham gia Chương trình OCOP năm 2024",
          body="""
LIÊN MINH HTX TỈNH QUẢNG NGÃI
Số: 16/TB-LMHTX
Quảng Ngãi, ngày 08 tháng 5 năm 2024
THÔNG BÁO
Về việc đăng ký tham gia Chương trình OCOP năm 2024
Liên minh HTX tỉnh đề nghị các HTX có sản phẩm tiềm năng đăng ký tham gia đánh giá, phân hạng sản phẩm OCOP năm 2024.
Hồ sơ gửi về Văn phòng Liên minh HTX tỉnh trước ngày 15/6/2024; mẫu hồ sơ gửi kèm theo thông báo này.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Huỳnh Văn Dũng
""", author=None, doc_number="16/TB-LMHTX",
          attachments=[{"path": f"{RL}/releases/download/tb-16-2024/TB-16-LMHTX-OCOP-2024.pdf",
                        "text": "TB-16-LMHTX-OCOP-2024.pdf"}],
          notes=["notice 'Số: 16/TB-LMHTX' dated 08/5, released 08/5 14:10 ('1 tuần trước'); published by the office "
                 "account 'Văn phòng LMHTX': author null (the signer is text); the PDF is a release attachment in "
                 "'Tải về' beside the source archives"],
          opts={"user": "vanphong"}, **at(datetime(2024, 5, 8, 14, 10))),
        A(path="tin-2024-04-29", title="HTX Nông nghiệp Tịnh Bắc liên kết trồng keo theo chứng chỉ FSC",
          body="""
[img keo-fsc-1.png] Thành viên HTX Nông nghiệp Tịnh Bắc chăm sóc rừng keo đạt chứng chỉ FSC
HTX hiện liên kết với 120 hộ thành viên, quản lý 450 ha rừng keo theo tiêu chuẩn quản lý rừng bền vững FSC.
[img keo-fsc-2.png] Gỗ keo FSC được thu mua với giá cao hơn 10 - 15% so với gỗ thông thường
Năm 2024, HTX dự kiến mở rộng thêm 200 ha và xây dựng xưởng sơ chế gỗ.
""", byline="Bài, ảnh: Lê Kim Anh", author="Lê Kim Anh",
          notes=["photo story: images pasted into the note (/attachments/<uuid>, no extension), each followed by an "
                 "italic caption paragraph: captions are lines"],
          opts={"user": "nguyenthuy"}, **at(datetime(2024, 4, 29, 9, 0))),
        A(path="tin-2024-04-18", title="Kết quả hỗ trợ HTX quý I năm 2024",
          body="""
Trong quý I/2024, Liên minh HTX tỉnh đã triển khai các hoạt động hỗ trợ HTX như sau:
| STT | Nội dung hỗ trợ | Số HTX | Kinh phí (triệu đồng) |
| 1 | Tư vấn thành lập HTX | 9 | 45 |
| 2 | Đào tạo, bồi dưỡng cán bộ | 32 | 180 |
| 3 | Xúc tiến thương mại | 14 | 260 |
| 4 | Cho vay Quỹ hỗ trợ phát triển HTX | 5 | 3.200 |
Liên minh HTX tỉnh tiếp tục ưu tiên hỗ trợ các HTX vùng miền núi phía Tây của tỉnh.
""", author=None,
          notes=["a Markdown table (one line per row); no byline and the office account published it: author null; "
                 "'1 tháng trước'"],
          opts={"user": "vanphong"}, **at(datetime(2024, 4, 18, 16, 20))),
        A(path="tin-2024-04-05", title="Tỏi Lý Sơn: HTX giúp nông dân giữ giá",
          body="""
Vụ tỏi năm nay, HTX Dịch vụ tổng hợp Lý Sơn thu mua hơn 300 tấn tỏi của thành viên với giá ổn định 60.000 đồng/kg.
HTX đầu tư kho bảo quản và dây chuyền đóng gói, đưa sản phẩm tỏi cô đơn Lý Sơn vào hệ thống siêu thị.
Sản phẩm tỏi đen của HTX đã đạt chứng nhận OCOP 4 sao.
""", byline="Theo Báo Quảng Ngãi", author=None,
          notes=["reprint 'Theo Báo Quảng Ngãi': a source, author null (the IT officer's account published it)"],
          opts={"user": "nguyenthuy"}, **at(datetime(2024, 4, 5, 7, 30))),
        A(path="kh-09-2024", title="Kế hoạch số 09/KH-LMHTX tổ chức các lớp tập huấn cho HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH QUẢNG NGÃI
Số: 09/KH-LMHTX
Quảng Ngãi, ngày 21 tháng 3 năm 2024
KẾ HOẠCH
Tổ chức các lớp tập huấn cho HTX năm 2024
## I. MỤC ĐÍCH
Nâng cao năng lực quản trị, điều hành cho cán bộ quản lý HTX, tổ hợp tác trên địa bàn tỉnh.
## II. NỘI DUNG
+ Tập huấn Luật Hợp tác xã năm 2023 và các văn bản hướng dẫn;
+ Tập huấn kế toán HTX;
+ Tập huấn chuyển đổi số, bán hàng trên sàn thương mại điện tử.
CHỦ TỊCH
Phạm Văn Long
""", author=None, doc_number="09/KH-LMHTX",
          notes=["plan dated 21/3 in its text, released 22/3 06:45 Vietnam time = 'Thu, 21 Mar 2024 23:45:00 UTC' in "
                 "the tooltip; only on /releases?page=2 (and the feed)"],
          opts={"user": "vanphong"}, **at(datetime(2024, 3, 22, 6, 45))),
        A(path="tin-2024-03-08", title="Phụ nữ làm giám đốc HTX: những tấm gương vượt khó",
          body="""
Toàn tỉnh hiện có 47 nữ giám đốc HTX, chiếm 15% tổng số giám đốc HTX.
Chị Đinh Thị Hoa, Giám đốc HTX Dệt thổ cẩm Ba Tơ, đã đưa sản phẩm thổ cẩm của đồng bào Hrê đến với du khách trong và ngoài nước.
Nhân dịp ngày 8/3, Liên minh HTX tỉnh tặng quà 20 nữ giám đốc HTX tiêu biểu.
""", byline="Trương Thị Mai", author="Trương Thị Mai",
          notes=["only on /releases?page=2; '2 tháng trước'"],
          opts={"user": "nguyenthuy"}, **at(datetime(2024, 3, 8, 10, 0))),
        A(path="tin-2024-02-26", title="Khai giảng lớp đào tạo giám đốc HTX tại huyện Sơn Tịnh",
          body="""
Lớp học có 45 học viên là giám đốc, kế toán của các HTX trên địa bàn huyện Sơn Tịnh và Tư Nghĩa.
Trong 5 ngày, học viên được trang bị kiến thức về quản trị HTX, xây dựng phương án kinh doanh và quản lý tài chính.
""", byline="Phòng Đào tạo - Tuyên truyền", author=None,
          notes=["only on /releases?page=2; an office byline: author null"],
          opts={"user": "nguyenthuy"}, **at(datetime(2024, 2, 26, 15, 0))),
        A(path="tin-2024-01-30", title="Liên minh HTX tỉnh Quảng Ngãi triển khai nhiệm vụ năm 2024",
          body="""
Năm 2023, toàn tỉnh thành lập mới 24 HTX; 85% HTX hoạt động có lãi, thu nhập bình quân của người lao động trong HTX đạt 4,8 triệu đồng/tháng.
Năm 2024, Liên minh HTX tỉnh phấn đấu thành lập mới 25 HTX, 35 tổ hợp tác, hỗ trợ 10 HTX ứng dụng công nghệ cao.
""", byline="Võ Thành Trung", author="Võ Thành Trung",
          notes=["only on /releases?page=2; '3 tháng trước'"],
          opts={"user": "nguyenthuy"}, **at(datetime(2024, 1, 30, 8, 15))),
    ]


def markup(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            hid = "user-content-" + "-".join(inline_text(b.text).lower().split())
            out.append(f'<h2 id="{attr(hid)}">{esc(b.text)}</h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "".join(f"<li>{inline_html(x)}</li>\n" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            t = ["<table>", "<thead>", "<tr>" + "".join(f"<th>{esc(c)}</th>\n" for c in head) + "</tr>", "</thead>",
                 "<tbody>"]
            t += ["<tr>" + "".join(f"<td>{esc(c)}</td>\n" for c in r) + "</tr>" for r in rows]
            t.append("</tbody>\n</table>")
            out.append("\n".join(t))
        elif b.kind == "img":
            u = f"/attachments/{uuid(b.src)}"
            out.append(f'<p><a href="{u}" target="_blank" rel="nofollow noopener"><img src="{u}" alt="{attr(b.src)}"/>'
                       "</a></p>")
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>")
    if a.byline:
        out.append(f"<p><strong>{esc(a.byline)}</strong></p>")
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-ngai", f"{ORG_NAME} (Gitea)", "generic", None,
                     start_urls=["{{base:%s}}/%s/%s/releases" % (SITE, ORG, REPO)],
                     feeds=["{{base:%s}}%s/releases.rss" % (SITE, RL)])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.opts["tag"] = a.path
        a.path = f"{RL}/releases/tag/{a.path}"
    images: set[str] = set()

    def avatar(key: str, size: int = 20, css: str = "ui avatar gt-vm gt-mr-2") -> str:
        return (f'<img class="{css}" src="/avatars/{sha(key)[:32]}?size={size * 2}" title="{attr(key)}" '
                f'width="{size}" height="{size}"/>')

    def head(title: str, og_url: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi-VN" class="theme-auto">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>{esc(title)}</title>
	<meta name="theme-color" content="#6cc644">
	<meta name="default-theme" content="auto">
	<meta name="author" content="{ORG}">
	<meta name="description" content="{REPO} - {attr(DESC)}">
	<meta name="keywords" content="go,git,self-hosted,gitea">
	<meta name="referrer" content="no-referrer">
	<link rel="alternate" type="application/atom+xml" title="" href="{RL}.atom">
	<link rel="alternate" type="application/rss+xml" title="" href="{RL}.rss">
	<script>
		window.config = {{appUrl: '{{{{base}}}}/', appSubUrl: '', assetVersionEncoded: encodeURIComponent('1.19.4'), assetUrlPrefix: '/assets', runModeIsProd: true, customEmojis: {{"gitea":":gitea:"}}, useServiceWorker: false, csrfToken: 'Xq3p_9LmN2vR8kT1aYz7wB4cD0E', pageData: {{}}, requireTribute: null, notificationSettings: {{"EventSourceUpdateTime":10000,"MaxTimeout":60000,"MinTimeout":10000,"TimeoutStep":10000}}, enableTimeTracking: true, mermaidMaxSourceCharacters: 5000, i18n: {{copy_success: 'Đã sao chép!', copy_error: 'Sao chép thất bại', error_occurred: 'Đã xảy ra lỗi', network_error: 'Lỗi mạng'}}}};
	</script>
	<link rel="icon" href="/assets/img/favicon.svg" type="image/svg+xml">
	<link rel="alternate icon" href="/assets/img/favicon.png" type="image/png">
	<link rel="stylesheet" href="/assets/css/index.css?v=1.19.4">
	<meta property="og:title" content="{REPO}">
	<meta property="og:url" content="{{{{base}}}}{og_url}">
	<meta property="og:description" content="{attr(DESC)}">
	<meta property="og:type" content="object">
	<meta property="og:image" content="{{{{base}}}}/avatars/{sha(ORG)[:32]}">
	<meta property="og:site_name" content="{attr(APP)}">
</head>
<body>
	<div class="full height">
		<noscript>Trang web này hoạt động tốt hơn với JavaScript.</noscript>
		<div class="ui top secondary stackable main menu following bar light">
			<nav id="navbar" aria-label="Thanh điều hướng">
				<div class="item brand gt-sb"><a href="/" title="Trang chủ"><img width="30" height="30" src="/assets/img/logo.png" alt="Logo" aria-hidden="true"></a></div>
				<a class="item" href="/explore/repos">Khám phá</a>
				<a class="item" target="_blank" rel="noopener noreferrer" href="{{{{base:offsite}}}}/gitea-docs/">Trợ giúp</a>
				<div class="right stackable menu">
					<a class="item" href="/user/sign_up">Đăng ký</a>
					<a class="item" rel="nofollow" href="/user/login?redirect_to=%2f{ORG}%2f{REPO}%2freleases">Đăng nhập</a>
				</div>
			</nav>
		</div>
"""

    foot = f"""	</div>
	<footer>
		<div class="ui container">
			<div class="ui left">{POWERED} Trang: <strong>14ms</strong> Mẫu: <strong>4ms</strong></div>
			<div class="ui right links" role="group" aria-label="Liên kết">
				<div class="ui language bottom floating slide up dropdown link item"><i class="icon">🌐</i><div class="text">Tiếng Việt</div>
					<div class="menu language-menu"><a lang="en-US" data-url="/?lang=en-US" class="item ">English</a><a lang="vi-VN" data-url="/?lang=vi-VN" class="item active selected">Tiếng Việt</a></div></div>
				<a href="/assets/js/licenses.txt">Giấy phép</a>
				<a href="/api/swagger">API</a>
				<a target="_blank" rel="noopener noreferrer" href="{{{{base:offsite}}}}/gitea/">Website</a>
			</div>
		</div>
	</footer>
	<script src="/assets/js/index.js?v=1.19.4" onerror="alert('Failed to load asset files from ' + this.src + '. Please make sure the asset files can be accessed.')"></script>
</body>
</html>
"""

    def repo_header(active: str) -> str:
        tabs = [("code", RL, "Mã nguồn", ""), ("releases", f"{RL}/releases", "Bản phát hành",
                                                 f' <span class="ui small label">{len(arts)}</span>'),
                ("wiki", f"{RL}/wiki", "Wiki", ""), ("activity", f"{RL}/activity", "Hoạt động", "")]
        t = "".join(f'<a class="{"active " if k == active else ""}item" href="{h}">{n}{x}</a>' for k, h, n, x in tabs)
        return f"""<div class="header-wrapper">
	<div class="ui container">
		<div class="repo-header">
			<div class="repo-title-wrap gt-df gt-fc">
				<div class="repo-title">
					{avatar(ORG, 32, "ui avatar gt-vm")}
					<a href="/{ORG}">{ORG}</a>
					<div class="mr-2">/</div>
					<a href="{RL}">{REPO}</a>
				</div>
			</div>
			<div class="repo-buttons">
				<div class="ui labeled button" tabindex="0"><a class="ui compact small basic button" href="/user/login">Theo dõi</a><a class="ui basic label" href="{RL}/watchers">4</a></div>
				<div class="ui labeled button" tabindex="0"><a class="ui compact small basic button" href="/user/login">Gắn sao</a><a class="ui basic label" href="{RL}/stars">7</a></div>
				<div class="ui labeled button"><a class="ui compact small basic button" href="/user/login">Nhân bản</a><a class="ui basic label" href="{RL}/forks">0</a></div>
			</div>
		</div>
	</div>
	<div class="ui tabs container">
		<div class="ui tabular stackable menu navbar">{t}</div>
	</div>
	<div class="ui tabs divider"></div>
</div>
"""

    def entry(a: RichArticle, idx: int) -> str:
        tag = a.opts["tag"]
        s = sha(tag)
        user = a.opts["user"]
        ahead = arts.index(a) * 2 + 3
        dl = [f'<li><a class="archive-link" href="{RL}/archive/{tag}.zip" rel="nofollow"><strong><svg class="svg '
              f'octicon-file-zip gt-mr-2" width="16" height="16"></svg>Mã nguồn (ZIP)</strong></a></li>',
              f'<li><a class="archive-link" href="{RL}/archive/{tag}.tar.gz" rel="nofollow"><strong><svg class="svg '
              f'octicon-file-zip gt-mr-2" width="16" height="16"></svg>Mã nguồn (TAR.GZ)</strong></a></li>']
        for x in a.attachments:
            dl.append(f'<li><span class="ui text middle aligned right"><span class="ui text grey">118 KiB</span> '
                      f'<span class="tooltip" data-content="12 lượt tải"><svg class="svg octicon-info" width="16" '
                      f'height="16"></svg></span></span><a target="_blank" rel="noopener noreferrer" href="{x["path"]}">'
                      f'<strong><span class="ui image octicon-package"></span>{esc(x["text"])}</strong></a></li>')
        for b in a.blocks:
            if b.kind == "img":
                images.add(b.src)
        return f"""<li class="ui grid">
	<div class="ui four wide column meta gt-mt-2">
		<span class="tag text blue"><a class="tag-name" href="{RL}/src/tag/{tag}" rel="nofollow"><svg class="svg octicon-tag" width="16" height="16"></svg> {tag}</a></span>
		<span class="commit"><a class="mono" href="{RL}/src/commit/{s}" rel="nofollow"><svg class="svg octicon-git-commit gt-mr-2" width="16" height="16"></svg>{s[:10]}</a></span>
	</div>
	<div class="ui twelve wide column detail">
		<div class="gt-df gt-ac gt-sb gt-fw gt-mb-3">
			<h4 class="release-list-title gt-word-break">
				<a href="{RL}/releases/tag/{tag}">{esc(a.title)}</a>
				<span class="ui green label">Ổn định</span>
			</h4>
		</div>
		<p class="text grey">
			<span class="author">{avatar(user)}<a href="/{user}">{esc(USERS[user])}</a></span>
			<span class="released">đã phát hành cái này</span>
			<span class="time">{time_since(a.date)}</span>
			| <span class="ahead"><a href="{RL}/compare/{tag}...main">{ahead} commit</a> đến main kể từ bản phát hành này</span>
		</p>
		<div class="markup desc">
{markup(a)}
		</div>
		<div class="ui divider"></div>
		<details class="download"{" open" if idx == 0 else ""}>
			<summary class="gt-my-4">Tải về</summary>
			<ul class="list">
				{"".join(dl)}
			</ul>
		</details>
		<span class="dot">&nbsp;</span>
	</div>
</li>
"""

    def release_header() -> str:
        return (f'<h2 class="ui compact small menu header"><a class="active item" href="{RL}/releases">Bản phát hành</a>'
                f'<a class="item" href="{RL}/tags">Thẻ</a></h2>'
                f'<a href="{RL}/releases.rss"><svg class="svg octicon-rss gt-ml-3" width="18" height="18"></svg></a>')

    def pager(cur: int, total: int) -> str:
        def link(n: int) -> str:
            return f'href="{RL}/releases?page={n}"'
        first = f'<a class="{"disabled " if cur == 1 else ""}item navigation" {"" if cur == 1 else link(1)}><span class="navigation_label">Đầu tiên</span></a>'
        prev = f'<a class="{"disabled " if cur == 1 else ""}item navigation" {"" if cur == 1 else link(cur - 1)}><span class="navigation_label">Trang trước</span></a>'
        nums = "".join(f'<a class="{"active " if n == cur else ""}item gt-content-center" {"" if n == cur else link(n)}>{n}</a>'
                       for n in range(1, total + 1))
        nxt = f'<a class="{"disabled " if cur == total else ""}item navigation" {"" if cur == total else link(cur + 1)}><span class="navigation_label">Trang sau</span></a>'
        last = f'<a class="{"disabled " if cur == total else ""}item navigation" {"" if cur == total else link(total)}><span class="navigation_label">Cuối cùng</span></a>'
        return f'<div class="center page buttons"><div class="ui borderless pagination menu">{first}{prev}{nums}{nxt}{last}</div></div>'

    def releases_page(title: str, items: list[RichArticle], og: str, pg: str = "") -> str:
        lis = "".join(entry(a, i) for i, a in enumerate(items))
        return (head(title, og) + f'<div role="main" aria-label="{attr(title)}" class="page-content repository releases">\n'
                + repo_header("releases") + f'<div class="ui container">\n{release_header()}\n<ul id="release-list">\n'
                + lis + f"</ul>\n{pg}\n</div>\n</div>\n" + foot)

    # release pages
    for a in arts:
        site.page(a.path, releases_page(f"{a.title} - {REPO} - {APP}", [a], f"{RL}/releases/tag/{a.opts['tag']}"))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH QUANG NGAI", f"SO: {a.doc_number}"]))
        site.binary(f"{RL}/archive/{a.opts['tag']}.zip", b"PK\x05\x06" + b"\x00" * 18)
        site.binary(f"{RL}/archive/{a.opts['tag']}.tar.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x03\x00\x00"
                    b"\x00\x00\x00\x00\x00\x00\x00")
        site.add_article(a)
    arts[0].aliases.append(f"{RL}/releases/latest")
    site.redirect(f"{RL}/releases/latest", arts[0].path, 303)
    # listing pages
    pages = [arts[:5], arts[5:]]
    site.page(f"{RL}/releases", releases_page(f"Bản phát hành - {REPO} - {APP}", pages[0], f"{RL}/releases",
                                               pager(1, 2)), content_type="text/html; charset=utf-8")
    site.page(f"{RL}/releases?page=2", releases_page(f"Bản phát hành - {REPO} - {APP}", pages[1], f"{RL}/releases",
                                                      pager(2, 2)))
    site.same_page(f"{RL}/releases?page=1", f"{RL}/releases")
    site.non_articles += [f"{RL}/releases", f"{RL}/releases?page=2"]
    # tags
    rows = "".join(
        f'<tr><td class="tag"><h3 class="release-tag-name gt-mb-3"><a class="gt-df gt-ac" href="{RL}/src/tag/'
        f'{a.opts["tag"]}" rel="nofollow">{a.opts["tag"]}</a></h3><div class="download gt-df gt-ac"><a class="gt-mr-3 '
        f'gt-mono muted" href="{RL}/src/commit/{sha(a.opts["tag"])}" rel="nofollow">{sha(a.opts["tag"])[:10]}</a>'
        f'<a class="archive-link gt-mr-3 muted" href="{RL}/archive/{a.opts["tag"]}.zip" rel="nofollow">ZIP</a>'
        f'<a class="archive-link gt-mr-3 muted" href="{RL}/archive/{a.opts["tag"]}.tar.gz" rel="nofollow">TAR.GZ</a>'
        f'<a class="section muted" href="{RL}/releases/tag/{a.opts["tag"]}">Bản phát hành</a></div></td></tr>'
        for a in arts)
    site.page(f"{RL}/tags", head(f"Thẻ - {REPO} - {APP}", f"{RL}/tags") + '<div role="main" class="page-content '
              'repository tags">' + repo_header("releases") + f'<div class="ui container">{release_header()}'
              f'<h4 class="ui top attached header">Thẻ</h4><div class="ui attached table segment"><table class="ui very '
              f'basic striped fixed table single line" id="tags-table"><tbody class="tag-list">{rows}</tbody></table>'
              "</div></div></div>" + foot)
    site.non_articles.append(f"{RL}/tags")
    # repo home, src views, compare, activity
    files = [("README.md", "Cập nhật mục lục văn bản"), ("tin-tuc", "Thêm tin 14/5"), ("van-ban", "Thêm TB 16/2024")]
    flist = "".join(f'<tr><td class="name four wide"><span class="truncate"><a class="muted" href="{RL}/src/branch/'
                    f'main/{n}" title="{n}">{n}</a></span></td><td class="message nine wide"><span class="truncate">'
                    f'{esc(m)}</span></td><td class="text right age three wide">{time_since(arts[0].date)}</td></tr>'
                    for n, m in files)
    readme = ("<h1 id=\"user-content-thong-bao\">thong-bao</h1>\n<p>Kho lưu trữ văn bản nguồn của các thông báo, tin "
              "hoạt động do Liên minh HTX tỉnh Quảng Ngãi phát hành. Mỗi thông báo là một <strong>bản phát hành</strong> "
              "của kho này.</p>")
    repo_home = (head(f"{REPO} - {APP}", RL) + '<div role="main" class="page-content repository file list">'
                 + repo_header("code") + f'<div class="ui container"><div id="repo-desc" class="gt-word-break">'
                 f'<span class="description">{esc(DESC)}</span></div><div class="ui segments repository-summary gt-mt-2 '
                 f'gt-mb-0"><div class="ui segment sub-menu repository-menu"><div class="ui two horizontal center link '
                 f'list"><a class="item" href="{RL}/commits/branch/main"><b>57</b> Commit</a><a class="item" href="'
                 f'{RL}/releases"><b>{len(arts)}</b> Bản phát hành</a></div></div></div><table id="repo-files-table" '
                 f'class="ui single line table gt-mt-0"><tbody>{flist}</tbody></table><div id="readme" class="file '
                 f'segment"><h4 class="file-header ui top attached header">README.md</h4><div class="ui attached table '
                 f'unstackable segment"><div class="file-view markup markdown">{readme}</div></div></div></div></div>'
                 + foot)
    site.page(RL, repo_home, content_type="text/html; charset=utf-8")
    for a in arts:
        site.same_page(f"{RL}/src/tag/{a.opts['tag']}", RL)
        site.same_page(f"{RL}/src/commit/{sha(a.opts['tag'])}", RL)
        site.same_page(f"{RL}/compare/{a.opts['tag']}...main", RL)
    for n, _ in files:
        site.same_page(f"{RL}/src/branch/main/{n}", RL)
    for extra in ("commits/branch/main", "activity", "watchers", "stars", "forks"):
        site.same_page(f"{RL}/{extra}", RL)
    site.non_articles.append(RL)
    # wiki
    wiki_pages = {
        "Home": ("Home", "Chào mừng đến với wiki của Liên minh HTX tỉnh Quảng Ngãi. Các thông báo, tin hoạt động được "
                 "phát hành tại mục Bản phát hành của kho thong-bao.", datetime(2024, 3, 2, 9, 0)),
        "Gioi-thieu": ("Gioi-thieu", "Liên minh Hợp tác xã tỉnh Quảng Ngãi là tổ chức chính trị - xã hội và kinh tế, "
                       "đại diện và bảo vệ quyền, lợi ích hợp pháp của các HTX, tổ hợp tác trên địa bàn tỉnh. Trụ sở: "
                       "số 52 Hùng Vương, TP Quảng Ngãi.", datetime(2023, 11, 15, 14, 0)),
    }

    def wiki(name: str) -> str:
        title, text, edited = wiki_pages[name]
        pages_links = "".join(f'<a class="item" href="{RL}/wiki/{n}">{n}</a>' for n in wiki_pages)
        return (head(f"{title} - Wiki - {REPO} - {APP}", f"{RL}/wiki/{name}") + '<div role="main" class="page-content '
                'repository wiki view">' + repo_header("wiki") + f'<div class="ui container"><div class="ui stackable '
                f'secondary menu mobile--margin-between-items"><div class="ui dropdown">{pages_links}</div><a class='
                f'"ui basic button" href="{RL}/wiki/?action=_pages">Trang</a></div><div class="ui dividing header">'
                f'<a class="file-revisions-btn ui basic button" href="{RL}/wiki/{name}?action=_revision"><span>3</span> '
                f'Sửa đổi</a>{title}<div class="ui sub header">nguyenthuy đã chỉnh sửa trang này {time_since(edited)}'
                f'</div></div><div class="wiki-content-parts"><div class="markup wiki-content-main"><p>{esc(text)}</p>'
                "</div></div></div></div>" + foot)
    site.page(f"{RL}/wiki", wiki("Home"), content_type="text/html; charset=utf-8")
    site.page(f"{RL}/wiki/Home", wiki("Home"))
    site.page(f"{RL}/wiki/Gioi-thieu", wiki("Gioi-thieu"))
    site.page(f"{RL}/wiki/?action=_pages", head(f"Trang - Wiki - {REPO} - {APP}", f"{RL}/wiki/?action=_pages")
              + '<div role="main" class="page-content repository wiki pages">' + repo_header("wiki")
              + '<div class="ui container"><table class="ui table wiki-pages-list"><tbody>'
              + "".join(f'<tr><td><a href="{RL}/wiki/{n}">{n}</a></td><td class="text right">{time_since(e)}</td></tr>'
                        for n, (_, _, e) in wiki_pages.items()) + "</tbody></table></div></div>" + foot)
    site.non_articles += [f"{RL}/wiki", f"{RL}/wiki/Gioi-thieu", f"{RL}/wiki/?action=_pages"]
    # org, users, explore, login
    repos = (f'<div class="flex-item"><div class="flex-item-main"><div class="flex-item-title"><a class="text primary '
             f'name" href="{RL}">{REPO}</a></div><div class="flex-item-body">{esc(DESC)}</div><div class="flex-item-body">'
             f'Đã cập nhật {time_since(arts[0].date)}</div></div></div>')
    site.page(f"/{ORG}", head(f"{ORG} - {APP}", f"/{ORG}") + '<div role="main" class="page-content organization '
              f'profile"><div class="ui container gt-df"><div id="org-info"><div class="ui header">{esc(ORG_NAME)}</div>'
              f'<div class="desc">Tổ chức của {esc(ORG_NAME)}</div><div class="meta"><div class="item">Quảng Ngãi</div>'
              f'</div></div></div><div class="ui container"><div class="flex-list">{repos}</div><h4 class="ui top '
              f'attached header">Thành viên</h4><div class="ui attached segment members">'
              + "".join(f'<a href="/{u}" title="{attr(n)}">{avatar(u, 48, "ui avatar")}</a>' for u, n in USERS.items())
              + "</div></div></div>" + foot, content_type="text/html; charset=utf-8")
    for u, n in USERS.items():
        site.page(f"/{u}", head(f"{n} - {APP}", f"/{u}") + '<div role="main" class="page-content user profile">'
                  f'<div class="ui container"><div class="ui card"><div class="content gt-word-break profile-avatar-name">'
                  f'<span class="header text center">{esc(n)}</span><span class="username text center">{u}</span></div>'
                  f'<div class="extra content gt-word-break"><ul><li><a href="/{ORG}">{ORG}</a></li><li>Đã tham gia từ '
                  f'Thg 9 12, 2022</li></ul></div></div><div class="flex-list">{repos}</div></div></div>' + foot)
        site.non_articles.append(f"/{u}")
    site.page("/explore/repos", head(f"Khám phá - {APP}", "/explore/repos") + '<div role="main" class="page-content '
              f'explore repositories"><div class="ui container"><div class="flex-list">{repos}</div></div></div>' + foot)
    login = (head(f"Đăng nhập - {APP}", "/user/login") + '<div role="main" class="page-content user signin"><div '
             'class="ui middle very relaxed page grid"><form class="ui form" action="/user/login" method="post"><h4 '
             'class="ui top attached header center">Đăng nhập</h4><input id="user_name" name="user_name"><input '
             'id="password" name="password" type="password"><button class="ui primary button">Đăng nhập</button>'
             '</form></div></div>' + foot)
    site.page("/user/login", login)
    site.page("/user/sign_up", login.replace("signin", "signup"))
    site.static("/api/swagger", "<!DOCTYPE html><html><head><title>Gitea API</title></head><body>swagger</body></html>")
    site.static("/assets/js/licenses.txt", "Gitea 1.19.4 third-party licenses\n")
    site.non_articles += [f"/{ORG}", "/explore/repos"]
    site.redirect("/", f"/{ORG}", 302)
    # feeds
    def item(a: RichArticle) -> str:
        return (f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><description>"
                f"{esc(markup(a))}</description><author>{esc(USERS[a.opts['user']])}</author>"
                f"<guid isPermaLink=\"false\">{sha(a.path)[:8]}: {{{{base}}}}{a.path}</guid>"
                f"<pubDate>{rfc1123z(a.date)}</pubDate></item>\n")
    site.page(f"{RL}/releases.rss", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content='
              '"http://purl.org/rss/1.0/modules/content/"><channel><title>Bản phát hành cho thong-bao</title><link>'
              f"{{{{base}}}}{RL}/releases</link><description></description><pubDate>{rfc1123z(arts[0].date)}</pubDate>\n"
              + "".join(item(a) for a in arts) + "</channel></rss>\n", content_type="application/rss+xml; charset=utf-8")
    site.page(f"{RL}/releases.atom", '<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
              f"<title>Bản phát hành cho thong-bao</title><id>{{{{base}}}}{RL}/releases</id><updated>"
              f"{utc(arts[0].date):%Y-%m-%dT%H:%M:%SZ}</updated>"
              + "".join(f'<entry><title>{esc(a.title)}</title><updated>{utc(a.date):%Y-%m-%dT%H:%M:%SZ}</updated><id>'
                        f'{sha(a.path)[:8]}</id><link href="{{{{base}}}}{a.path}" rel="alternate"></link></entry>'
                        for a in arts) + "</feed>\n", content_type="application/atom+xml; charset=utf-8")
    for extra in (".rss", ".atom"):
        site.page(f"{RL}{extra}", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>thong-bao'
                  f"</title><link>{{{{base}}}}{RL}</link><description>{esc(DESC)}</description></channel></rss>\n",
                  content_type="application/rss+xml; charset=utf-8")
    # assets and images
    for name in sorted(images):
        site.binary(f"/attachments/{uuid(name)}", image_for(name))
    for key in [ORG, *USERS]:
        site.binary(f"/avatars/{sha(key)[:32]}", image_for(key))
    site.binary("/assets/img/logo.png", image_for("gitea"))
    site.binary("/assets/img/favicon.png", image_for("gitea-favicon"))
    site.static("/assets/img/favicon.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 640"></svg>\n')

    site.trap("/ answers 302 to the organisation page (LANDING_PAGE); the repository's releases listing shows five "
              "releases per page with their notes in full, Gitea's pager (Đầu tiên / Trang trước / 1 / 2 / Trang sau "
              "/ Cuối cùng): the four oldest only on ?page=2; ?page=1 repeats the first page", f"{RL}/releases")
    site.trap("every time is a relative age ('6 ngày trước', '1 tuần trước', '2 tháng trước') with the exact time in "
              "data-tooltip-content as RFC 1123 in UTC; the feed's pubDate is UTC too", f"{RL}/releases.rss")
    site.trap("the wiki (Home, Gioi-thieu, ?action=_pages: 'nguyenthuy đã chỉnh sửa trang này …'), tags, user "
              "profiles and the organisation page are not articles; the src/commit/compare links of every entry show "
              "the repository's file list", f"{RL}/wiki")
    return site
