"""Site `social-htxquangngai` (registry family `generic`): the account `@htxquangngai` of the Quảng Ngãi cooperative
alliance ("Liên minh HTX tỉnh Quảng Ngãi") on "MXH Hợp tác xã Quảng Ngãi", a Vietnamese **Mastodon 4.2** server
(vanilla, the site language `vi`, LOCAL_DOMAIN `mxh.htxquangngai.vn`, the 500-character limit; the copy is of 20
December 2024). Written as a held-out test: no family module, no selectors.

What is an article here: one post of the alliance's account. The office writes long news as a **thread**: the first
status and its self-replies posted minutes later make one post (the web app shows them under each other), so an
article is the thread's first status, its text the text of every status of the thread in order, its date the first
status's. A reply to somebody else (the alliance answering a member) is no article, nor are boosts (other servers'
statuses), profiles and tag pages.

URL shapes: a status `/@htxquangngai/<id>` (the id is a Mastodon snowflake: the UTC creation time in milliseconds,
shifted 16 bits); `/users/htxquangngai/statuses/<id>` answers HTML clients with a 301 to it (`redirect_with_vary`: an
alias; the status page links it as its `application/activity+json` alternate); `/@htxquangngai/<id>/embed` the embed
view (the only server-rendered status markup left in 4.2: `div.detailed-status`); the profile `/@htxquangngai`
(`/users/htxquangngai` redirects there); tags `/tags/<tag>`; the feeds `/@htxquangngai.rss` (the 20 newest statuses of
the account without boosts and without replies to others: self-replies count) and `/tags/<tag>.rss`; the ActivityPub
outbox `/users/htxquangngai/outbox?page=true` (JSON, 20 items a page, `next` = `?max_id=<id>&page=true`). No site map;
robots.txt is Mastodon's (GPTBot, `/media_proxy/`, `/interact/`).

Why it is hard: Mastodon 4 renders status and profile pages with its JavaScript app. The HTML a crawler gets is the
app shell: the `<title>` (`Liên minh HTX tỉnh Quảng Ngãi: "<the first 49 characters>…" - MXH Hợp tác xã Quảng
Ngãi`), the `og:` tags (`og:description` = the status's plain text, preceded by "Đính kèm: 2 ảnh" when it has media;
`og:published_time` in UTC, `2024-10-30T17:20:00Z` for the post of 00:20 on 31 October; `og:title` = the account's
name, never the post's), and `<noscript>` ("Để dùng ứng dụng web Mastodon, hãy bật JavaScript…"). There is no `<h1>`
and no body text: the title of a post is its first line. A status with a content warning has only
"Cảnh báo nội dung: <warning>" in its `og:description` (replies inherit the warning): its text is in the RSS and the
embed only. A thread's later statuses are their own pages, each with a part of the text. Photos carry alt text
(`media:description` in the RSS, `title` of the embed's attachment list): not a caption, not text. Mastodon cannot
attach a PDF: the notice links the file on the alliance's portal (another host). The RSS items have no `<title>`,
pubDate `+0000`. The oldest post is past the RSS's 20 statuses: only the outbox's second page reaches it.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, iso
from .richbody import RichArticle

SITE = "social-htxquangngai"
INSTANCE = "MXH Hợp tác xã Quảng Ngãi"
DOMAIN = "mxh.htxquangngai.vn"
ACCT = "htxquangngai"
DISPLAY = "Liên minh HTX tỉnh Quảng Ngãi"
NOW = datetime(2024, 12, 20, 10, 0)
NOSCRIPT = "Để dùng ứng dụng web Mastodon, hãy bật JavaScript."
NOSCRIPT2 = "Hoặc thử dùng một trong các ứng dụng Mastodon dành cho nền tảng của bạn."
BIO = "Tài khoản chính thức của Liên minh Hợp tác xã tỉnh Quảng Ngãi. Tin hoạt động, thông báo, văn bản."
FURN = [INSTANCE, NOSCRIPT, NOSCRIPT2, "Đính kèm:", "Cảnh báo nội dung:"]
HTML = "text/html; charset=utf-8"
PACK = "/packs/js/common-4e2b9d1c7f3a8e60.js"
CSS = "/packs/css/common-0f8a2d6c1b7e4359.css"


def h(text: str, n: int = 16) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:n]


def utc(d: datetime) -> datetime:
    return (d - timedelta(hours=7)).replace(tzinfo=UTC)


def snowflake(d: datetime, salt: str) -> int:
    ms = int(utc(d).timestamp() * 1000)
    return (ms << 16) | (int(h(salt, 4), 16))


def partition(n: int) -> str:
    s = f"{n:018d}"
    return "/".join(s[i:i + 3] for i in range(0, 18, 3))


@dataclass
class Media:
    name: str
    alt: str
    id: int = 0

    @property
    def key(self) -> str:
        return h(self.name)

    def url(self, size: str = "original") -> str:
        return f"/system/media_attachments/files/{partition(self.id)}/{size}/{self.key}.png"


@dataclass
class Status:
    text: str
    when: datetime
    media: list[Media] = field(default_factory=list)
    cw: str | None = None
    reply_to: Status | None = None
    reply_account: str | None = None  # a reply to somebody else: their username
    id: int = 0
    replies: int = 0
    boosts: int = 0
    favs: int = 0

    @property
    def path(self) -> str:
        return f"/@{ACCT}/{self.id}"

    def lines(self) -> list[str]:
        return [x.strip() for x in self.text.split("\n") if x.strip()]

    def tags(self) -> list[str]:
        return list(dict.fromkeys(t.lower() for t in re.findall(r"#(\w+)", self.text)))


# -- the status text as Mastodon's TextFormatter writes it ---------------------------------------------------------

_TOKEN = re.compile(r"(https?://\S+)|#(\w+)|@(\w+)")


def inline(line: str) -> str:
    out, pos = [], 0
    for m in _TOKEN.finditer(line):
        out.append(esc(line[pos:m.start()]))
        if m.group(1):
            url = m.group(1)
            rest = url.split("://", 1)[1]
            out.append(f'<a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank" rel="nofollow noopener noreferrer" '
                       f'translate="no"><span class="invisible">https://</span><span class="ellipsis">{esc(rest[:30])}'
                       f'</span><span class="invisible">{esc(rest[30:])}</span></a>')
        elif m.group(2):
            out.append(f'<a href="{{{{base}}}}/tags/{m.group(2).lower()}" class="mention hashtag" rel="tag">#<span>'
                       f'{esc(m.group(2))}</span></a>')
        else:
            out.append(f'<span class="h-card" translate="no"><a href="{{{{base}}}}/@{m.group(3)}" class="u-url mention">'
                       f'@<span>{esc(m.group(3))}</span></a></span>')
        pos = m.end()
    out.append(esc(line[pos:]))
    return "".join(out)


def content_html(s: Status) -> str:
    paras = [p for p in s.text.strip().split("\n\n") if p.strip()]
    return "".join("<p>" + "<br />".join(inline(x.strip()) for x in p.split("\n")) + "</p>" for p in paras)


def description(s: Status) -> str:
    parts = []
    if s.media:
        parts.append(f"Đính kèm: {len(s.media)} ảnh")
    if s.cw:
        parts.append(f"Cảnh báo nội dung: {s.cw}")
    comps = [" · ".join(parts)] if parts else []
    if not s.cw:
        comps.append(s.text.strip())
    return "\n\n".join(c for c in comps if c)


def truncate(text: str, n: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def fmt_time(d: datetime) -> str:
    x = utc(d)
    return f"{x.day} thg {x.month}, {x.year}, {x:%H:%M}"


# -- the posts -----------------------------------------------------------------------------------------------------

def posts() -> list[dict]:
    M = Media
    return [
        dict(when=datetime(2024, 12, 16, 8, 30), author=None, doc="14/TB-LMHTX", statuses=[
            ("""Thông báo số 14/TB-LMHTX về việc đăng ký tham gia Hội chợ hàng nông sản, OCOP tỉnh Quảng Ngãi năm 2024

Số: 14/TB-LMHTX
Quảng Ngãi, ngày 12 tháng 12 năm 2024

Liên minh HTX tỉnh tổ chức gian hàng chung cho các HTX tại Hội chợ hàng nông sản, OCOP tỉnh Quảng Ngãi năm 2024, diễn \
ra từ ngày 26/12 đến ngày 30/12/2024 tại Quảng trường Phạm Văn Đồng.""",
             [M("tb-14-trang-1", "Ảnh chụp trang 1 Thông báo số 14/TB-LMHTX, có quốc hiệu và tiêu đề thông báo"),
              M("tb-14-trang-2", "Ảnh chụp trang 2 Thông báo số 14/TB-LMHTX, có chữ ký và con dấu")], 12, 9, 15),
            ("""Mỗi HTX được hỗ trợ tối đa 02 gian hàng tiêu chuẩn, ưu tiên HTX có sản phẩm OCOP từ 3 sao trở lên.

Hồ sơ đăng ký gửi về Văn phòng Liên minh HTX tỉnh (số 52 Hùng Vương, TP Quảng Ngãi) trước ngày 20/12/2024.""", [], 1, 2, 4),
            ("""KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hùng

Toàn văn thông báo: https://lienminhhtx.quangngai.gov.vn/uploads/2024/12/tb-14-lmhtx.pdf

#htx #ocop #quangngai""", [], 0, 3, 5)],
             notes=["a notice in a thread of three statuses (08:30, 08:32, 08:34 on 16 December): 'Số: 14/TB-LMHTX' and "
                    "'Quảng Ngãi, ngày 12 tháng 12 năm 2024' in the first (the document's date, not the post's), the "
                    "signer 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn Hùng' in the third: text, no author; Mastodon cannot "
                    "attach a PDF: the third status links the file on the alliance's portal (another host, never "
                    "fetched): no attachment of this site; the two photos are scans of the pages (alt text only)"]),
        dict(when=datetime(2024, 12, 5, 16, 10), author="Trần Minh Tâm", statuses=[
            ("""Ảnh: Nông dân HTX Nông nghiệp Lý Sơn xuống giống tỏi vụ mới

Đầu tháng 12, các thành viên HTX Nông nghiệp Lý Sơn bắt đầu xuống giống tỏi vụ đông xuân 2024 - 2025 trên diện tích \
120 ha.""", [M("ly-son-1", "Cánh đồng tỏi ở đảo Lý Sơn nhìn từ trên cao, xa xa là núi Thới Lới")], 21, 14, 40),
            ("Thành viên HTX làm đất, phủ cát trắng lên ruộng trước khi trồng tỏi.",
             [M("ly-son-2", "Hai người nông dân đội nón lá cào cát trên ruộng")], 0, 3, 12),
            ("Tỏi giống được tách tép, phân loại ngay tại ruộng.",
             [M("ly-son-3", "Bàn tay người phụ nữ tách những tép tỏi giống")], 0, 2, 11),
            ("""HTX cung ứng giống, phân bón và bao tiêu toàn bộ sản lượng tỏi cho 85 hộ thành viên.

Ảnh: Trần Minh Tâm

#htx #lyson""", [M("ly-son-4", "Kho tỏi khô của HTX, những bó tỏi treo thành hàng")], 2, 4, 18)],
             notes=["photo story as a thread of four statuses, one photo each: the caption is the status's own text "
                    "(one line each); the photos' alt text (descriptions for the blind, in the RSS's media:description "
                    "and the embed's title attributes) is no caption and no text; 'Ảnh: Trần Minh Tâm' in the last "
                    "status -> author"]),
        dict(when=datetime(2024, 11, 27, 10, 0), author=None, statuses=[
            ("""Kết quả hoạt động của các HTX nông nghiệp tỉnh Quảng Ngãi 9 tháng năm 2024

Lĩnh vực - Số HTX - Doanh thu (tỷ đồng):
▪️ Trồng trọt: 118 HTX - 214,6
▪️ Chăn nuôi: 21 HTX - 38,2
▪️ Thủy sản: 16 HTX - 27,9
▪️ Dịch vụ tổng hợp: 97 HTX - 301,5""",
             [M("bang-9-thang", "Bảng số liệu: Trồng trọt 118 HTX, doanh thu 214,6 tỷ đồng; Chăn nuôi 21 HTX, 38,2 tỷ đồng; "
                                "Thủy sản 16 HTX, 27,9 tỷ đồng; Dịch vụ tổng hợp 97 HTX, 301,5 tỷ đồng")], 3, 6, 9),
            ("""Doanh thu bình quân một HTX nông nghiệp đạt 2,3 tỷ đồng, tăng 6,8% so với cùng kỳ.

Chi tiết xem bảng số liệu trong ảnh.

#htx #solieu""", [], 0, 1, 3)],
             notes=["a table as Mastodon allows one: plain-text rows, one per line (<br> inside one <p>), plus an image "
                    "of the table whose alt text repeats the figures (not text); a thread of two statuses; no byline: "
                    "no author"]),
        dict(when=datetime(2024, 11, 19, 14, 20), author="Phạm Thị Thu Hà", cw="Bài dài: hướng dẫn kỹ thuật", statuses=[
            ("""Hướng dẫn HTX trồng keo gỗ lớn theo tiêu chuẩn FSC

Các bước chính:
1. Chọn giống keo lai mô, cây con cao từ 25 đến 35 cm;
2. Trồng mật độ 1.600 cây/ha, bón lót phân hữu cơ;
3. Tỉa thưa lần đầu vào năm thứ 4, giữ lại 800 cây/ha;""", [], 4, 7, 10),
            ("""4. Kéo dài chu kỳ khai thác lên 10 - 12 năm để bán gỗ xẻ;
5. Ghi chép nhật ký rừng trồng phục vụ đánh giá chứng chỉ FSC.""", [], 0, 1, 2),
            ("""Liên hệ Văn phòng Liên minh HTX tỉnh để được hỗ trợ kết nối đơn vị tư vấn chứng chỉ FSC.

KS. Phạm Thị Thu Hà - Chi cục Kiểm lâm""", [], 0, 1, 2)],
             notes=["behind a content warning 'Bài dài: hướng dẫn kỹ thuật' (the replies inherit it): the status pages' "
                    "og:description says only 'Cảnh báo nội dung: …', the text is in the RSS and the embeds; a heading "
                    "line 'Các bước chính:' and a numbered list typed as lines, continued in the second status; the "
                    "warning is no title and no text; 'KS. Phạm Thị Thu Hà - Chi cục Kiểm lâm' -> Phạm Thị Thu Hà"]),
        dict(when=datetime(2024, 11, 8, 9, 40), author=None, statuses=[
            ("""HTX Nông nghiệp Tịnh Phong liên kết trồng mì nguyên liệu

HTX Nông nghiệp Tịnh Phong (huyện Sơn Tịnh) vừa ký hợp đồng liên kết trồng 150 ha mì nguyên liệu với Nhà máy tinh bột \
mì Quảng Ngãi.

Theo hợp đồng, nhà máy ứng trước giống, phân bón và thu mua toàn bộ sản phẩm theo giá thị trường.

Theo Báo Quảng Ngãi""", [], 1, 5, 8)],
             notes=["a reprint closed by 'Theo Báo Quảng Ngãi': no author; a single status: its embed view is an alias"]),
        dict(when=datetime(2024, 10, 31, 0, 20), author=None, statuses=[
            ("""Liên minh HTX tỉnh tập huấn chuyển đổi số cho cán bộ HTX

Chiều 30/10, Liên minh HTX tỉnh tổ chức lớp tập huấn chuyển đổi số cho 60 cán bộ quản lý HTX tại TP Quảng Ngãi.""",
             [M("tap-huan-cds", "Học viên ngồi trước máy tính trong phòng học")], 0, 4, 9),
            ("""Học viên được hướng dẫn mở gian hàng trên sàn thương mại điện tử, quản lý sổ sách bằng phần mềm kế toán \
và sử dụng chữ ký số.

#chuyendoiso #htx""", [], 0, 1, 3)],
             notes=["posted at 00:20 on 31 October about the afternoon before ('Chiều 30/10'): og:published_time "
                    "'2024-10-30T17:20:00Z', the RSS 'Wed, 30 Oct 2024 17:20:00 +0000', the embed '30 thg 10, 2024, "
                    "17:20' (UTC: the day before); published = 2024-10-31 00:20"]),
        dict(when=datetime(2024, 10, 15, 15, 30), author="Đinh Văn Lực", statuses=[
            ("""HTX Quế Trà Bồng mở rộng vùng nguyên liệu quế hữu cơ

HTX Sản xuất, kinh doanh quế Trà Bồng vừa được cấp chứng nhận hữu cơ cho 45 ha quế của 60 hộ thành viên.""",
             [M("que-tra-bong", "Những bó quế thanh phơi trên giàn tre")], 2, 8, 21),
            ("""Sản phẩm tinh dầu quế và quế thanh của HTX đã xuất khẩu sang Ấn Độ, Hà Lan. HTX dự kiến mở rộng vùng quế \
hữu cơ lên 100 ha vào năm 2026.

Bài: Đinh Văn Lực""", [], 0, 1, 4)],
             notes=["news in a thread of two statuses; 'Bài: Đinh Văn Lực' closes it -> author (the account is the "
                    "office's)"]),
        dict(when=datetime(2024, 9, 24, 9, 0), author=None, statuses=[
            ("""Hội nghị sơ kết 3 năm thực hiện Chiến lược phát triển kinh tế tập thể tỉnh Quảng Ngãi

Sáng 23/9, UBND tỉnh tổ chức hội nghị sơ kết 3 năm thực hiện Chiến lược phát triển kinh tế tập thể, hợp tác xã giai \
đoạn 2021 - 2030.""", [M("so-ket-3-nam", "Toàn cảnh hội trường, đại biểu ngồi theo dãy bàn")], 1, 6, 14),
            ("Toàn tỉnh hiện có 312 HTX, thu hút hơn 145.000 thành viên; 36 HTX có sản phẩm đạt chứng nhận OCOP.",
             [], 0, 2, 5),
            ("""Hội nghị khen thưởng 12 tập thể, 15 cá nhân có thành tích xuất sắc trong phát triển kinh tế tập thể.

#htx #kinhtetapthe""", [], 0, 1, 6)],
             notes=["a thread of three statuses about the conference of the day before ('Sáng 23/9'); posted 24/09 09:00"]),
        dict(when=datetime(2024, 8, 20, 14, 0), author=None, oldest=True, statuses=[
            ("""HTX Nông nghiệp Đức Phong thu hoạch lúa hè thu

HTX Nông nghiệp Đức Phong (huyện Mộ Đức) đã thu hoạch xong 280 ha lúa hè thu, năng suất bình quân 62 tạ/ha.

HTX đã bao tiêu 700 tấn lúa giống cho thành viên với giá cao hơn thị trường 500 đồng/kg.""", [], 0, 3, 7)],
             notes=["the oldest post: the 20 statuses after it fill the RSS (self-replies count), it has no hashtag: only "
                    "the outbox's second page /users/htxquangngai/outbox?max_id=…&page=true (ActivityPub JSON) reaches "
                    "it; a single status: its embed is an alias"]),
    ]


BOOSTS = [  # other servers' statuses the alliance boosted (only in the outbox: Announce activities)
    (datetime(2024, 12, 18, 7, 45), "baoquangngai", "baoquangngai.vn", "111597403312345678"),
    (datetime(2024, 12, 2, 11, 5), "vca", "social.vca.org.vn", "113583946720112233"),
    (datetime(2024, 11, 12, 19, 30), "baoquangngai", "baoquangngai.vn", "113468112200334455"),
    (datetime(2024, 10, 22, 8, 10), "kinhtehoptac", "mastodon.kinhtehoptac.vn", "113352876540998877"),
]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-ngai", f"{DISPLAY} trên {INSTANCE} (Mastodon 4.2)", "generic", None,
                     start_urls=["{{base:%s}}/@%s" % (SITE, ACCT)], feeds=["{{base:%s}}/@%s.rss" % (SITE, ACCT)])
    site.extra_boilerplate += FURN
    site.meta_text = True
    account_id = snowflake(datetime(2023, 10, 12, 9, 0), "account")
    avatar = f"/system/accounts/avatars/{partition(account_id)}/original/{h('avatar')}.png"
    member_avatar = f"/system/accounts/avatars/{partition(account_id + 77)}/original/{h('binhnv')}.png"

    specs = posts()
    threads: list[tuple[dict, list[Status]]] = []
    all_own: list[Status] = []
    for spec in specs:
        sts = []
        for i, (text, media, rep, bst, fav) in enumerate(spec["statuses"]):
            s = Status(text, spec["when"] + timedelta(minutes=2 * i), media, spec.get("cw"),
                       reply_to=sts[-1] if sts else None, replies=rep, boosts=bst, favs=fav)
            s.id = snowflake(s.when, text)
            for k, m in enumerate(media):
                m.id = snowflake(s.when, m.name) + k
            sts.append(s)
        threads.append((spec, sts))
        all_own += sts
    notice_head = threads[0][1][0]
    question_id = snowflake(datetime(2024, 12, 16, 21, 12), "question")
    reply = Status("@binhnv Dạ, HTX gửi hồ sơ qua thư điện tử của Văn phòng cũng được ạ. Hạn cuối vẫn là ngày 20/12.",
                   datetime(2024, 12, 17, 7, 55), reply_account="binhnv")
    reply.id = snowflake(reply.when, reply.text)
    all_own.append(reply)

    def shell(title: str, path: str, tags: str) -> str:
        state = {"meta": {"access_token": None, "locale": "vi", "domain": DOMAIN, "title": INSTANCE,
                          "version": "4.2.13", "limited_federation_mode": False, "mascot": None,
                          "source_url": "https://github.com/mastodon/mastodon", "sso_redirect": None},
                 "compose": {"text": ""}, "accounts": {}, "media_attachments": {"accept_content_types": [
                     ".jpg", ".jpeg", ".png", ".gif", ".webp", ".mp4", ".mp3"]}, "settings": {}, "languages": [["vi",
                     "Tiếng Việt", "Tiếng Việt"]], "push_subscription": None, "role": None}
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta content="width=device-width, initial-scale=1" name="viewport">
<link rel="icon" href="/favicon.ico" type="image/x-icon">
<link rel="apple-touch-icon" href="/apple-touch-icon.png" sizes="180x180">
<link color="#6364FF" href="/mask-icon.svg" rel="mask-icon">
<link href="/manifest" rel="manifest">
<meta content="#191b22" name="theme-color">
<meta content="yes" name="apple-mobile-web-app-capable">
<title>{esc(title)}</title>
<link rel="stylesheet" crossorigin="anonymous" href="{CSS}" media="all">
<script src="{PACK}" crossorigin="anonymous"></script>
<meta content="{h(path, 22)}" name="style-nonce" id="style-nonce">
<link rel="stylesheet" crossorigin="anonymous" href="/inert.css" media="all" id="inert-style">
{tags}
<script id="initial-state" type="application/json">{html.escape(json.dumps(state, ensure_ascii=False), quote=False)}</script>
<script src="/packs/js/application-9b1e0d4f2a6c7385.js" crossorigin="anonymous"></script>
</head>
<body class="app-body theme-default no-reduce-motion">
<div class="notranslate app-holder" data-props="{{&quot;locale&quot;:&quot;vi&quot;}}" id="mastodon">
<noscript>
<img alt="Mastodon" src="/packs/media/images/logo-f4b9a2c1d8e3.svg">
<div>
{NOSCRIPT} Hoặc thử dùng một trong các <a href="{{{{base:offsite}}}}/">ứng dụng Mastodon</a> dành cho nền tảng của bạn.
</div>
</noscript>
</div>
<div aria-hidden="true" class="logo-resources" inert tabindex="-1">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><symbol id="logo-symbol-icon" viewBox="0 0 79 79"><path d="M74.7 16.6c-1.1-8.2-8.3-14.6-16.8-15.9"></path></symbol></svg>
</div>
<div id="modal-container"></div>
</body>
</html>
"""

    def og(prop: str, value: str) -> str:
        return f'<meta content="{attr(value)}" property="{prop}">'

    def status_page(s: Status) -> str:
        quote = truncate(s.cw or s.text)
        title = f'{DISPLAY}: "{quote}" - {INSTANCE}'
        desc = description(s)
        tags = [f'<link href="{{{{base}}}}/users/{ACCT}/statuses/{s.id}" rel="alternate" type="application/activity+json">',
                og("og:site_name", INSTANCE), og("og:type", "article"), og("og:title", f"{DISPLAY} (@{ACCT}@{DOMAIN})"),
                og("og:url", f"{{{{base}}}}{s.path}"), og("og:published_time", f"{utc(s.when):%Y-%m-%dT%H:%M:%S}Z"),
                og("og:locale", "vi"), og("profile:username", f"{ACCT}@{DOMAIN}"),
                f'<meta content="{attr(desc)}" name="description">', og("og:description", desc)]
        if s.media:
            m = s.media[0]
            tags += [og("og:image", f"{{{{base}}}}{m.url()}"), og("og:image:type", "image/png"),
                     og("og:image:width", "1200"), og("og:image:height", "800"), og("og:image:alt", m.alt),
                     '<meta content="summary_large_image" property="twitter:card">']
        else:
            tags += [og("og:image", f"{{{{base}}}}{avatar}"), og("og:image:width", "400"), og("og:image:height", "400"),
                     '<meta content="summary" property="twitter:card">']
        return shell(title, s.path, "\n".join(tags))

    def embed_page(s: Status) -> str:
        cw = ""
        if s.cw:
            cw = (f'<p><span class="p-summary">{esc(s.cw)}&nbsp;</span><button class="status__content__spoiler-link">'
                  f"Hiện thêm</button></p>")
        gallery = ""
        if s.media:
            props = {"height": 380, "sensitive": False, "standalone": True, "autoplay": False, "media": [
                {"id": str(m.id), "type": "image", "url": f"{{{{base}}}}{m.url()}",
                 "preview_url": f"{{{{base}}}}{m.url('small')}", "remote_url": None, "preview_remote_url": None,
                 "text_url": None, "meta": {"original": {"width": 1200, "height": 800, "size": "1200x800", "aspect": 1.5}},
                 "description": m.alt, "blurhash": "UDF~" + h(m.name, 8)} for m in s.media]}
            items = "".join(f'<li><a title="{attr(m.alt)}" href="{{{{base}}}}{m.url()}">{m.key}.png</a></li>'
                            for m in s.media)
            gallery = (f'<div data-component="MediaGallery" data-props="{attr(json.dumps(props, ensure_ascii=False))}">'
                       f'<div class="attachment-list"><div class="attachment-list__icon"><i class="fa fa-link"></i></div>'
                       f'<ul class="attachment-list__list">{items}</ul></div></div>')
        x = utc(s.when)
        icon = "reply" if s.reply_to is None and not s.reply_account else "reply-all"
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta content="noindex" name="robots">
<link rel="stylesheet" crossorigin="anonymous" href="{CSS}" media="all">
<script src="{PACK}" crossorigin="anonymous"></script>
<script src="/packs/js/public-6d0c2e8a4b1f9753.js" crossorigin="anonymous"></script>
</head>
<body class="embed">
<div class="activity-stream activity-stream--headless">
<div class="entry h-entry">
<div class="detailed-status detailed-status--flex detailed-status-public">
<div class="p-author h-card">
<a class="detailed-status__display-name u-url" target="_blank" rel="noopener" href="{{{{base}}}}/@{ACCT}"><div class="detailed-status__display-avatar"><img alt="" class="account__avatar u-photo" src="{avatar}">
</div>
<span class="display-name">
<bdi>
<strong class="display-name__html p-name emojify">{esc(DISPLAY)}</strong>
</bdi>
<span class="display-name__account">
@{ACCT}@{DOMAIN}
</span>
</span>
</a>
</div>
<a class="button logo-button" target="_new" href="{{{{base}}}}/@{ACCT}">Theo dõi</a>
<div class="status__content emojify"{' data-spoiler="folded"' if s.cw else ''}>{cw}<div class="e-content" lang="vi">{content_html(s)}</div></div>
{gallery}
<div class="detailed-status__meta">
<data class="dt-published" value="{x:%Y-%m-%dT%H:%M:%S}+00:00"></data>
<a class="detailed-status__datetime u-url u-uid" target="_blank" rel="noopener noreferrer" href="{{{{base}}}}{s.path}"><time class="formatted" datetime="{x:%Y-%m-%dT%H:%M:%S}Z" title="{fmt_time(s.when)}">{fmt_time(s.when)}</time>
</a>·
<span class="detailed-status__visibility-icon"><i class="fa fa-globe" title="Công khai"></i></span>
·
<span class="detailed-status__link"><i class="fa fa-{icon}"></i><span class="detailed-status__reblogs">{s.replies}</span>
</span>·
<span class="detailed-status__link"><i class="fa fa-retweet"></i><span class="detailed-status__reblogs">{s.boosts}</span>
</span>·
<span class="detailed-status__link"><i class="fa fa-star"></i><span class="detailed-status__favorites">{s.favs}</span>
</span>
</div>
</div>
</div>
</div>
</body>
</html>
"""

    # statuses, embeds, aliases
    for spec, sts in threads:
        for s in sts:
            site.page(s.path, status_page(s), content_type=HTML)
            site.page(f"{s.path}/embed", embed_page(s))
            site.redirect(f"/users/{ACCT}/statuses/{s.id}", s.path, 301)
            for m in s.media:
                site.binary(m.url(), image_for(m.name))
                site.binary(m.url("small"), image_for(m.name + "-small"))
        head = sts[0]
        lines = [x for s in sts for x in s.lines()]
        a = RichArticle(path=head.path, title=lines[0], date=spec["when"], body="\n".join(lines), author=spec["author"],
                        published=iso(spec["when"]), published_source="metadata", evidence=["metadata"],
                        doc_number=spec.get("doc"), notes=spec["notes"])
        a.aliases.append(f"/users/{ACCT}/statuses/{head.id}")
        if len(sts) == 1:
            a.aliases.append(f"{head.path}/embed")
        else:
            for s in sts[1:]:
                site.non_articles.append(s.path)
            for s in sts:
                site.non_articles.append(f"{s.path}/embed")
        site.text_pages[a.path] = [f"{s.path}/embed" for s in sts] + [s.path for s in sts[1:]]
        site.add_article(a)
    thread2 = threads[1][1]
    site.trap("a thread's later statuses are pages of their own (/@htxquangngai/<id>, each the app shell with its part "
              "of the text in og:description): no articles, their text belongs to the thread's first status",
              thread2[1].path)
    site.trap("every status's /@htxquangngai/<id>/embed (noindex; the detailed-status markup: the text, the UTC <time>, "
              "the counters, the attachment list with the alt text as titles): an alias for a single-status post, "
              "else a part", f"{thread2[0].path}/embed")
    site.trap("/users/htxquangngai/statuses/<id> (the status page's activity+json alternate) answers HTML clients with a "
              "301 to /@htxquangngai/<id>: an alias", f"/users/{ACCT}/statuses/{notice_head.id}")

    # the reply to a member, the member's profile
    site.page(reply.path, status_page(reply), content_type=HTML)
    site.page(f"{reply.path}/embed", embed_page(reply))
    site.redirect(f"/users/{ACCT}/statuses/{reply.id}", reply.path, 301)
    site.non_articles += [reply.path, f"{reply.path}/embed"]
    site.trap("the alliance's reply to a member's question (@binhnv …): a reply to somebody else, no article (not in the "
              "RSS, in the outbox)", reply.path)
    site.page("/@binhnv", shell(f"Nguyễn Văn Bình (@binhnv@{DOMAIN}) - {INSTANCE}", "/@binhnv", "\n".join([
        og("og:site_name", INSTANCE), og("og:type", "profile"), og("og:title", f"Nguyễn Văn Bình (@binhnv@{DOMAIN})"),
        og("og:url", "{{base}}/@binhnv"), og("og:image", "{{base}}" + member_avatar),
        f'<meta content="{attr("3 Tút, 5 Người theo dõi, 12 Đang theo dõi")}" name="description">',
        og("og:description", "3 Tút, 5 Người theo dõi, 12 Đang theo dõi")])))
    site.binary(member_avatar, image_for("binhnv"))
    site.non_articles.append("/@binhnv")

    # profile, tags, home
    n_posts = len(all_own) + len(BOOSTS)
    prof_desc = f"{n_posts} Tút, 1.284 Người theo dõi, 57 Đang theo dõi · {BIO}"
    site.page(f"/@{ACCT}", content_type=HTML, content=shell(f"{DISPLAY} (@{ACCT}@{DOMAIN}) - {INSTANCE}", f"/@{ACCT}", "\n".join([
        f'<link href="{{{{base}}}}/@{ACCT}.rss" rel="alternate" type="application/rss+xml">',
        f'<link href="{{{{base}}}}/users/{ACCT}" rel="alternate" type="application/activity+json">',
        og("og:site_name", INSTANCE), og("og:type", "profile"), og("og:title", f"{DISPLAY} (@{ACCT}@{DOMAIN})"),
        og("og:url", f"{{{{base}}}}/@{ACCT}"), f'<meta content="{attr(prof_desc)}" name="description">',
        og("og:description", prof_desc), og("og:image", "{{base}}" + avatar), og("og:image:width", "400"),
        og("og:image:height", "400"), '<meta content="summary" property="twitter:card">',
        og("profile:username", f"{ACCT}@{DOMAIN}")])))
    site.binary(avatar, image_for("avatar"))
    site.redirect(f"/users/{ACCT}", f"/@{ACCT}", 301)
    site.non_articles.append(f"/@{ACCT}")
    site.trap("the profile /@htxquangngai: the app shell (og:description 'N Tút, 1.284 Người theo dõi…', the bio), no "
              "status in its HTML; its alternates: the RSS and /users/htxquangngai (a 301 back to it for HTML)", f"/@{ACCT}")
    tagged: dict[str, list[Status]] = {}
    for s in sorted(all_own, key=lambda x: x.id, reverse=True):
        for t in s.tags():
            tagged.setdefault(t, []).append(s)
    for t in sorted(tagged):
        site.page(f"/tags/{t}", shell(f"#{t} - {INSTANCE}", f"/tags/{t}", "\n".join([
            f'<link href="{{{{base}}}}/tags/{t}.rss" rel="alternate" type="application/rss+xml">',
            og("og:site_name", INSTANCE), og("og:url", f"{{{{base}}}}/tags/{t}"), og("og:type", "website"),
            og("og:title", f"#{t}"), f'<meta content="{attr(f"Những tút công khai có hashtag #{t}")}" name="description">',
            og("og:description", f"Những tút công khai có hashtag #{t}")])))
        site.non_articles.append(f"/tags/{t}")
    site.trap("tag pages /tags/<tag> (the hashtags in the statuses link them): app shells, each with its RSS "
              "/tags/<tag>.rss", "/tags/htx")
    site.page("/", shell(INSTANCE, "/", "\n".join([
        og("og:site_name", INSTANCE), og("og:url", "{{base}}/"), og("og:type", "website"), og("og:title", INSTANCE),
        f'<meta content="{attr("Mạng xã hội của các hợp tác xã tỉnh Quảng Ngãi, vận hành trên Mastodon.")}" name="description">',
        og("og:description", "Mạng xã hội của các hợp tác xã tỉnh Quảng Ngãi, vận hành trên Mastodon.")])))
    site.non_articles.append("/")

    # feeds
    def rss(items: list[Status], title: str, desc: str, link: str) -> str:
        out = []
        for s in items:
            body = content_html(s)
            if s.cw:
                body = f"<p><strong>Cảnh báo nội dung:</strong> {esc(s.cw)}</p><hr />" + body
            media = "".join(f'<media:content url="{{{{base}}}}{m.url()}" type="image/png" fileSize="{48211 + k}" '
                            f'medium="image"><media:rating scheme="urn:simple">nonadult</media:rating><media:description '
                            f'type="plain">{esc(m.alt)}</media:description></media:content>' for k, m in enumerate(s.media))
            cats = "".join(f"<category>{t}</category>" for t in s.tags())
            out.append(f'<item><guid isPermaLink="true">{{{{base}}}}{s.path}</guid><link>{{{{base}}}}{s.path}</link>'
                       f"<pubDate>{utc(s.when):%a, %d %b %Y %H:%M:%S} +0000</pubDate><description>{esc(body)}"
                       f"</description>{media}{cats}</item>")
        last = utc(items[0].when) if items else utc(NOW)
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:webfeeds="http://webfeeds.org/rss/1.0" '
                f'xmlns:media="http://search.yahoo.com/mrss/"><channel><title>{esc(title)}</title><description>{esc(desc)}'
                f"</description><link>{{{{base}}}}{link}</link><image><url>{{{{base}}}}{avatar}</url><title>{esc(title)}"
                f"</title><link>{{{{base}}}}{link}</link></image><lastBuildDate>{last:%a, %d %b %Y %H:%M:%S} +0000"
                f"</lastBuildDate><webfeeds:icon>{{{{base}}}}{avatar}</webfeeds:icon><generator>Mastodon v4.2.13"
                f"</generator>{''.join(out)}</channel></rss>\n")

    own_feed = sorted([s for s in all_own if not s.reply_account], key=lambda x: x.id, reverse=True)[:20]
    assert all(s is not threads[-1][1][0] for s in own_feed)
    site.page(f"/@{ACCT}.rss", rss(own_feed, DISPLAY, f"Bài đăng công khai từ @{ACCT}@{DOMAIN}", f"/@{ACCT}"),
              content_type="application/rss+xml; charset=utf-8")
    for t, sts in tagged.items():
        site.page(f"/tags/{t}.rss", rss([s for s in sts if not s.reply_account][:20], f"#{t}",
                                        f"Những tút công khai có hashtag #{t}", f"/tags/{t}"),
                  content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /@htxquangngai.rss (the profile's alternate): the 20 newest statuses, every status of a thread its "
              "own item, no <title>, the HTML text (a content warning first), media:description = alt text, pubDate "
              "'+0000'", f"/@{ACCT}.rss")

    # the ActivityPub outbox
    actor = f"{{{{base}}}}/users/{ACCT}"
    items = []
    for s in all_own:
        note = {"id": f"{actor}/statuses/{s.id}", "type": "Note", "summary": s.cw,
                "inReplyTo": (f"{actor}/statuses/{s.reply_to.id}" if s.reply_to else
                              (f"{{{{base}}}}/users/binhnv/statuses/{question_id}" if s.reply_account else None)),
                "published": f"{utc(s.when):%Y-%m-%dT%H:%M:%S}Z", "url": f"{{{{base}}}}{s.path}", "attributedTo": actor,
                "to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": [f"{actor}/followers"],
                "sensitive": bool(s.cw), "content": content_html(s), "contentMap": {"vi": content_html(s)},
                "attachment": [{"type": "Document", "mediaType": "image/png", "url": f"{{{{base}}}}{m.url()}",
                                "name": m.alt, "width": 1200, "height": 800} for m in s.media],
                "tag": [{"type": "Hashtag", "href": f"{{{{base}}}}/tags/{t}", "name": f"#{t}"} for t in s.tags()]}
        items.append((s.id, {"id": f"{actor}/statuses/{s.id}/activity", "type": "Create", "actor": actor,
                             "published": note["published"], "to": note["to"], "cc": note["cc"], "object": note}))
    for when, user, host, rid in BOOSTS:
        bid = snowflake(when, rid)
        items.append((bid, {"id": f"{actor}/statuses/{bid}/activity", "type": "Announce", "actor": actor,
                            "published": f"{utc(when):%Y-%m-%dT%H:%M:%S}Z",
                            "to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": [f"https://{host}/users/{user}"],
                            "object": f"https://{host}/users/{user}/statuses/{rid}"}))
    items.sort(key=lambda x: x[0], reverse=True)
    ctx = ["https://www.w3.org/ns/activitystreams", {"ostatus": "http://ostatus.org#", "sensitive": "as:sensitive",
                                                     "Hashtag": "as:Hashtag"}]
    site.page(f"/users/{ACCT}/outbox", json.dumps({"@context": "https://www.w3.org/ns/activitystreams",
                                                   "id": f"{actor}/outbox", "type": "OrderedCollection",
                                                   "totalItems": len(items), "first": f"{actor}/outbox?page=true",
                                                   "last": f"{actor}/outbox?min_id=0&page=true"}, ensure_ascii=False),
              content_type="application/activity+json; charset=utf-8")
    pages = [items[i:i + 20] for i in range(0, len(items), 20)]
    for n, chunk in enumerate(pages):
        path = f"/users/{ACCT}/outbox?page=true" if n == 0 else f"/users/{ACCT}/outbox?max_id={pages[n - 1][-1][0]}&page=true"
        doc = {"@context": ctx, "id": f"{{{{base}}}}{path}", "type": "OrderedCollectionPage",
               "prev": f"{actor}/outbox?min_id={chunk[0][0]}&page=true", "partOf": f"{actor}/outbox",
               "orderedItems": [x for _, x in chunk]}
        if n + 1 < len(pages):
            doc["next"] = f"{actor}/outbox?max_id={chunk[-1][0]}&page=true"
        site.page(path, json.dumps(doc, ensure_ascii=False), content_type="application/activity+json; charset=utf-8")
    oldest = threads[-1][1][0]
    assert any(x["type"] == "Create" and x["object"]["url"].endswith(oldest.path) for _, x in pages[-1]) and len(pages) == 2
    site.trap("the ActivityPub outbox (JSON, 20 items a page: Create activities with the Note's HTML, Announce "
              "activities for boosts whose object is another server's status): its second page ?max_id=…&page=true "
              "holds the oldest post", f"/users/{ACCT}/outbox?page=true")

    # files
    site.static("/robots.txt", "# See http://www.robotstxt.org/robotstxt.html for documentation on how to use the robots.txt "
                "file\n\nUser-agent: GPTBot\nDisallow: /\n\nUser-agent: *\nDisallow: /media_proxy/\nDisallow: /interact/\n")
    site.binary("/favicon.ico", b"\x00\x00\x01\x00")
    site.binary("/apple-touch-icon.png", image_for("apple-touch-icon"))
    site.static("/mask-icon.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 79 79"></svg>\n')
    site.static("/packs/media/images/logo-f4b9a2c1d8e3.svg", '<svg xmlns="http://www.w3.org/2000/svg"></svg>\n')
    site.static("/inert.css", "[inert]{pointer-events:none}\n")
    site.page("/manifest", json.dumps({"name": INSTANCE, "short_name": INSTANCE, "start_url": "/home",
                                       "display": "standalone", "lang": "vi"}, ensure_ascii=False),
              content_type="application/manifest+json")
    return site
