"""Site `nhom-htxvinhlong` (registry family `generic`): "Liên minh HTX tỉnh Vĩnh Long", the public **Google Groups**
group `lmhtx-vinhlong` the alliance's office uses as its news list (staff post there; member cooperatives ask and
answer), as the crawler gets it: the server-rendered HTML of the new Groups UI (2020-) for a signed-out visitor with
`hl=vi`, times in the visitor's zone (Asia/Ho_Chi_Minh). The copy is of 20 May 2024, 10:00. Written as a held-out
test: no family module, no selectors.

URL shapes: every page has `<base href="/">` and relative links `./g/lmhtx-vinhlong/…`; the conversation list
`/g/lmhtx-vinhlong` (30 conversations a page, sorted by the latest message; the older page `?start=30`), a
conversation `/g/lmhtx-vinhlong/c/<11-char id>`, a message `/g/lmhtx-vinhlong/c/<id>/m/<11-char id>` (the same
conversation page, scrolled to that message: the search results link messages so), the group's about page
`/g/lmhtx-vinhlong/about`, the search `/g/lmhtx-vinhlong/search?q=<words>`, attachments and inline images
`/group/lmhtx-vinhlong/attach/<hex>/<file>?part=0.1&authuser=0`; signing in, joining, replying go to Google Accounts
(another site); the members page is disallowed by robots.txt. No feed, no site map.

Why it is hard: the class names are Closure's short random ones (`KPwZRb`, `ptW7te` …); the subject is the page's
`<h1>` and `<title>`; every message is a `section[role=listitem]`: the poster's display name (or a masked address
"lmhtxvl...@gmail.com"), the line "… đã gửi tới Liên minh HTX tỉnh Vĩnh Long", the date "12 thg 5, 2024, 00:20:11",
then the mail's HTML inside `<html-blob>` (Gmail's `<div>` lines, tables, inline images with a caption div, a
"-- " signature), the attachments as chips (name, size), and quoted text collapsed behind "- hiện văn bản được trích
dẫn -" (still in the HTML, display:none); then "Trả lời tất cả / Trả lời tác giả / Chuyển tiếp". The first message is
the article; the replies (and their hidden quotes of it) are not. The list shows "08:47" for today's message and
"12 thg 5" (no year) for this year's. The embedded `AF_initDataCallback` data carry the times as UTC epoch seconds
(the post of 00:20 on 12 May is 11 May there). The office's account is no author; a masked address is no author.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "nhom-htxvinhlong"
GROUP = "lmhtx-vinhlong"
GNAME = "Liên minh HTX tỉnh Vĩnh Long"
NOW = datetime(2024, 5, 20, 10, 0, 0)
PER = 30
G = f"./g/{GROUP}"
OFFICE = "Văn phòng LMHTX Vĩnh Long"
SENT_TO = f"đã gửi tới {GNAME}"
QUOTE_TOGGLE = "- hiện văn bản được trích dẫn -"
SIG_OFFICE = "Văn phòng Liên minh HTX tỉnh Vĩnh Long - 86 Phạm Thái Bường, Phường 4, TP Vĩnh Long - ĐT: 0270.3822.519"
CHROME = [SENT_TO, QUOTE_TOGGLE, "Trả lời tất cả", "Trả lời tác giả", "Chuyển tiếp", "Bạn không thể trả lời cuộc trò "
          "chuyện này vì bạn chưa đăng nhập.", "Cuộc trò chuyện", "Giới thiệu",
          "Chính sách quyền riêng tư", "Điều khoản dịch vụ", "Nhóm Google", SIG_OFFICE, "Tải xuống tất cả tệp đính kèm",
          "Bạn chưa đăng nhập"]
MONTHS_SHORT = "thg"


def gid(text: str, n: int = 11) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    digest = hashlib.sha256(text.encode()).digest()
    return "".join(alphabet[b % 64] for b in digest[:n])


def long_date(d: datetime) -> str:
    return f"{d.day} {MONTHS_SHORT} {d.month}, {d.year}, {d:%H:%M:%S}"


def list_date(d: datetime) -> str:
    if d.date() == NOW.date():
        return f"{d:%H:%M}"
    if d.year == NOW.year:
        return f"{d.day} {MONTHS_SHORT} {d.month}"
    return f"{d.day}/{d.month}/{d.year % 100:02d}"


def epoch(d: datetime) -> int:
    return int((d - timedelta(hours=7) - datetime(1970, 1, 1)).total_seconds())


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 06/TB-LMHTX về việc khảo sát nhu cầu vay vốn của HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH VĨNH LONG
Số: 06/TB-LMHTX
Vĩnh Long, ngày 10 tháng 5 năm 2024
THÔNG BÁO
Về việc khảo sát nhu cầu vay vốn của HTX năm 2024
Để xây dựng kế hoạch cho vay năm 2024, Quỹ hỗ trợ phát triển HTX tỉnh khảo sát nhu cầu vay vốn của các HTX trên địa bàn.
Các HTX điền phiếu khảo sát (đính kèm) và gửi về Văn phòng Liên minh HTX tỉnh trước ngày 31/5/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Sáu
""", author=None, doc_number="06/TB-LMHTX",
          attachments=[{"path": f"/group/{GROUP}/attach/18f6a2c1e0b3d4/TB-06-LMHTX-2024.pdf?part=0.1&authuser=0",
                        "text": "TB-06-LMHTX-2024.pdf"}],
          opts={"by": OFFICE, "sig": SIG_OFFICE, "replies": [("HTX Bưởi Năm Roi Mỹ Hòa", "HTX Mỹ Hòa đã gửi phiếu khảo sát "
                                                                  "qua email, nhờ Văn phòng kiểm tra giúp.", 125)]},
          notes=["notice 'Số: 06/TB-LMHTX' dated 10/5 in its text, posted '14 thg 5, 2024, 09:30:15'; the office's account: "
                 "no author; the signer is text, the '-- ' signature is not; the PDF chip (/group/lmhtx-vinhlong/attach/…/"
                 "TB-06-LMHTX-2024.pdf?part=0.1&authuser=0, its size no text) is an attachment; the member's reply below it "
                 "(its quote of the notice hidden behind '- hiện văn bản được trích dẫn -') is a comment"],
          **at(datetime(2024, 5, 14, 9, 30, 15))),
        A(path="", title="Ảnh: HTX Chôm chôm Bình Hòa Phước vào mùa thu hoạch",
          body="""
Giữa tháng 5, các thành viên HTX Chôm chôm Bình Hòa Phước (huyện Long Hồ) thu hoạch chôm chôm chính vụ.
[img image001.png] Thành viên HTX thu hoạch chôm chôm Java trên cù lao Bình Hòa Phước
[img image002.png] Chôm chôm được lựa, bó thành từng chùm trước khi cân
[img image003.png] Thương lái thu mua chôm chôm ngay tại bến đò của HTX
Năm nay HTX có 85 ha chôm chôm, sản lượng ước đạt 1.700 tấn, giá bán cao hơn năm trước.
""", byline="Bài và ảnh: Phạm Minh Trí", author="Phạm Minh Trí",
          opts={"by": "Lê Thị Kim Ngân", "replies": []},
          notes=["photo story posted this morning: the list shows only '08:47', the message '20 thg 5, 2024, 08:47:10'; three "
                 "inline images (/group/…/attach/…/image00N.png?part=0.1&view=1&authuser=0) each followed by its caption "
                 "div (one line each); posted by Lê Thị Kim Ngân (staff) but 'Bài và ảnh: Phạm Minh Trí' closes it -> author"],
          **at(datetime(2024, 5, 20, 8, 47, 10))),
        A(path="", title="Kết quả hoạt động của HTX nông nghiệp tỉnh Vĩnh Long năm 2023",
          body="""
Năm 2023, các HTX nông nghiệp trong tỉnh hoạt động ổn định, nhiều HTX mở rộng liên kết tiêu thụ với doanh nghiệp.
| Lĩnh vực | Số HTX | Doanh thu bình quân (triệu đồng) | HTX khá, tốt |
| Lúa gạo | 42 | 2.860 | 28 |
| Cây ăn trái | 65 | 3.410 | 47 |
| Rau màu, khoai lang | 31 | 2.150 | 19 |
| Thủy sản | 14 | 4.020 | 9 |
Năm 2024, tỉnh phấn đấu 75% HTX nông nghiệp xếp loại khá, tốt.
""", author="Nguyễn Hoàng Phúc",
          opts={"by": "Nguyễn Hoàng Phúc", "replies": [("HTX Cam sành Tam Bình", "Cảm ơn anh Phúc, HTX sẽ dùng số liệu này "
                                                                                 "cho báo cáo đại hội thành viên.", 190),
                                                         ("lmhtxvl...@gmail.com", "Số liệu chi tiết từng huyện các HTX "
                                                                                  "liên hệ Văn phòng nhé.", 300)]},
          notes=["a Gmail table (no <th>, the first row bold): one line per row; posted in person by Nguyễn Hoàng Phúc (staff), "
                 "no byline: he is the author; two replies (a masked address 'lmhtxvl...@gmail.com' among them), each "
                 "carrying the whole message again as hidden quoted text: comments"],
          **at(datetime(2024, 5, 9, 14, 5, 33))),
        A(path="", title="Hướng dẫn HTX trồng khoai lang theo hướng hữu cơ",
          body="""
Khoai lang là cây trồng chủ lực của nhiều HTX ở huyện Bình Tân; sản xuất theo hướng hữu cơ giúp nâng giá trị sản phẩm.
## Các bước chính
* Chọn đất cao ráo, xử lý đất bằng vôi và phân hữu cơ hoai mục;
* Dùng giống sạch bệnh, cắt hom từ ruộng nhân giống riêng;
* Bón phân hữu cơ vi sinh, không dùng thuốc trừ cỏ;
* Luân canh với lúa để cắt đứt nguồn sâu bệnh.
HTX cần ghi chép nhật ký sản xuất đầy đủ để được cấp chứng nhận.
""", byline="Trương Văn Hòa - Trung tâm Khuyến nông tỉnh", author="Trương Văn Hòa",
          opts={"by": OFFICE, "sig": SIG_OFFICE, "replies": []},
          notes=["a bold line as heading and a four-item list (Gmail <ul>); posted by the office's account but 'Trương Văn "
                 "Hòa - Trung tâm Khuyến nông tỉnh' closes the text -> Trương Văn Hòa"],
          **at(datetime(2024, 5, 6, 7, 55, 0))),
        A(path="", title="HTX Bưởi Năm Roi Mỹ Hòa xuất khẩu lô bưởi đầu tiên sang châu Âu",
          body="""
HTX Bưởi Năm Roi Mỹ Hòa (thị xã Bình Minh) vừa xuất khẩu 20 tấn bưởi đầu tiên sang Hà Lan.
Để đạt tiêu chuẩn xuất khẩu, HTX áp dụng quy trình GlobalGAP trên 40 ha của 35 hộ thành viên.
HTX đặt mục tiêu xuất khẩu 200 tấn bưởi trong năm 2024.
""", byline="Theo Báo Vĩnh Long", author=None,
          opts={"by": "Lê Thị Kim Ngân", "replies": []},
          notes=["posted by Lê Thị Kim Ngân (a person) but closed by 'Theo Báo Vĩnh Long': a reprint, no author"],
          **at(datetime(2024, 5, 2, 16, 10, 42))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Cam sành Tam Bình",
          body="""
Chiều 11/5, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Cam sành Tam Bình về kế hoạch xây dựng kho lạnh.
HTX hiện có 52 thành viên, 95 ha cam sành, sản phẩm đã có mã vùng trồng và tem truy xuất nguồn gốc.
Liên minh HTX tỉnh sẽ hỗ trợ HTX lập hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX tỉnh.
""", author=None,
          opts={"by": OFFICE, "sig": SIG_OFFICE, "replies": []},
          notes=["posted at 00:20:11 on 12 May about the afternoon before ('Chiều 11/5'); the page prints '12 thg 5, 2024, "
                 "00:20:11' (Vietnam time) but the embedded AF_initDataCallback data give the UTC epoch 1715448011 (11 May "
                 "17:20:11); the office's account, no byline: author null"],
          **at(datetime(2024, 5, 12, 0, 20, 11))),
        A(path="", title="HTX Khoai lang Thành Lợi được công nhận sản phẩm OCOP 4 sao",
          body="""
Sản phẩm khoai lang tím Nhật của HTX Khoai lang Thành Lợi (huyện Bình Tân) vừa được công nhận đạt OCOP 4 sao.
HTX hiện có 120 thành viên, sản lượng khoai lang mỗi năm khoảng 6.000 tấn, xuất khẩu sang Hàn Quốc và Nhật Bản.
Đặng Thị Mỹ Duyên
""", author="Đặng Thị Mỹ Duyên",
          opts={"by": OFFICE, "sig": SIG_OFFICE, "replies": [], "fwd": True},
          notes=["the bare name 'Đặng Thị Mỹ Duyên' closes the text: the author (the office's account posted it); the HTX's "
                 "e-mail the office answered is still under the signature, collapsed behind '- hiện văn bản được trích dẫn "
                 "-' ('Vào Th 4, 24 thg 4, 2024 vào lúc 16:02 … đã viết:' and its lines, display:none): not text"],
          **at(datetime(2024, 4, 25, 15, 20, 9))),
        A(path="", title="Liên minh HTX tỉnh Vĩnh Long tập huấn chuyển đổi số cho HTX",
          body="""
Ngày 19/3, Liên minh HTX tỉnh Vĩnh Long tổ chức lớp tập huấn chuyển đổi số cho 80 cán bộ quản lý HTX.
[img image001.png] Học viên thực hành đưa sản phẩm lên sàn thương mại điện tử
Học viên được hướng dẫn sử dụng phần mềm kế toán, chữ ký số và bán hàng trên sàn thương mại điện tử.
""", byline="Tin, ảnh: Võ Thành Tâm", author="Võ Thành Tâm",
          opts={"by": OFFICE, "sig": SIG_OFFICE, "replies": []},
          notes=["the oldest article: 32nd of 33 conversations by latest message, only on the list's second page "
                 "/g/lmhtx-vinhlong?start=30 (and in no search result); 'Tin, ảnh: Võ Thành Tâm' -> author"],
          **at(datetime(2024, 3, 20, 10, 30, 0))),
    ]


QA = [("Hỏi thủ tục chuyển đổi tổ hợp tác thành HTX", "Tổ hợp tác chúng tôi có 9 thành viên, muốn chuyển thành HTX thì cần "
       "những thủ tục gì ạ?"),
      ("Tìm đầu ra cho bưởi da xanh", "HTX có khoảng 12 tấn bưởi da xanh mỗi tháng, mong được kết nối doanh nghiệp thu mua."),
      ("Hỏi về mẫu báo cáo tài chính HTX", "Xin hỏi mẫu báo cáo tài chính năm của HTX áp dụng theo thông tư nào ạ?"),
      ("Cần mua giống khoai lang tím sạch bệnh", "HTX cần mua khoảng 2 tấn hom giống khoai lang tím, ai có xin liên hệ."),
      ("Xin tài liệu tập huấn Luật HTX 2023", "Văn phòng cho HTX xin tài liệu lớp tập huấn Luật Hợp tác xã năm 2023 với ạ."),
      ("Hỏi về hỗ trợ xây dựng nhà sơ chế", "HTX muốn xây nhà sơ chế rau thì có được hỗ trợ từ chương trình nào không?"),
      ("Kết nối tiêu thụ gạo ST25", "HTX còn 30 tấn gạo ST25 vụ đông xuân, cần tìm đối tác tiêu thụ."),
      ("Hỏi cách đăng ký mã số vùng trồng", "Thủ tục đăng ký mã số vùng trồng cho cây cam sành thực hiện ở đâu ạ?")]
MEMBERS = ["HTX Cam sành Tam Bình", "HTX Bưởi Năm Roi Mỹ Hòa", "htxgomdo...@gmail.com", "HTX Rau an toàn Tân Quới",
           "Trần Văn Lực", "htxlongphu...@gmail.com"]


def body_html(a: RichArticle, cid: str) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<div>{inline_html(b.text)}</div><div><br></div>")
        elif b.kind == "h":
            parts.append(f"<div><b>{esc(b.text)}</b></div>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + "</ul><div><br></div>")
        elif b.kind == "img":
            parts.append(f'<div><img src="/group/{GROUP}/attach/{gid(cid + b.src, 14).lower()}/{b.src}?part=0.1&amp;view=1&amp;'
                         f'authuser=0" alt="{b.src}" width="560" height="373"><br></div><div><i>{esc(b.text)}</i></div>'
                         "<div><br></div>")
        elif b.kind == "table":
            head, *rows = b.rows
            parts.append('<table border="1" cellpadding="0" cellspacing="0" style="border-collapse:collapse"><tbody><tr>'
                         + "\n".join(f"<td><b>{esc(c)}</b></td>" for c in head) + "</tr>\n"
                         + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                         + "</tbody></table><div><br></div>")
    if a.byline:
        parts.append(f'<div style="text-align:right"><b>{esc(a.byline)}</b></div>')
    if a.opts.get("sig"):
        parts.append(f'<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" '
                     f'class="gmail_signature">{esc(a.opts["sig"])}</div>')
    return f'<div dir="ltr">{"".join(parts)}</div>'


def build() -> SiteBuild:
    site = SiteBuild(SITE, "vinh-long", f"{GNAME} (Google Groups {GROUP})", "generic", None,
                     start_urls=["{{base:%s}}/g/%s" % (SITE, GROUP)])
    site.extra_boilerplate += CHROME
    arts = articles()

    # conversations: articles and members' questions
    convs = []  # dicts: cid, title, messages [(who, when, html, text, mid)], article
    for a in arts:
        cid = gid(a.title)
        a.path = f"/g/{GROUP}/c/{cid}"
        msgs = [(a.opts["by"], a.date, None, None, gid(cid + "m0"))]
        for k, (who, text, minutes) in enumerate(a.opts["replies"], 1):
            msgs.append((who, a.date + timedelta(minutes=minutes), None, text, gid(cid + f"m{k}")))
        convs.append(dict(cid=cid, title=a.title, msgs=msgs, article=a))
    start = datetime(2024, 3, 21, 8, 0)
    for k in range(24):
        title, text = QA[k % len(QA)]
        if k >= len(QA):
            title = f"{title} ({'lần 2' if k < 2 * len(QA) else 'lần 3'})"
        when = start + timedelta(hours=59 * k + 3, minutes=(k * 17) % 60)
        who = MEMBERS[k % len(MEMBERS)]
        cid = gid(title + str(k))
        msgs = [(who, when, None, text, gid(cid + "m0"))]
        if k % 3 == 0:
            msgs.append((OFFICE, when + timedelta(hours=4), None, "Văn phòng đã chuyển câu hỏi tới bộ phận phụ trách, "
                                                                 "sẽ trả lời HTX trong tuần.", gid(cid + "m1")))
        convs.append(dict(cid=cid, title=title, msgs=msgs, article=None))
    old = datetime(2024, 3, 15, 19, 42, 0)
    cid = gid("old-question")
    convs.append(dict(cid=cid, title="Hỏi lịch tiếp công dân của Liên minh HTX tỉnh", msgs=[
        ("Trần Văn Lực", old, None, "Cho hỏi Liên minh HTX tỉnh tiếp HTX vào những ngày nào trong tuần?", gid(cid + "m0"))],
                      article=None))
    for c in convs:
        c["last"] = max(m[1] for m in c["msgs"])
    convs.sort(key=lambda c: c["last"], reverse=True)
    assert convs[-2]["article"] is arts[-1] or convs[-1]["article"] is arts[-1]

    def avatar(who: str) -> str:
        return (f'<img class="YPqjbf" src="/group-assets/avatar-{gid(who, 6).lower()}.png" alt="" aria-hidden="true" '
                'width="40" height="40">')

    def layout(title: str, main: str, desc: str = "", data: str = "") -> str:
        nav = (f'<nav class="bDdA5e" role="navigation"><ul class="VJrl0c"><li><a class="eo2J5b" href="{G}">Cuộc trò chuyện</a>'
               f'</li><li><a class="eo2J5b" href="{G}/about">Giới thiệu</a></li></ul></nav>')
        return f"""<!doctype html><html lang="vi" dir="ltr"><head><base href="/"><meta charset="utf-8">
<meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta property="og:title" content="{attr(title)}"><meta property="og:site_name" content="Google Groups">
<meta property="og:description" content="{attr(desc or title)}"><meta name="description" content="{attr(desc or title)}">
<link rel="stylesheet" href="/_/GroupsFrontendUi/_/ss/k=groupsfrontend.GroupsFrontendUi.vi.css">
<script nonce="r4nd0m" src="/_/GroupsFrontendUi/_/js/k=groupsfrontend.GroupsFrontendUi.vi.js"></script>
</head><body jscontroller="pjICDe" class="EIlDfe">
<div class="Txtkhd"><header class="gb_Ra" role="banner"><a class="gb_xd" href="{G}" aria-label="Nhóm Google">
<img src="/group-assets/groups_logo.png" alt="Nhóm Google"><span class="gb_2c">Nhóm Google</span></a>
<form class="gb_he" role="search" action="{G}/search" method="get"><input name="q" aria-label="Tìm kiếm trong nhóm này" placeholder="Tìm kiếm trong nhóm này"></form>
<a class="gb_Ea gb_kd" href="{{{{base:offsite}}}}/ServiceLogin?service=groups2&amp;hl=vi" target="_top">Đăng nhập</a></header>
<div class="tXkSob"><div class="Ln9Mnb">{nav}</div><div class="TbKtzf"><div class="VJrl0c gwRXNb" role="main">
<div class="QwXhyb"><span class="E4U7Zc"><a href="{G}">{esc(GNAME)}</a></span><span class="Jdkxnb">Bạn chưa đăng nhập</span></div>
{main}
</div></div></div>
<footer class="r3sgEb"><a href="{{{{base:offsite}}}}/intl/vi/policies/privacy/">Chính sách quyền riêng tư</a> · <a href="{{{{base:offsite}}}}/intl/vi/policies/terms/">Điều khoản dịch vụ</a></footer></div>
<script nonce="r4nd0m">AF_initDataCallback({{key: 'ds:1', hash: '2', data:{data or '[]'}, sideChannel: {{}}}});</script>
</body></html>"""

    def who_html(who: str) -> str:
        return f'<span class="zX2W9c">{esc(who)}</span>'

    def conv_page(c: dict) -> str:
        a = c["article"]
        sections = []
        first_html = None
        for k, (who, when, _, text, mid) in enumerate(c["msgs"]):
            if k == 0 and a is not None:
                blob = body_html(a, c["cid"])
                first_html = blob
                if a.opts.get("fwd"):
                    blob += (f'<div class="Hb5Cyc"><span class="Aprn4d" role="button" tabindex="0">{QUOTE_TOGGLE}</span>'
                             '<div class="gmail_quote" style="display:none"><div dir="ltr" class="gmail_attr">Vào Th 4, 24 thg '
                             "4, 2024 vào lúc 16:02 HTX Khoai lang Thành Lợi &lt;htxthanhloi...@gmail.com&gt; đã viết:<br></div>"
                             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                             'rgb(204,204,204);padding-left:1ex"><div dir="ltr"><div>Kính gửi Văn phòng Liên minh,</div><div>HTX '
                             "Khoai lang Thành Lợi xin gửi thông tin sản phẩm khoai lang tím Nhật vừa được công nhận OCOP 4 sao để "
                             "Liên minh đưa tin.</div><div>Trân trọng.</div></div></blockquote></div></div>")
                attach = ""
                for x in a.attachments:
                    attach += (f'<div class="Xn6Ilc" role="list"><div class="aHbfC" role="listitem"><a class="s7y8Sd" href="'
                               f'{x["path"].replace("&", "&amp;")}" target="_blank" download><span class="nn2gSe">'
                               f'{esc(x["text"])}</span></a><span class="mgIKt">184K</span> <a class="s7y8Sd" href="'
                               f'{x["path"].replace("&", "&amp;")}">Tải xuống tất cả tệp đính kèm</a></div></div>')
                blob += attach
            else:
                quoted = ""
                if first_html is not None:
                    quoted = (f'<div class="Hb5Cyc"><span class="Aprn4d" role="button" tabindex="0">{QUOTE_TOGGLE}</span>'
                              f'<div class="gmail_quote" style="display:none"><div dir="ltr" class="gmail_attr">Vào lúc '
                              f'{c["msgs"][0][1]:%H:%M} {c["msgs"][0][1].day} {MONTHS_SHORT} {c["msgs"][0][1].month}, '
                              f'{c["msgs"][0][1].year} {esc(c["msgs"][0][0])} đã viết:<br></div><blockquote class="gmail_quote">'
                              f"{first_html}</blockquote></div></div>")
                blob = f'<div dir="ltr"><div>{esc(text)}</div></div>{quoted}'
            sections.append(
                f'<section class="BkrUxb" role="listitem" aria-label="{attr(who)}" data-doc-id="{mid}"><div class="LgTNRd">'
                f'{avatar(who)}<div class="s1f8Zd"><h3 class="YPqjbf">{who_html(who)}</h3><div class="ELCJ4d"><span '
                f'class="cEE3De">{esc(who)} {SENT_TO}</span></div></div><span class="zX2W9c">{long_date(when)}</span></div>'
                f'<div class="ptW7te"><html-blob>{blob}</html-blob></div><div class="bz9zy"><a class="VfPpkd" href="'
                f'{{{{base:offsite}}}}/ServiceLogin?service=groups2&amp;hl=vi">Trả lời tất cả</a> <a class="VfPpkd" href="'
                f'{{{{base:offsite}}}}/ServiceLogin?service=groups2&amp;hl=vi">Trả lời tác giả</a> <a class="VfPpkd" href="'
                f'{{{{base:offsite}}}}/ServiceLogin?service=groups2&amp;hl=vi">Chuyển tiếp</a></div></section>')
        data = "[[" + ",".join(f'["{mid}","{esc(who)}",[{epoch(when)},0]]' for who, when, _, _, mid in c["msgs"]) + f'],"{c["cid"]}"]'
        main = (f'<div class="KPwZRb"><h1 class="ThqSJd"><span class="o1DPKc">{esc(c["title"])}</span></h1><span class="XtPUUc">'
                f'{23 + int(c["cid"].encode().hex(), 16) % 180} lượt xem</span></div><div class="vSYcmc" role="list">{"".join(sections)}</div>'
                '<div class="hF5B1e"><p>Bạn không thể trả lời cuộc trò chuyện này vì bạn chưa đăng nhập.</p></div>')
        desc = inline_text(next(b.text for b in a.blocks if b.kind == "p")) if a else c["msgs"][0][3]
        return layout(c["title"], main, desc, data)

    for c in convs:
        path = f"/g/{GROUP}/c/{c['cid']}"
        site.page(path, conv_page(c))
        for (_, _, _, _, mid) in c["msgs"]:
            site.same_page(f"{path}/m/{mid}", path)
            if c["article"] is not None:
                c["article"].aliases.append(f"{path}/m/{mid}")
        if c["article"] is None:
            site.non_articles.append(path)
        else:
            a = c["article"]
            for x in a.attachments:
                site.routes.append({"path": x["path"], "file": f"_attach/{x['text']}", "content_type": "application/pdf"})
                site.files[f"_attach/{x['text']}"] = pdf(a.title, ["LIEN MINH HTX TINH VINH LONG", "THONG BAO SO 06/TB-LMHTX"])
            for b in a.blocks:
                if b.kind == "img":
                    p = f"/group/{GROUP}/attach/{gid(c['cid'] + b.src, 14).lower()}/{b.src}?part=0.1&view=1&authuser=0"
                    f = f"_attach/{gid(c['cid'] + b.src, 14).lower()}-{b.src}"
                    site.files[f] = image_for(f)
                    site.routes.append({"path": p, "file": f, "content_type": "image/png"})
    for a in sorted(arts, key=lambda x: x.date, reverse=True):
        site.add_article(a)
    site.trap("members' questions (33 conversations in all: 25 of them questions and answers between cooperatives and the "
              "office): conversation pages, no articles", f"/g/{GROUP}/c/{convs[1]['cid']}")
    site.trap("every message of a conversation answers at /g/lmhtx-vinhlong/c/<id>/m/<message id> with the whole "
              "conversation (the search results link them so): aliases of the conversation", arts[0].path)

    # the conversation list
    npages = (len(convs) + PER - 1) // PER
    for p in range(npages):
        chunk = convs[p * PER:(p + 1) * PER]
        rows = "".join(
            f'<div class="yhgbKd" role="row"><div role="gridcell"><a class="ZLl54" href="{G}/c/{c["cid"]}" tabindex="-1">'
            f'<div class="t17a0d"><span class="z0LcW">{esc(c["msgs"][-1][0])}</span>'
            + (f' <span class="kOkyJc">({len(c["msgs"])})</span>' if len(c["msgs"]) > 1 else "")
            + f'</div><div class="tRlaM"><span class="o1DPKc">{esc(c["title"])}</span><span class="WzoK"> - '
            f'{esc((inline_text(next(b.text for b in c["article"].blocks if b.kind == "p")) if c["article"] else c["msgs"][0][3])[:90])}'
            f'…</span></div><div class="tRlaM kOkyJc">{list_date(c["last"])}</div></a></div></div>' for c in chunk)
        first, last = p * PER + 1, p * PER + len(chunk)
        pager = (f'<div class="xg7rg"><span>{first}–{last} trong tổng số {len(convs)}</span>'
                 + (f' <a class="Uxmexc" href="{G}" aria-label="Trang trước">‹</a>' if p else "")
                 + (f' <a class="Uxmexc" href="{G}?start={(p + 1) * PER}" aria-label="Trang sau">›</a>' if p < npages - 1 else "")
                 + "</div>")
        main = (f'<div class="KPwZRb"><h2 class="ThqSJd">Cuộc trò chuyện</h2>{pager}</div><div class="rbaXee" role="grid">{rows}'
                f"</div>{pager}")
        path = f"/g/{GROUP}" + (f"?start={p * PER}" if p else "")
        site.page(path, layout(GNAME, main, "Nhóm tin của Liên minh Hợp tác xã tỉnh Vĩnh Long"),
                  content_type="text/html; charset=utf-8")
        site.non_articles.append(path)
    site.trap("the conversation list /g/lmhtx-vinhlong (30 a page by latest message; '08:47' for today, '12 thg 5' without "
              "the year, the poster of the LAST message, '(2)' for the count): the older page ?start=30 holds the oldest "
              "article", f"/g/{GROUP}?start=30")

    about = (f'<div class="KPwZRb"><h1 class="ThqSJd">Giới thiệu về nhóm</h1></div><div class="bQvC9d"><p>Nhóm tin của Liên minh '
             'Hợp tác xã tỉnh Vĩnh Long: thông báo, văn bản và tin hoạt động gửi tới các HTX, tổ hợp tác trong tỉnh. Tra cứu các tin về sản phẩm OCOP: '
             f'<a href="{G}/search?q=OCOP">{G[1:]}/search?q=OCOP</a>.</p>'
             f'<p>Email nhóm: {GROUP}@googlegroups.com</p><p>Ai có thể xem cuộc trò chuyện: Bất kỳ ai trên web</p>'
             '<p>Ai có thể đăng bài: Thành viên nhóm</p><p>Đã tạo 12 thg 3, 2019</p><p>Ngôn ngữ: Tiếng Việt</p>'
             f'<p><a href="{G}/members">Thành viên</a> · <a href="{{{{base:offsite}}}}/ServiceLogin?service=groups2&amp;hl=vi">'
             "Tham gia nhóm</a></p></div>")
    site.page(f"/g/{GROUP}/about", layout(f"Giới thiệu - {GNAME}", about))
    site.non_articles.append(f"/g/{GROUP}/about")
    site.page(f"/g/{GROUP}/members", layout(f"Thành viên - {GNAME}", "<p>Bạn cần đăng nhập để xem thành viên.</p>"))
    site.never_fetched.append(f"/g/{GROUP}/members")

    # search: messages linked by /c/<id>/m/<mid>
    found = [c for c in convs if c["article"] is not None and "OCOP" in c["article"].body and c is not convs[-2]]
    found += [c for c in convs if c["article"] is None][:2]
    res = "".join(f'<div class="yhgbKd" role="row"><a class="ZLl54" href="{G}/c/{c["cid"]}/m/{c["msgs"][0][4]}">'
                  f'<span class="o1DPKc">{esc(c["title"])}</span> <span class="kOkyJc">{list_date(c["msgs"][0][1])}</span></a>'
                  "</div>" for c in found)
    site.page(f"/g/{GROUP}/search?q=OCOP", layout(f"OCOP - {GNAME}", f'<div class="KPwZRb"><h2>Kết quả tìm kiếm cho "OCOP"'
                                                                     f"</h2></div><div role=\"grid\">{res}</div>"))
    site.non_articles.append(f"/g/{GROUP}/search?q=OCOP")
    site.trap("the about page (the group's description and settings) and the search /g/lmhtx-vinhlong/search?q=OCOP "
              "(message links /c/<id>/m/<mid>): no articles", f"/g/{GROUP}/search?q=OCOP")
    site.static("/robots.txt", f"User-agent: *\nDisallow: /g/{GROUP}/members\nDisallow: /g/{GROUP}/manage\n"
                "Disallow: /groups/signup\nAllow: /g/\n")
    site.trap("robots.txt disallows the about page's 'Thành viên' (/g/lmhtx-vinhlong/members): never fetched; sign-in, "
              "joining and replying lead to Google Accounts (another site)", f"/g/{GROUP}/members")
    site.binary("/group-assets/groups_logo.png", image_for("groups-logo"))
    return site
