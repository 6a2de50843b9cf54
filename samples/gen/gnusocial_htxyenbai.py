"""Site `gnusocial-htxyenbai` (registry family `generic`): "Mạng HTX Yên Bái", the microblog the Yên Bái cooperative
alliance set up in 2023 on **GNU social 1.2** (the StatusNet descendant: PHP, the `neo` theme, the Vietnamese
translation, fancy URLs on, `textlimit` 1000; the site time zone left at the installer's default `UTC`; the copy is of
15 February 2025 10:00, Vietnam time). The alliance's account `htxyenbai` posts its news as notices; member
cooperatives reply; the alliance repeats ("nhắc lại") the provincial newspaper's account on another server. Written as
a held-out test: no family module, no selectors.

What is an article here: a notice of the alliance's account that is not a reply; its title is its first line (the
page's `<h1>` is GNU social's generic "Trạng thái của Liên minh HTX tỉnh Yên Bái (htxyenbai) vào Wednesday,
11-Dec-2024 17:15:00 UTC"). Members' replies are comments; repeats are the newspaper's notices.

URL shapes: a notice `/notice/<n>`; its conversation `/conversation/<c>` (the notice with its replies: the same post,
an alias; every notice's time links `/conversation/<c>#notice-<n>`); the profile `/htxyenbai` (20 notices a page, the
repeats counted; "Trước" = `?page=2` is the older page: GNU social's "Before"); the public timeline `/` (`/?page=2`);
hashtags `/tag/<tag>`; attachments `/attachment/<n>` (a page naming the file, the file itself `/file/<sha256>.<ext>`);
members `/<nickname>`; the feeds `/api/statuses/user_timeline/2.atom` and `/htxyenbai/rss` (RSS 1.0); help pages
`/doc/<name>`. robots.txt (GNU social's `robotstxt` setting) disallows `/main/` (login `/main/login`, register
`/main/register`, `/main/version`), `/settings/`, `/admin/`, `/search/` (the menu's "Tìm kiếm"), `/message/`.

Why it is hard: `li.h-entry.notice` holds `section.notice-headers` (the generic title link `a.notice-title` and the
author `a.h-card.p-author`), the text `article.e-content` (plain text: lines joined by `<br />`, links, `#tags`,
`@mentions`; an uploaded file's address appended as its last line) and `footer` (`a.timestamp > time.dt-published`, "từ
web", "liên kết cố định", the repeat marker "Nhắc lại bởi htxyenbai", the attachment list). The time shows a relative
age ("khoảng một ngày trước", "khoảng 2 tháng trước") computed when the page was made, the exact date only in the
`title` tooltip ("Wednesday, 11-Dec-2024 17:15:00 UTC", English names: PHP's date()) and the `datetime`
(`2024-12-11T17:15:00+00:00`); the site's zone is UTC, so the post of 00:15 on 12 December reads 11 December. A notice
older than 480 days prints the exact date as its text. The profile's first page holds 20 items of which 13 are
repeats; the oldest post is only on `/htxyenbai?page=2` and `/?page=2`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, iso, pdf
from .richbody import RichArticle

SITE = "gnusocial-htxyenbai"
NAME = "Mạng HTX Yên Bái"
USER = "htxyenbai"
FULL = "Liên minh HTX tỉnh Yên Bái"
NOW = datetime(2025, 2, 15, 10, 0)
PER = 20
VERSION = "1.2.0-beta5"
ANON = (f"Đây là {NAME}, một dịch vụ tiểu blog dựa trên phần mềm tự do GNU social. Hãy đăng ký để chia sẻ các tin nhắn "
        "ngắn về bạn và các mối quan tâm của bạn.")
LICENCE = f"{NAME} là một dịch vụ tiểu blog được vận hành trên phần mềm GNU social phiên bản {VERSION}"
CONTENT_LICENCE = f"Mọi nội dung và dữ liệu của {NAME} được phát hành theo giấy phép Creative Commons Attribution 3.0."
FURN = [ANON, LICENCE, CONTENT_LICENCE, "Giấy phép phần mềm GNU social", "Giấy phép nội dung", "liên kết cố định",
        "Trạng thái của", "Đăng nhập", "Đăng ký"]
MEMBERS = {"htxtanthinh": "HTX Tân Thịnh", "htxsuoigiang": "HTX Chè Suối Giàng", "lotrang": "Lò Thị Trang"}


def h(text: str, n: int = 64) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:n]


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def exact(d: datetime) -> str:
    return f"{utc(d):%A, %d-%b-%Y %H:%M:%S} UTC"


def date_string(d: datetime) -> str:
    diff = (NOW - d).total_seconds()
    if diff < 60:
        return "vài giây trước"
    if diff < 92:
        return "khoảng một phút trước"
    if diff < 3300:
        return f"khoảng {round(diff / 60)} phút trước"
    if diff < 5400:
        return "khoảng một giờ trước"
    if diff < 22 * 3600:
        return f"khoảng {round(diff / 3600)} giờ trước"
    if diff < 37 * 3600:
        return "khoảng một ngày trước"
    if diff < 24 * 24 * 3600:
        return f"khoảng {round(diff / 86400)} ngày trước"
    if diff < 46 * 24 * 3600:
        return "khoảng một tháng trước"
    if diff < 330 * 24 * 3600:
        return f"khoảng {round(diff / (30 * 86400))} tháng trước"
    if diff < 480 * 24 * 3600:
        return "khoảng một năm trước"
    return exact(d)


@dataclass
class Notice:
    user: str  # local nickname, or "baoyenbai@social.baoyenbai.vn" (remote)
    text: str
    when: datetime
    files: list[tuple[str, str]] = field(default_factory=list)  # (file name, title)
    reply_to: Notice | None = None
    repeat_of: Notice | None = None
    id: int = 0
    conv: int = 0
    attach_ids: list[int] = field(default_factory=list)

    @property
    def path(self) -> str:
        return f"/notice/{self.id}"

    @property
    def remote(self) -> bool:
        return "@" in self.user

    def name(self) -> str:
        if self.user == USER:
            return FULL
        return "Báo Yên Bái" if self.remote else MEMBERS[self.user]

    def nick(self) -> str:
        return self.user.split("@")[0]


_TOKEN = re.compile(r"(?<![\w/])#(\w+)|(?<![\w/])@(\w+)")


def render_line(line: str) -> str:
    out, pos = [], 0
    for m in _TOKEN.finditer(line):
        out.append(esc(line[pos:m.start()]))
        if m.group(1):
            tag = m.group(1).lower()
            out.append(f'#<span class="tag"><a href="{{{{base}}}}/tag/{tag}" rel="tag">{esc(m.group(1))}</a></span>')
        else:
            nick = m.group(2)
            out.append(f'@<span class="h-card"><a href="{{{{base}}}}/{nick}" class="u-url p-nickname mention" '
                       f'title="{attr(MEMBERS.get(nick, FULL))}">{nick}</a></span>')
        pos = m.end()
    out.append(esc(line[pos:]))
    return "".join(out)


def posts() -> list[dict]:
    return [
        dict(when=datetime(2025, 2, 14, 8, 0), author=None, doc="05/TB-LMHTX",
             files=[("TB-05-LMHTX-2025.pdf", "TB-05-LMHTX-2025.pdf")],
             text="""Thông báo số 05/TB-LMHTX về việc đăng ký nhu cầu hỗ trợ xúc tiến thương mại năm 2025
Số: 05/TB-LMHTX
Yên Bái, ngày 12 tháng 02 năm 2025
Liên minh HTX tỉnh đề nghị các HTX đăng ký nhu cầu tham gia hội chợ, hội nghị kết nối cung cầu năm 2025 theo mẫu đính kèm.
Thời hạn gửi đăng ký trước ngày 28/02/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hà Thị Thanh Hương""",
             replies=[("htxtanthinh", "@htxyenbai HTX Tân Thịnh đăng ký tham gia hội chợ tại Hà Nội ạ.")],
             notes=["notice 'Số: 05/TB-LMHTX' dated 12/02 in its text, posted 14/02 08:00 ('khoảng một ngày trước', title "
                    "'Friday, 14-Feb-2025 01:00:00 UTC'); signer 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Hà Thị Thanh Hương' is "
                    "text, no author; the uploaded PDF's address appended as the last line (a link to /attachment/89) and "
                    "the footer's attachment list: the attachment, not text; a member's reply: a comment"]),
        dict(when=datetime(2025, 1, 20, 14, 30), author="Nguyễn Thị Hoa",
             files=[("suoi-giang-1.png", "suoi-giang-1.png"), ("suoi-giang-2.png", "suoi-giang-2.png"),
                    ("suoi-giang-3.png", "suoi-giang-3.png")],
             text="""Ảnh: Mùa thu hái chè shan tuyết ở Suối Giàng
Tháng 1, thành viên HTX Chè Suối Giàng (huyện Văn Chấn) thu hái lứa chè xuân sớm trên những cây chè cổ thụ.
Ảnh 1: Thành viên HTX hái chè trên cây chè shan tuyết hơn 300 năm tuổi.
Ảnh 2: Chè được làm héo, vò bằng tay tại xưởng của HTX.
Ảnh 3: Sản phẩm chè shan tuyết đóng hộp đạt OCOP 4 sao.
Ảnh: Nguyễn Thị Hoa #chè #ocop""",
             replies=[("htxsuoigiang", "@htxyenbai Cảm ơn Liên minh đã giới thiệu sản phẩm của HTX!")],
             notes=["photo story in one notice: three uploaded photos (thumbnails in the attachment list, their addresses "
                    "appended as the last line), the captions typed as lines 'Ảnh 1: …'; 'Ảnh: Nguyễn Thị Hoa #chè #ocop' "
                    "closes it -> author Nguyễn Thị Hoa (the hashtags are part of the line)"]),
        dict(when=datetime(2025, 1, 8, 10, 0), author=None,
             text="""Kết quả phát triển HTX tỉnh Yên Bái năm 2024
Lĩnh vực / Số HTX / Doanh thu (tỷ đồng):
- Nông, lâm nghiệp: 256 HTX / 318,4
- Công nghiệp, tiểu thủ công nghiệp: 41 HTX / 96,7
- Thương mại, dịch vụ: 63 HTX / 152,9
- Vận tải: 18 HTX / 47,2
Năm 2025, tỉnh phấn đấu thành lập mới 30 HTX.
Nguồn: Phòng Tổng hợp, Liên minh HTX tỉnh""",
             replies=[], notes=["a table as a plain-text notice can carry one: a header line and '- ' rows (kept with "
                                "their dash), one line each; 'Nguồn: Phòng Tổng hợp, …' is an office: no author"]),
        dict(when=datetime(2024, 12, 27, 9, 15), author=None,
             text="""Hướng dẫn thành lập HTX theo Luật Hợp tác xã năm 2023
CÁC BƯỚC THỰC HIỆN:
- Bước 1: Sáng lập viên tuyên truyền, vận động thành viên, xây dựng phương án sản xuất, kinh doanh;
- Bước 2: Tổ chức hội nghị thành lập, thông qua điều lệ, bầu hội đồng quản trị;
- Bước 3: Nộp hồ sơ đăng ký tại Phòng Tài chính - Kế hoạch cấp huyện;
- Bước 4: Nhận giấy chứng nhận đăng ký HTX trong 05 ngày làm việc.
Liên minh HTX tỉnh hỗ trợ miễn phí tư vấn thành lập HTX. #htx""",
             replies=[("lotrang", "@htxyenbai Nhóm hộ trồng quế ở Văn Yên muốn thành lập HTX thì liên hệ ai ạ?")],
             notes=["a capital heading line 'CÁC BƯỚC THỰC HIỆN:' and '- Bước n' list lines; no byline: no author; a "
                    "member's question under it: a comment, its /notice/<n> a reply (no article)"]),
        dict(when=datetime(2024, 12, 18, 15, 20), author=None,
             text="""HTX Quế Văn Yên xuất khẩu lô tinh dầu quế đầu tiên sang châu Âu
HTX Dịch vụ nông nghiệp quế Văn Yên vừa xuất khẩu 5 tấn tinh dầu quế hữu cơ sang Pháp và Đức.
HTX đang liên kết với 320 hộ trồng quế theo tiêu chuẩn hữu cơ trên diện tích 900 ha.
Theo Báo Yên Bái""",
             replies=[], notes=["a reprint closed by 'Theo Báo Yên Bái': no author"]),
        dict(when=datetime(2024, 12, 12, 0, 15), author=None,
             text="""Liên minh HTX tỉnh làm việc với HTX Nông lâm nghiệp Mường Lò
Chiều 11/12, đoàn công tác Liên minh HTX tỉnh làm việc với HTX Nông lâm nghiệp Mường Lò (thị xã Nghĩa Lộ).
HTX hiện có 48 thành viên, sản xuất gạo nếp Tú Lệ và măng tre Bát Độ, doanh thu năm 2024 ước đạt 7 tỷ đồng.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng nhãn hiệu và tham gia Chương trình OCOP.""",
             replies=[], notes=["posted at 00:15 on 12 December about the afternoon before ('Chiều 11/12'): the site's "
                                "zone is UTC: title 'Wednesday, 11-Dec-2024 17:15:00 UTC', datetime "
                                "'2024-12-11T17:15:00+00:00', the feeds too; the text 'khoảng 2 tháng trước'; published "
                                "= 2024-12-12 00:15"]),
        dict(when=datetime(2024, 11, 20, 10, 40), author="Lò Văn Sáng",
             text="""HTX Thủy sản Thác Bà nuôi cá lồng theo chuỗi giá trị
HTX Thủy sản Thác Bà (huyện Yên Bình) hiện có 160 lồng cá trên hồ Thác Bà, sản lượng mỗi năm khoảng 400 tấn.
Sản phẩm cá lăng, cá chiên của HTX được tiêu thụ ổn định tại các nhà hàng ở Hà Nội và Hải Phòng.
Bài: Lò Văn Sáng""",
             replies=[], notes=["'Bài: Lò Văn Sáng' closes it -> author; the time reads 'khoảng 3 tháng trước'"]),
        dict(when=datetime(2023, 9, 14, 9, 30), author=None, oldest=True,
             text="""Mạng HTX Yên Bái chính thức hoạt động
Từ ngày 14/9/2023, Liên minh HTX tỉnh Yên Bái đưa vào sử dụng Mạng HTX Yên Bái để cung cấp thông tin cho các HTX, tổ hợp tác trên địa bàn tỉnh.
Các HTX đăng ký tài khoản để theo dõi tin tức, thông báo của Liên minh HTX tỉnh và trao đổi kinh nghiệm sản xuất.""",
             replies=[], notes=["the oldest notice: only on /htxyenbai?page=2 and /?page=2 (the pager's 'Trước'), older "
                                "than 480 days: its time prints the exact date 'Thursday, 14-Sep-2023 02:30:00 UTC' (UTC: "
                                "09:30 in Vietnam); 'Từ ngày 14/9/2023' in the text is the same day"]),
    ]


REPEATS = ["Yên Bái có thêm 15 sản phẩm OCOP đạt 3 sao", "Văn Chấn mở rộng vùng chè shan tuyết hữu cơ",
           "Lục Yên phát triển vùng nguyên liệu quế", "Nông dân Trấn Yên thu hoạch măng tre Bát Độ",
           "Hỗ trợ HTX tiếp cận vốn vay từ Quỹ hỗ trợ phát triển HTX", "Mù Cang Chải chuẩn bị mùa du lịch lúa chín",
           "Yên Bình phát triển nuôi cá lồng trên hồ Thác Bà", "Tôn vinh 20 nông dân sản xuất, kinh doanh giỏi",
           "Phát triển du lịch cộng đồng gắn với HTX", "Nghĩa Lộ quảng bá gạo nếp Tú Lệ",
           "Đẩy mạnh chuyển đổi số trong các HTX", "Kết nối tiêu thụ nông sản với các tỉnh đồng bằng",
           "Yên Bái tổng kết năm 2024 về phát triển kinh tế tập thể", "Hội thi ẩm thực các dân tộc Yên Bái",
           "Thời tiết nồm ẩm, chú ý phòng bệnh cho vật nuôi"]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "yen-bai", f"{NAME} (GNU social 1.2)", "generic", None,
                     start_urls=["{{base:%s}}/%s" % (SITE, USER)],
                     feeds=["{{base:%s}}/api/statuses/user_timeline/2.atom" % SITE])
    site.extra_boilerplate += FURN
    specs = posts()
    notices: list[Notice] = []
    heads = []
    for spec in specs:
        n = Notice(USER, spec["text"], spec["when"], list(spec.get("files", [])))
        heads.append((spec, n))
        notices.append(n)
        for k, (user, text) in enumerate(spec["replies"]):
            notices.append(Notice(user, text, spec["when"] + timedelta(hours=2 + 3 * k, minutes=11), reply_to=n))
    repeats = []
    for i, title in enumerate(REPEATS):
        when = (datetime(2024, 9, 2, 7, 30) + timedelta(days=12 * (i - 2), hours=i % 4)) if i >= 2 else \
            datetime(2023, 8, 10 + 9 * i, 8, 0)
        orig = Notice("baoyenbai@social.baoyenbai.vn", f"{title} https://baoyenbai.com.vn/{h(title, 8)}.html",
                      when - timedelta(hours=2))
        rep = Notice(USER, "", when, repeat_of=orig)
        notices += [orig, rep]
        repeats.append(rep)
    notices.sort(key=lambda n: n.when)
    nid, cid, aid = 1180, 480, 60
    for n in notices:
        nid += 3 + len(n.text) % 5
        n.id = nid
        if n.reply_to is not None:
            n.conv = n.reply_to.conv
        elif n.repeat_of is not None:
            n.conv = n.repeat_of.conv
        else:
            cid += 1 + len(n.text) % 3
            n.conv = cid
        for _ in n.files:
            aid += 1 + len(n.text) % 2
            n.attach_ids.append(aid)
    by_conv: dict[int, list[Notice]] = {}
    for n in notices:
        if n.repeat_of is None:
            by_conv.setdefault(n.conv, []).append(n)

    def file_url(name: str) -> str:
        return f"/file/{h(name)}.{name.rsplit('.', 1)[1]}"

    def avatar(user: str) -> str:
        ids = {USER: 2, "htxtanthinh": 5, "htxsuoigiang": 6, "lotrang": 9}
        return f"/avatar/{ids.get(user, 15)}-48-20230912081530.png"

    def notice_title(n: Notice) -> str:
        return f"Trạng thái của {n.name()} ({n.nick()}) vào {exact(n.when)}"

    def content(n: Notice) -> str:
        lines = n.text.split("\n")
        out = []
        for line in lines:
            m = re.search(r" (https://\S+)$", line)
            if m and n.remote:
                line = line[:m.start()]
                out.append(render_line(line) + f' <a href="{{{{base:offsite}}}}/tin-tuc/bai-viet-1.html" title="{m.group(1)}" '
                                                f'class="attachment" rel="nofollow external">{m.group(1)}</a>')
            else:
                out.append(render_line(line))
        if n.files:
            out.append(" ".join(f'<a href="{{{{base}}}}/attachment/{a}" title="{{{{base}}}}{file_url(f)}" class="attachment" '
                                f'id="attachment-{a}" rel="nofollow external">{{{{base}}}}/attachment/{a}</a>'
                                for a, (f, _) in zip(n.attach_ids, n.files)))
        return "<br />\n".join(out)

    def item(shown: Notice, profile_list: bool = False) -> str:
        n = shown.repeat_of or shown
        author = "" if (profile_list and n.user == USER) else (
            f'<a href="{"{{base:offsite}}/" if n.remote else "{{base}}/" + n.user}" class="h-card p-author" '
            f'title="{n.nick()}"><img src="{avatar(n.user)}" class="avatar u-photo" width="48" height="48" '
            f'alt="{attr(n.name())}"/>{esc(n.name())}</a>')
        addressees = ""
        if n.reply_to is not None:
            addressees = (f'<ul class="addressees"><li class="h-card"><a href="{{{{base}}}}/{USER}" title="{USER}" '
                          f'class="addressee account">{esc(FULL)}</a></li></ul>')
        permalink = "{{base:offsite}}/tin-tuc/bai-viet-1.html" if n.remote else f"{{{{base}}}}{n.path}"
        repeat = ""
        if shown.repeat_of is not None:
            repeat = (f'<a href="{{{{base}}}}{shown.path}" class="u-url"></a><span class="repeat h-entry">Nhắc lại bởi '
                      f'<a href="{{{{base}}}}/{USER}" class="h-card p-author u-url" title="{attr(FULL)}">{USER}</a></span>')
        perm_class = "permalink u-repost-of external" if shown.repeat_of is not None and n.remote else \
            ("permalink u-url external" if n.remote else "permalink u-url")
        atts = ""
        if n.files:
            lis = []
            for a, (f, t) in zip(n.attach_ids, n.files):
                rep = (f'<img class="u-photo" src="/file/thumb-{a}-450x300-{h(f, 12)}.png" alt=""/>' if f.endswith(".png")
                       else esc(t))
                lis.append(f'<li class="attachment"><a class="attachment" href="{{{{base}}}}/attachment/{a}" rel="external" '
                           f'title="{attr(t)}">{rep}</a></li>')
            atts = f'<div class="e-content thumbnails"><ol class="attachments">{"".join(lis)}</ol></div>'
        return f"""<li class="h-entry notice post notice-source-web" id="notice-{shown.id}"><section class="notice-headers"><a href="{permalink}" class="notice-title">{esc(notice_title(n))}</a>{author}{addressees}</section><article class="e-content">{content(n)}</article><footer><a rel="bookmark" class="timestamp" href="{{{{base}}}}/conversation/{n.conv}#notice-{n.id}"><time class="dt-published" datetime="{utc(n.when):%Y-%m-%dT%H:%M:%S}+00:00" title="{exact(n.when)}">{date_string(n.when)}</time></a> <span class="source">từ <span class="device">{'OStatus' if n.remote else 'web'}</span></span> {repeat}<a href="{permalink}" class="{perm_class}">liên kết cố định</a>{atts}</footer></li>
"""

    def layout(title: str, body_id: str, heading: str, inner: str, aside: str = "", head: str = "") -> str:
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
<title>{esc(title)} - {esc(NAME)}</title>
<link rel="shortcut icon" href="/theme/neo/favicon.ico"/>
<link rel="stylesheet" type="text/css" href="/theme/base/css/display.css?version={VERSION}" media="screen, projection, tv, print"/>
<link rel="stylesheet" type="text/css" href="/theme/neo/css/display.css?version={VERSION}" media="screen, projection, tv, print"/>
<script type="text/javascript" src="/js/extlib/jquery.js?version={VERSION}"></script>
<script type="text/javascript" src="/js/util.js?version={VERSION}"></script>
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch/notice" title="{esc(NAME)} Tìm kiếm tin nhắn"/>
<meta name="generator" content="GNU social {VERSION}"/>
{head}
</head>
<body id="{body_id}">
<div id="wrap">
<div id="header">
<address id="site_contact" class="h-card"><a class="u-url p-name home bookmark org" href="{{{{base}}}}/"><img class="logo u-photo" src="/theme/neo/logo.png" alt="{esc(NAME)}"/></a></address>
<div id="site_nav_global_primary"><ul class="nav"><li id="nav_login"><a href="{{{{base}}}}/main/login" title="Đăng nhập vào trang">Đăng nhập</a></li><li id="nav_register"><a href="{{{{base}}}}/main/register" title="Tạo tài khoản">Đăng ký</a></li><li id="nav_help"><a href="{{{{base}}}}/doc/help" title="Trợ giúp">Trợ giúp</a></li><li id="nav_search"><a href="{{{{base}}}}/search/notice" title="Tìm người hoặc tin nhắn">Tìm kiếm</a></li></ul></div>
</div>
<div id="core">
<div id="aside_primary_wrapper"><div id="content_wrapper"><div id="site_nav_local_views_wrapper">
<div id="site_nav_local_views"><ul class="nav"><li id="nav_timeline_public"><a href="{{{{base}}}}/" title="Dòng thời gian công cộng">Công cộng</a></li><li id="nav_groups"><a href="{{{{base}}}}/tag/htx" title="Thẻ">Thẻ #htx</a></li></ul></div>
<div id="content"><div id="content_inner">
<div id="anon_notice"><p>{ANON}</p></div>
<h1>{esc(heading)}</h1>
{inner}
</div></div>
</div></div>
<div id="aside_primary" class="aside">{aside}</div>
</div>
</div>
<div id="footer">
<dl id="site_nav_global_secondary"><dt>Liên kết</dt><dd><ul class="nav"><li><a href="{{{{base}}}}/doc/help">Trợ giúp</a></li><li><a href="{{{{base}}}}/doc/about">Giới thiệu</a></li><li><a href="{{{{base}}}}/doc/faq">FAQ</a></li><li><a href="{{{{base}}}}/doc/tos">Điều khoản</a></li><li><a href="{{{{base}}}}/doc/privacy">Riêng tư</a></li><li><a href="{{{{base}}}}/doc/source">Mã nguồn</a></li><li><a href="{{{{base}}}}/main/version">Phiên bản</a></li><li><a href="{{{{base}}}}/doc/contact">Liên hệ</a></li></ul></dd></dl>
<dl id="licenses"><dt id="site_statusnet_license">Giấy phép phần mềm GNU social</dt><dd><p><strong>{esc(NAME)}</strong> là một dịch vụ tiểu blog được vận hành trên phần mềm <a href="{{{{base:offsite}}}}/">GNU social</a> phiên bản {VERSION}, phát hành theo giấy phép <a href="{{{{base:offsite}}}}/">GNU Affero General Public License</a>.</p></dd><dt id="site_content_license">Giấy phép nội dung</dt><dd id="site_content_license_cc"><p><img id="license_cc" src="/theme/licenses/cc_by_3.0_80x15.png" alt="Creative Commons Attribution 3.0" width="80" height="15"/> {CONTENT_LICENCE}</p></dd></dl>
</div>
</div>
</body>
</html>
"""

    def entity_aside(user: str) -> str:
        name = FULL if user == USER else MEMBERS[user]
        bio = ("Tài khoản chính thức của Liên minh Hợp tác xã tỉnh Yên Bái." if user == USER else "Thành viên Mạng HTX Yên Bái")
        return (f'<div id="entity_profile" class="h-card"><h2>{esc(name)}</h2><img src="/avatar/{2 if user == USER else 9}'
                f'-96-20230912081530.png" class="avatar u-photo" width="96" height="96" alt="{attr(name)}"/>'
                f'<div class="entity_nickname">{user}</div><div class="entity_location">Yên Bái</div>'
                f'<div class="entity_note p-note">{esc(bio)}</div></div>'
                f'<div id="entity_statistics" class="section"><h2>Thống kê</h2><dl><dt>Thành viên từ</dt><dd>12 Sep 2023'
                f'</dd></dl></div>')

    def pager(base: str, page: int, more: bool) -> str:
        lis = []
        sep = "&amp;" if "?" in base else "?"
        if page > 1:
            prev = base if page == 2 else f"{base}{sep}page={page - 1}"
            lis.append(f'<li class="nav_prev"><a href="{prev}" rel="prev">Sau</a></li>')
        if more:
            lis.append(f'<li class="nav_next"><a href="{base}{sep}page={page + 1}" rel="next">Trước</a></li>')
        return f'<ul class="nav pagination">{"".join(lis)}</ul>' if lis else ""

    # notice pages and conversations
    for spec, n in heads:
        page = layout(notice_title(n), "shownotice", notice_title(n), f'<ol class="notices xoxo">{item(n)}</ol>',
                      entity_aside(USER),
                      head=f'<link rel="alternate" type="application/json+oembed" href="{{{{base}}}}/main/oembed?format=json'
                           f'&amp;url={n.id}" title="oEmbed"/>')
        site.page(n.path, page)
        lines = [x.strip() for x in n.text.split("\n") if x.strip()]
        a = RichArticle(path=n.path, title=lines[0], date=spec["when"], body="\n".join(lines), author=spec["author"],
                        published=iso(spec["when"]), published_source="date-element", evidence=["date-element"],
                        doc_number=spec.get("doc"), notes=spec["notes"])
        a.aliases.append(f"/conversation/{n.conv}")
        site.text_pages[n.path] = [f"/conversation/{n.conv}"]
        for aid_, (f, t) in zip(n.attach_ids, n.files):
            if f.endswith(".pdf"):
                a.attachments.append({"path": f"/attachment/{aid_}", "text": t})
        site.add_article(a)
    site.never_fetched.append("/main/oembed")
    for conv, ns in by_conv.items():
        inner = '<ol class="notices xoxo threaded-notices">' + "".join(item(x) for x in ns) + "</ol>"
        site.page(f"/conversation/{conv}", layout("Hội thoại", "conversation", "Hội thoại", inner))
        if ns[0].remote or ns[0].user != USER:
            site.non_articles.append(f"/conversation/{conv}")
    for n in notices:
        if n.reply_to is not None:
            site.page(n.path, layout(notice_title(n), "shownotice", notice_title(n), f'<ol class="notices xoxo">{item(n)}</ol>',
                                     entity_aside(n.user)))
            site.non_articles.append(n.path)
            site.extra_boilerplate.append(re.sub(r"@(\w+)", r"@\1", n.text))
    for r in repeats:
        title = notice_title(r.repeat_of)
        site.page(r.path, layout(title, "shownotice", title, f'<ol class="notices xoxo">{item(r)}</ol>', entity_aside(USER)))
        site.non_articles.append(r.path)
    c1 = heads[0][1]
    site.trap("every notice's time links /conversation/<c>#notice-<n> (the notice and its replies, h1 'Hội thoại'): "
              "the same post, an alias; members' replies /notice/<n>: comments, no articles", f"/conversation/{c1.conv}")

    # attachments and files
    for spec, n in heads:
        for a, (f, t) in zip(n.attach_ids, n.files):
            if f.endswith(".pdf"):
                site.binary(file_url(f), pdf(n.text.split("\n")[0], ["LIEN MINH HTX TINH YEN BAI", "THONG BAO SO 05/TB-LMHTX"]))
                view = f'<p><a href="{{{{base}}}}{file_url(f)}" class="attachment">{esc(t)}</a> (application/pdf, 48 KB)</p>'
            else:
                site.binary(file_url(f), image_for(f))
                site.binary(f"/file/thumb-{a}-450x300-{h(f, 12)}.png", image_for(f + "thumb"))
                view = f'<p><img src="{file_url(f)}" alt="{attr(t)}" class="attachment"/></p>'
            site.page(f"/attachment/{a}", layout(t, "attachment", t, f'<div id="attachment_view" class="h-entry">{view}</div>'
                                                 f'<h2>Tin nhắn có tệp này</h2><ol class="notices xoxo">{item(n)}</ol>'))
            site.non_articles.append(f"/attachment/{a}")
    site.trap("attachment pages /attachment/<n> (the file's name, a link to /file/<sha256>.<ext>, the notices carrying "
              "it): not articles", f"/attachment/{c1.attach_ids[0]}")

    # the profile stream, the public timeline, tags
    stream = sorted([n for n in notices if n.user == USER], key=lambda n: n.id, reverse=True)
    pages = [stream[i:i + PER] for i in range(0, len(stream), PER)]
    oldest = heads[-1][1]
    assert len(pages) == 2 and oldest in pages[1] and oldest not in pages[0]
    feeds_head = (f'<link rel="alternate" href="{{{{base}}}}/api/statuses/user_timeline/2.atom" type="application/atom+xml" '
                  f'title="Luồng tin nhắn của {USER} (Atom)"/>\n<link rel="alternate" href="{{{{base}}}}/{USER}/rss" '
                  f'type="application/rdf+xml" title="Luồng tin nhắn của {USER} (RSS 1.0)"/>')
    for k, chunk in enumerate(pages, 1):
        path = f"/{USER}" if k == 1 else f"/{USER}?page={k}"
        title = f"{FULL} ({USER})" + (f", trang {k}" if k > 1 else "")
        inner = (f'<ol class="notices xoxo">{"".join(item(n, True) for n in chunk)}</ol>'
                 + pager(f"{{{{base}}}}/{USER}", k, k < len(pages)))
        site.page(path, layout(title, "showstream", title, inner, entity_aside(USER), feeds_head))
        site.non_articles.append(path)
    site.trap("the profile /htxyenbai: 20 items a page, 13 of them repeats of the newspaper's notices ('Nhắc lại bởi "
              "htxyenbai', linked off the site); 'Trước' (GNU social's 'Before') = ?page=2 holds the oldest notice",
              f"/{USER}?page=2")
    public = sorted([n for n in notices if not n.remote], key=lambda n: n.id, reverse=True)
    ppages = [public[i:i + PER] for i in range(0, len(public), PER)]
    assert oldest not in ppages[0]
    for k, chunk in enumerate(ppages, 1):
        path = "/" if k == 1 else f"/?page={k}"
        title = "Dòng thời gian công cộng" + (f", trang {k}" if k > 1 else "")
        site.page(path, layout(title, "public", title, f'<ol class="notices xoxo">{"".join(item(n) for n in chunk)}</ol>'
                               + pager("{{base}}/", k, k < len(ppages))))
        site.non_articles.append(path)
    tags: dict[str, list[Notice]] = {}
    for n in sorted(notices, key=lambda n: n.id, reverse=True):
        if n.user == USER and n.repeat_of is None:
            for t in re.findall(r"(?<![\w/])#(\w+)", n.text):
                tags.setdefault(t.lower(), []).append(n)
    tags.setdefault("htx", [])
    for t, ns in tags.items():
        site.page(f"/tag/{t}", layout(f"Tin nhắn có thẻ {t}", "tag", f"Tin nhắn có thẻ {t}",
                                      f'<ol class="notices xoxo">{"".join(item(n) for n in ns)}</ol>'))
        site.non_articles.append(f"/tag/{t}")
    for user in MEMBERS:
        own = [n for n in notices if n.user == user]
        site.page(f"/{user}", layout(MEMBERS[user], "showstream", f"{MEMBERS[user]} ({user})",
                                     f'<ol class="notices xoxo">{"".join(item(n, True) for n in own)}</ol>',
                                     entity_aside(user)))
        site.non_articles.append(f"/{user}")

    # feeds
    feed_items = pages[0]
    entries, rdf = [], []
    for s in feed_items:
        n = s.repeat_of or s
        text = " ".join(x.strip() for x in n.text.split("\n") if x.strip())
        entries.append(f"""<entry><id>tag:mxh.htxyenbai.vn,{utc(s.when):%Y-%m-%d}:noticeId={s.id}:objectType=note</id><title>{esc(text)}</title><link rel="alternate" type="text/html" href="{{{{base}}}}{s.path}"/><activity:verb>{'http://activitystrea.ms/schema/1.0/share' if s.repeat_of else 'http://activitystrea.ms/schema/1.0/post'}</activity:verb><published>{utc(s.when):%Y-%m-%dT%H:%M:%S}+00:00</published><updated>{utc(s.when):%Y-%m-%dT%H:%M:%S}+00:00</updated><content type="html">{esc(content(n))}</content><link rel="ostatus:conversation" href="{{{{base}}}}/conversation/{n.conv}"/></entry>""")
        rdf.append(f'<item rdf:about="{{{{base}}}}{s.path}"><title>{esc(text)}</title><link>{{{{base}}}}{s.path}</link>'
                   f'<description>{esc(text)}</description><dc:date>{utc(s.when):%Y-%m-%dT%H:%M:%S}+00:00</dc:date>'
                   f'<dc:creator>{USER}</dc:creator></item>')
    site.page("/api/statuses/user_timeline/2.atom", f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xml:lang="vi" xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xmlns:activity="http://activitystrea.ms/spec/1.0/" xmlns:ostatus="http://ostatus.org/schema/1.0">
<generator uri="https://gnu.io/social" version="{VERSION}">GNU social</generator>
<id>{{{{base}}}}/api/statuses/user_timeline/2.atom</id>
<title>{USER} timeline</title>
<subtitle>Các cập nhật của {esc(FULL)} trên {esc(NAME)}!</subtitle>
<logo>{{{{base}}}}{avatar(USER)}</logo>
<updated>{utc(NOW):%Y-%m-%dT%H:%M:%S}+00:00</updated>
<author><activity:object-type>http://activitystrea.ms/schema/1.0/person</activity:object-type><uri>{{{{base}}}}/user/2</uri><name>{USER}</name></author>
<link href="{{{{base}}}}/{USER}" rel="alternate" type="text/html"/>
<link href="{{{{base}}}}/api/statuses/user_timeline/2.atom" rel="self" type="application/atom+xml"/>
{"".join(entries)}
</feed>
""", content_type="application/atom+xml; charset=utf-8")
    site.page(f"/{USER}/rss", f"""<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="{{{{base}}}}/{USER}/rss"><title>{USER}</title><link>{{{{base}}}}/{USER}</link><description>Tin nhắn của {esc(FULL)} trên {esc(NAME)}</description></channel>
{"".join(rdf)}
</rdf:RDF>
""", content_type="application/rdf+xml; charset=utf-8")
    site.trap("feeds: the Atom user timeline /api/statuses/user_timeline/2.atom and RSS 1.0 /htxyenbai/rss (the 20 newest "
              "items, repeats as 'share', the whole text as <title>), times in UTC", "/api/statuses/user_timeline/2.atom")

    # help pages, login, register, search; robots.txt
    docs = {"help": "Trợ giúp", "about": "Giới thiệu", "faq": "Câu hỏi thường gặp", "tos": "Điều khoản sử dụng",
            "privacy": "Chính sách riêng tư", "source": "Mã nguồn", "contact": "Liên hệ"}
    for key, title in docs.items():
        site.page(f"/doc/{key}", layout(title, "doc", title, f'<div class="help"><p>{esc(title)} - {esc(NAME)}, Liên minh '
                                                             'Hợp tác xã tỉnh Yên Bái quản lý.</p></div>'))
        site.non_articles.append(f"/doc/{key}")
    for path, title in [("/main/login", "Đăng nhập"), ("/main/register", "Đăng ký"), ("/main/version", "Phiên bản"),
                        ("/search/notice", "Tìm kiếm tin nhắn")]:
        site.page(path, layout(title, path.rsplit("/", 1)[1], title, '<form method="post" action="' + path + '"><fieldset>'
                               '<input type="text" name="nickname"/><input type="password" name="password"/></fieldset>'
                               "</form>"))
        site.never_fetched.append(path)
    site.page("/main/oembed", "{}", content_type="application/json")
    site.static("/robots.txt", "User-Agent: *\nDisallow: /main/\nDisallow: /settings/\nDisallow: /admin/\n"
                "Disallow: /search/\nDisallow: /message/\n")
    site.trap("robots.txt (GNU social's robotstxt setting) disallows /main/ and /search/: the menu's 'Đăng nhập' "
              "/main/login, 'Đăng ký' /main/register, 'Tìm kiếm' /search/notice, the footer's /main/version and the "
              "head's oEmbed /main/oembed are never fetched", "/main/login")
    site.binary("/theme/neo/favicon.ico", b"\x00\x00\x01\x00")
    site.page("/opensearch/notice", f'<?xml version="1.0" encoding="UTF-8"?>\n<OpenSearchDescription xmlns="http://a9.com/-/spec/'
              f'opensearch/1.1/"><ShortName>{NAME}</ShortName><Url type="text/html" template="{{{{base}}}}/search/notice?q='
              '{searchTerms}"/></OpenSearchDescription>\n', content_type="application/opensearchdescription+xml")
    return site
