"""Site `diendan-htxkiengiang` (registry family `generic`): "Diễn đàn HTX Kiên Giang", the forum the Kiên Giang
cooperative alliance runs on **FluxBB 1.5.11** (the Air style, a Vietnamese language pack; board options: default
timezone +7, date format `\\N\\g\\à\\y d-m-Y`, time format `H:i`, 6 topics and 25 posts a page; guests may read, search
and view profiles; the copy is of 14 May 2024, 10:30). The alliance posts its news as topics in the forum "Tin tức –
Thông báo", where only staff (moderators) may start a topic and members may reply. Written as a held-out test: no
family module, no selectors.

URL shapes (relative links): a topic `viewtopic.php?id=N` (rel=canonical); every post `viewtopic.php?pid=M#pM` (each
post's head, the index's and the forum list's "last post" links): the same page, an alias; the feeds' links
`viewtopic.php?id=N&action=new`, which for a guest answer 302 to `viewtopic.php?id=N&action=last`, then 302 to the
last post's `viewtopic.php?pid=M#pM` (an alias too); forum lists `viewforum.php?id=N`, `viewforum.php?id=2&p=2`; the
index `/` = `index.php`; `profile.php?id=N`, `userlist.php`, `search.php` (the form), `search.php?action=show_recent`
and `?action=show_unanswered` (the header's "Chủ đề hoạt động" / "Chủ đề chưa trả lời"), `misc.php?action=rules`,
`login.php`, `login.php?action=forget`, `register.php`; the Atom feeds `extern.php?action=feed&type=atom` (the
board), `&fid=2` (the forum) and `&tid=N` (a topic). FluxBB ships no robots.txt and none is served (404); no site map.

Why it is hard: the page's only `<h1>` is the board's name; the topic's title is in the crumbs' `<strong>` and in the
first post's `h3` (the replies' are "Re: …"). A news item is the FIRST post of its topic (`div.blockpost.firstpost`);
the replies under it (thanks, questions, one quoting the first post "X đã viết:") are comments, not text. The post
head is the board's format "Ngày 08-05-2024 09:20" (day first), but "Hôm nay 08:12" / "Hôm qua 21:40" for the copy's
day and the day before: the topic of 13 May reads only "Hôm qua 21:40" and nothing on its page gives the year; its
Atom feed (the page's alternate link) says `2024-05-13T14:40:00Z`. Every feed prints UTC: the post of 00:25 on 23
April reads `2024-04-22T17:25:00Z`. The user column beside each post (user name, title, "Đến từ", "Tham gia: Ngày
06-03-2018", "Bài viết: 268"), the signature under a post (`div.postsignature`) and the edit note "Sửa lần cuối bởi
… (Ngày 29-04-2024 16:40)" inside `div.postmsg` are no text. The message is FluxBB's parser output: paragraphs
`<p>` with `<br />` runs, `[h]` as `<h5>`, `[list=1]` as `<ol class="decimal"><li><p>`, `[img]` as
`span.postimg` with the caption as the next `<em>` line, a table typed in a `[code]` box (`div.codebox pre`: one
line a row), links with rel=nofollow (the notice's PDF). The author is the first post's poster when a person (FluxBB
allows "Lâm Ngọc Hân" as a user name), never the admin nor the office's account; a closing byline overrides; the
oldest topic's poster was deleted (shown as "Khách", no profile). The forum list sorts by the LAST post (a topic of
29 April with a reply today sits above the news of 13 May) with the sticky rules topic first; the oldest topic is
only on `viewforum.php?id=2&p=2` among the HTML pages (the Atom feeds list it too).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf, squash
from .richbody import RichArticle, RichBlock, parse_rich

SITE = "diendan-htxkiengiang"
BOARD = "Diễn đàn HTX Kiên Giang"
DESC = "Nơi trao đổi của Liên minh Hợp tác xã tỉnh Kiên Giang và các hợp tác xã thành viên"
NOW = datetime(2024, 5, 14, 10, 30)
UTC = timedelta(hours=7)
PER = 6
HTML = "text/html; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"
ANNOUNCE = "Diễn đàn đã chuyển sang máy chủ mới từ ngày 01-04-2024. Thành viên gặp lỗi đăng nhập xin liên hệ Ban quản trị."
FORUMS = {2: ("Tin tức – Thông báo", "Tin hoạt động và thông báo của Liên minh HTX tỉnh. Chỉ Ban điều hành được mở chủ đề."),
          3: ("Hỏi đáp chính sách HTX", "Thành viên hỏi, Liên minh HTX tỉnh trả lời về chính sách, pháp luật HTX."),
          4: ("Giới thiệu sản phẩm OCOP", "Các HTX giới thiệu sản phẩm, tìm đối tác tiêu thụ.")}
CATS = [("Liên minh HTX tỉnh Kiên Giang", [2, 3]), ("Giao lưu hợp tác xã", [4])]
# id: (name, title, from, registered, posts, signature)
USERS = {
    2: ("admin", "Quản trị viên", "Rạch Giá", datetime(2018, 3, 5), 412, "Ban Quản trị Diễn đàn HTX Kiên Giang"),
    3: ("vanphong.lmhtx", "Điều hành viên", "Rạch Giá", datetime(2018, 3, 6), 268,
        "Văn phòng Liên minh HTX tỉnh Kiên Giang - ĐT: 0297.3862.517"),
    4: ("Lâm Ngọc Hân", "Điều hành viên", "Rạch Giá", datetime(2020, 8, 11), 97,
        "Phòng Tuyên truyền - Liên minh HTX tỉnh Kiên Giang"),
    5: ("Trần Quốc Việt", "Điều hành viên", "Châu Thành", datetime(2019, 5, 20), 151, None),
    7: ("htxtanhiep", "Thành viên", "Tân Hiệp", datetime(2021, 2, 2), 36, "HTX Nông nghiệp Tân Hiệp - gạo sạch vì cộng đồng"),
    9: ("nguyenthanhtam", "Thành viên", "Giồng Riềng", datetime(2023, 9, 14), 12, None),
}
UID = {v[0]: k for k, v in USERS.items()}
DELETED = "Phạm Hồng Nhung"
FURN = [DESC, ANNOUNCE, "Bạn chưa đăng nhập.", "Chủ đề hoạt động", "Chủ đề chưa trả lời", "Phát triển bởi FluxBB",
        "Chuyển tới", "Nguồn tin Atom của chủ đề", "Ngoại tuyến", "Tham gia:", "Đến từ:", "Bài viết:", "Sửa lần cuối bởi",
        "Điều hành viên", "Quản trị viên"] + [u[5] for u in USERS.values() if u[5]]


def shown(d: datetime) -> str:
    if d.date() == NOW.date():
        return f"Hôm nay {d:%H:%M}"
    if d.date() == (NOW - timedelta(days=1)).date():
        return f"Hôm qua {d:%H:%M}"
    return f"Ngày {d:%d-%m-%Y} {d:%H:%M}"


def zulu(d: datetime) -> str:
    return f"{d - UTC:%Y-%m-%dT%H:%M:%S}Z"


class CodeBlock(RichBlock):
    def lines(self) -> list[str]:
        return [squash(x) for x in self.items]


@dataclass
class FluxArticle(RichArticle):
    """Markup as richbody, plus "` " lines: a [code] box (one text line a row)."""

    replies: list = field(default_factory=list)

    @property
    def blocks(self) -> list[RichBlock]:  # type: ignore[override]
        out: list[RichBlock] = []
        chunk: list[str] = []
        for raw in self.body.strip().splitlines():
            if raw.strip().startswith("`"):
                if chunk:
                    out += parse_rich("\n".join(chunk))
                    chunk = []
                if out and isinstance(out[-1], CodeBlock):
                    out[-1].items.append(raw.strip()[2:])
                else:
                    out.append(CodeBlock("code", items=[raw.strip()[2:]]))
            else:
                chunk.append(raw)
        if chunk:
            out += parse_rich("\n".join(chunk))
        return out


def articles() -> list[FluxArticle]:
    A = FluxArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 15/TB-LMHTX về việc đăng ký tham gia Hội chợ OCOP Kiên Giang năm 2024",
          body="""
LIÊN MINH HTX TỈNH KIÊN GIANG
Số: 15/TB-LMHTX
Kiên Giang, ngày 06 tháng 5 năm 2024
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ OCOP Kiên Giang năm 2024
Hội chợ OCOP Kiên Giang năm 2024 diễn ra từ ngày 14/6 đến ngày 18/6/2024 tại Quảng trường Trần Quang Khải, TP Rạch Giá.
Liên minh HTX tỉnh hỗ trợ 25 gian hàng miễn phí cho các HTX có sản phẩm đạt OCOP từ 3 sao trở lên.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 25/5/2024 (mẫu phiếu đính kèm).
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Thu Ba
""", author=None, doc_number="15/TB-LMHTX",
          attachments=[{"path": "/upload/files/2024/TB-15-LMHTX-2024.pdf", "text": "TB-15-LMHTX-2024.pdf"}],
          opts={"by": "vanphong.lmhtx", "br_head": 5, "views": 318,
                "edited": ("vanphong.lmhtx", datetime(2024, 5, 8, 10, 2))},
          replies=[("htxtanhiep", datetime(2024, 5, 8, 14, 5), "quote",
                    "HTX Nông nghiệp Tân Hiệp đăng ký 2 gian hàng, nhờ Văn phòng xác nhận giúp ạ."),
                   ("vanphong.lmhtx", datetime(2024, 5, 9, 8, 10), None,
                    "Văn phòng đã nhận phiếu của HTX, sẽ gửi xác nhận qua thư điện tử trong tuần.")],
          notes=["notice 'Số: 15/TB-LMHTX' dated 06/5 in its text, posted 'Ngày 08-05-2024 09:20' (the post head); the first "
                 "five lines one <p> with <br /> runs; poster = the office's account 'vanphong.lmhtx': no author; the signer "
                 "is text; the PDF link (rel=nofollow, its own paragraph) is an attachment, not text; the edit note 'Sửa lần "
                 "cuối bởi vanphong.lmhtx (Ngày 08-05-2024 10:02)', the signature and two replies (one quoting the notice) "
                 "are not text"],
          **at(datetime(2024, 5, 8, 9, 20))),
        A(path="", title="Ảnh: Nông dân HTX Thạnh Lợi xuống giống lúa Hè Thu 2024",
          body="""
Đầu tháng 5, các thành viên HTX Nông nghiệp Thạnh Lợi (huyện Giồng Riềng) đồng loạt xuống giống lúa Hè Thu trên diện tích 420 ha.
[img thanhloi-1.jpg] Máy sạ cụm được HTX đưa vào gieo sạ trên cánh đồng lớn
[img thanhloi-2.jpg] Thành viên HTX kiểm tra lúa giống trước khi xuống đồng
[img thanhloi-3.jpg] Cán bộ khuyến nông hướng dẫn bón phân lót cho lúa Hè Thu
HTX sử dụng giống OM 18 và Đài Thơm 8, áp dụng quy trình giảm lượng giống và phân bón hóa học.
Bài, ảnh: Danh Sơn
""", author="Danh Sơn",
          opts={"by": "Lâm Ngọc Hân", "views": 264},
          notes=["photo story: each [img] a span.postimg, its caption the next <em> line after <br /> (one line each); "
                 "poster Lâm Ngọc Hân (a staff member) but 'Bài, ảnh: Danh Sơn' closes it -> author Danh Sơn"],
          **at(datetime(2024, 5, 3, 15, 40))),
        A(path="", title="Kết quả sản xuất, kinh doanh của HTX tỉnh Kiên Giang quý I năm 2024",
          body="""
Quý I/2024, các HTX trên địa bàn tỉnh duy trì hoạt động ổn định, doanh thu tăng so với cùng kỳ năm trước.
` Lĩnh vực            Số HTX   Doanh thu (tỷ đồng)   So cùng kỳ (%)
` Nông nghiệp            286                  312,4            106,8
` Thủy sản                74                   98,7            111,2
` Thương mại, dịch vụ     41                   57,3            104,1
` Vận tải                 18                   22,9            102,5
Số liệu do các phòng Kinh tế, phòng Nông nghiệp cấp huyện tổng hợp, báo cáo Liên minh HTX tỉnh.
""", author="Trần Quốc Việt",
          opts={"by": "Trần Quốc Việt", "views": 197, "edited": ("Trần Quốc Việt", datetime(2024, 4, 29, 16, 40))},
          replies=[("nguyenthanhtam", datetime(2024, 5, 14, 8, 12), None,
                    "Cho hỏi số liệu thủy sản đã gồm các HTX tôm - lúa ở U Minh Thượng chưa ạ?")],
          notes=["a table typed in a [code] box (div.codebox pre, columns aligned with spaces): one line a row; poster Trần "
                 "Quốc Việt (a staff member), no byline: he is the author; the edit note is not text; a reply of today "
                 "('Hôm nay 08:12') puts this April topic at the top of the forum list"],
          **at(datetime(2024, 4, 29, 16, 10))),
        A(path="", title="Liên minh HTX tỉnh đối thoại với các HTX thủy sản huyện An Biên",
          body="""
Tối 22/4, Liên minh HTX tỉnh tổ chức buổi đối thoại với đại diện 16 HTX nuôi trồng thủy sản huyện An Biên.
Các HTX kiến nghị hỗ trợ vốn cải tạo ao nuôi, xây dựng hệ thống cấp thoát nước và liên kết tiêu thụ tôm.
Liên minh HTX tỉnh sẽ tổng hợp kiến nghị, phối hợp với các sở, ngành giải quyết trong quý II.
""", author=None,
          opts={"by": "admin", "views": 142},
          notes=["posted at 00:25 on 23 April about the evening before ('Tối 22/4' is the event): the head 'Ngày 23-04-2024 "
                 "00:25' (the board's +7), the feeds '2024-04-22T17:25:00Z' (UTC: the 22nd if the zone is dropped); "
                 "published 2024-04-23 00:25; poster 'admin', no byline: author null"],
          **at(datetime(2024, 4, 23, 0, 25))),
        A(path="", title="Hướng dẫn HTX chuẩn bị hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX",
          body="""
Quỹ hỗ trợ phát triển HTX tỉnh đang tiếp nhận hồ sơ vay vốn đợt 2 năm 2024 với lãi suất ưu đãi.
## Hồ sơ vay vốn gồm
+ Giấy đề nghị vay vốn theo mẫu của Quỹ;
+ Phương án sản xuất, kinh doanh được Hội đồng quản trị HTX thông qua;
+ Báo cáo tài chính hai năm gần nhất;
+ Giấy tờ về tài sản bảo đảm (nếu có).
HTX có thể liên hệ trực tiếp Quỹ để được hướng dẫn lập phương án trước khi nộp hồ sơ.
Nguyễn Văn Phúc - Quỹ hỗ trợ phát triển HTX tỉnh
""", author="Nguyễn Văn Phúc",
          opts={"by": "admin", "views": 176},
          notes=["a [h] heading (<h5>) and a [list=1] (<ol class='decimal'><li><p>); poster 'admin' but 'Nguyễn Văn Phúc - "
                 "Quỹ hỗ trợ phát triển HTX tỉnh' closes the text -> Nguyễn Văn Phúc; only on the forum list's page 2 "
                 "(sorted by last post)"],
          **at(datetime(2024, 4, 17, 8, 45))),
        A(path="", title="HTX Dịch vụ nông nghiệp Vĩnh Phong phát triển chuỗi giá trị lúa sạch",
          body="""
HTX Dịch vụ nông nghiệp Vĩnh Phong (huyện Vĩnh Thuận) hiện liên kết sản xuất lúa theo hướng hữu cơ trên diện tích 350 ha.
HTX ký hợp đồng bao tiêu với doanh nghiệp, giá thu mua cao hơn thị trường từ 300 đến 500 đồng/kg.
Nhờ tham gia chuỗi, lợi nhuận của thành viên tăng bình quân 4 triệu đồng/ha mỗi vụ.
Theo Báo Kiên Giang
""", author=None,
          opts={"by": "vanphong.lmhtx", "views": 203},
          notes=["a reprint: 'Theo Báo Kiên Giang' closes the text; posted by the office's account: no author"],
          **at(datetime(2024, 4, 10, 10, 15))),
        A(path="", title="Liên minh HTX tỉnh tập huấn thương mại điện tử cho HTX",
          body="""
Trong hai ngày 12 và 13/5, Liên minh HTX tỉnh phối hợp với Sở Công Thương tổ chức lớp tập huấn thương mại điện tử cho 45 cán bộ HTX.
Học viên được hướng dẫn mở gian hàng trên các sàn thương mại điện tử, chụp ảnh sản phẩm và bán hàng qua mạng xã hội.
Sau lớp học, Liên minh HTX tỉnh sẽ hỗ trợ 10 HTX đưa sản phẩm OCOP lên sàn.
""", author="Lâm Ngọc Hân",
          opts={"by": "Lâm Ngọc Hân", "views": 58},
          notes=["posted the day before the copy: the head reads only 'Hôm qua 21:40' (FluxBB's 'Yesterday'; no tooltip, "
                 "no year anywhere on the page): its Atom feed (the head's alternate) gives '2024-05-13T14:40:00Z' = "
                 "13/05/2024 21:40; poster Lâm Ngọc Hân (a person, no byline): the author"],
          date=datetime(2024, 5, 13, 21, 40), published=iso(datetime(2024, 5, 13, 21, 40)), published_source="listing",
          evidence=["listing"]),
        A(path="", title="HTX Thủy sản Hòn Sơn phát triển nghề nuôi cá bớp lồng bè",
          body="""
HTX Thủy sản Hòn Sơn (huyện Kiên Hải) hiện có 32 thành viên với 210 lồng nuôi cá bớp, cá mú trên biển.
Mỗi năm HTX xuất bán khoảng 120 tấn cá thương phẩm cho các nhà hàng ở Phú Quốc và TP Hồ Chí Minh.
HTX đang đề nghị hỗ trợ chuyển đổi sang lồng HDPE để chống chịu sóng gió tốt hơn.
""", author=DELETED,
          opts={"by": DELETED, "views": 231},
          replies=[("htxtanhiep", datetime(2024, 3, 13, 7, 50), None, "Mô hình hay, chúc HTX Hòn Sơn được mùa!")],
          notes=["the oldest topic: only on viewforum.php?id=2&p=2 among the HTML pages (not on the index, the forum's first "
                 "page, the active or unanswered lists, nor any profile; the Atom feeds list it); its poster's account "
                 "was deleted: the column shows 'Phạm Hồng Nhung' with the title 'Khách', no profile link: the author"],
          **at(datetime(2024, 3, 12, 14, 30))),
    ]


@dataclass
class Topic:
    id: int
    forum: int
    subject: str
    posts: list  # [(pid, user, when, html, text-for-feed)]
    sticky: bool = False
    views: int = 0
    article: FluxArticle | None = None

    @property
    def last(self):
        return self.posts[-1]


def message_html(a: FluxArticle, img_base: str) -> str:
    out: list[str] = []
    blocks = a.blocks
    head = a.opts.get("br_head", 0)
    if head:
        out.append("<p>" + "<br />".join(inline_html(b.text) for b in blocks[:head]) + "</p>")
        blocks = blocks[head:]
    for b in blocks:
        if isinstance(b, CodeBlock):
            out.append('<div class="codebox"><pre><code>' + "\n".join(esc(x) for x in b.items) + "</code></pre></div>")
        elif b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h5>{esc(b.text)}</h5>")
        elif b.kind == "ol":
            out.append('<ol class="decimal">' + "".join(f"<li><p>{inline_html(x)}</p></li>" for x in b.items) + "</ol>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li><p>{inline_html(x)}</p></li>" for x in b.items) + "</ul>")
        elif b.kind == "img":
            src = f"{{{{base}}}}{img_base}/{b.src}"
            cap = f"<br /><em>{esc(b.text)}</em>" if b.text else ""
            out.append(f'<p><span class="postimg"><img src="{src}" alt="{b.src}" /></span>{cap}</p>')
    for x in a.attachments:
        out.append(f'<p><a href="{{{{base}}}}{x["path"]}" rel="nofollow">{esc(x["text"])}</a></p>')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "kien-giang", f"{BOARD} (FluxBB 1.5)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/extern.php?action=feed&fid=2&type=atom" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)

    # topics and posts, ids in time order
    raw = []
    for a in arts:
        raw.append((a.date, 2, a.title, a))
    rules_html = ("<p>Chuyên mục chỉ đăng tin hoạt động và thông báo chính thức của Liên minh HTX tỉnh.</p><ol class=\"decimal\">"
                  "<li><p>Chỉ Ban điều hành được mở chủ đề mới;</p></li><li><p>Thành viên trả lời đúng nội dung, không quảng "
                  "cáo;</p></li><li><p>Bài vi phạm sẽ bị xóa mà không báo trước.</p></li></ol>")
    raw.append((datetime(2023, 1, 5, 8, 0), 2, "Nội quy chuyên mục Tin tức – Thông báo", rules_html))
    raw.append((datetime(2024, 5, 10, 19, 30), 3, "Hỏi về thủ tục chuyển đổi HTX theo Luật Hợp tác xã năm 2023",
                "<p>Chào Ban điều hành, HTX em thành lập năm 2015, nay có phải làm lại điều lệ theo Luật HTX năm 2023 không ạ?"
                "</p>"))
    raw.append((datetime(2024, 4, 25, 10, 0), 4, "HTX Tân Hiệp giới thiệu gạo ST25 đạt OCOP 4 sao",
                "<p>HTX Nông nghiệp Tân Hiệp giới thiệu gạo ST25 đạt OCOP 4 sao, nhận giao hàng toàn quốc. Liên hệ: "
                "0297.3735.118.</p>"))
    raw.sort(key=lambda r: r[0])
    extra_posts = {"Nội quy chuyên mục Tin tức – Thông báo": "admin",
                   "Hỏi về thủ tục chuyển đổi HTX theo Luật Hợp tác xã năm 2023": "nguyenthanhtam",
                   "HTX Tân Hiệp giới thiệu gạo ST25 đạt OCOP 4 sao": "htxtanhiep"}
    other_replies = {"Hỏi về thủ tục chuyển đổi HTX theo Luật Hợp tác xã năm 2023": [
        ("Trần Quốc Việt", datetime(2024, 5, 11, 8, 20), None,
         "HTX thành lập trước ngày 01/7/2024 phải sửa đổi, bổ sung điều lệ cho phù hợp trong thời hạn 24 tháng.")]}
    topics: list[Topic] = []
    events = []  # (when, topic index, user, html, quote)
    for tid, (when, forum, subject, content) in enumerate(raw, 11):
        art = content if isinstance(content, FluxArticle) else None
        t = Topic(tid, forum, subject, [], sticky=subject.startswith("Nội quy"), article=art,
                  views=art.opts["views"] if art else 97)
        topics.append(t)
        if art:
            events.append((when, t, art.opts["by"], None, None))
            for user, rwhen, quote, text in art.replies:
                events.append((rwhen, t, user, text, quote))
        else:
            events.append((when, t, extra_posts[subject], content, None))
            for user, rwhen, quote, text in other_replies.get(subject, []):
                events.append((rwhen, t, user, text, quote))
    events.sort(key=lambda e: e[0])
    reply_texts = []
    for pid, (when, t, user, text, quote) in enumerate(events, 101):
        if t.article is not None and not t.posts:
            html = message_html(t.article, f"/upload/img/{t.article.date:%Y/%m}")
        elif isinstance(text, str) and text.startswith("<"):
            html = text
        else:
            if t.article is not None:
                reply_texts.append(text)
            html = ""
            if quote:
                first = t.posts[0]
                quoted = "Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 25/5/2024 (mẫu phiếu đính kèm)."
                html = (f'<div class="quotebox"><cite>{esc(first[1])} đã viết:</cite><blockquote><div><p>{esc(quoted)}</p>'
                        "</div></blockquote></div>")
            html += f"<p>{esc(text)}</p>"
        t.posts.append((pid, user, when, html))
    site.extra_boilerplate += reply_texts
    for t in topics:
        if t.article:
            t.article.opts["topic"] = t
            t.article.path = f"/viewtopic.php?id={t.id}"

    def ulink(user: str) -> str:
        return f'<a href="profile.php?id={UID[user]}">{esc(user)}</a>' if user in UID else esc(user)

    def layout(page_id: str, title: str, crumbs: list[tuple[str, str]], main: str, *, canonical: str = "",
               feed: tuple[str, str] | None = None) -> str:
        head = f'<link rel="canonical" href="{canonical}" title="Trang 1" />\n' if canonical else ""
        if feed:
            head += f'<link rel="alternate" type="application/atom+xml" href="{feed[0]}" title="{attr(feed[1])}" />\n'
        crumb = ""
        if crumbs:
            items = ['<li><a href="index.php">Trang chủ</a></li>'] + [
                (f'<li><span>»&#160;</span><strong><a href="{h}">{esc(n)}</a></strong></li>' if i == len(crumbs) - 1
                 else f'<li><span>»&#160;</span><a href="{h}">{esc(n)}</a></li>') for i, (n, h) in enumerate(crumbs)]
            crumb = f'<ul class="crumbs">{"".join(items)}</ul>'
        feedlink = (f'<p id="feedlinks"><span class="atom"><a href="{feed[0]}">{esc(feed[1])}</a></span></p>'
                    if feed else "")
        options = "".join(f'<option value="{fid}">{esc(FORUMS[fid][0])}</option>' for _, fids in CATS for fid in fids)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{title}</title>
<link rel="stylesheet" type="text/css" href="/style/Air.css" />
{head}</head>

<body>

<div id="{page_id}" class="pun">
<div class="top-box"></div>
<div class="punwrap">

<div id="brdheader" class="block">
	<div class="box">
		<div id="brdtitle" class="inbox">
			<h1><a href="index.php">{esc(BOARD)}</a></h1>
			<div id="brddesc"><p>{esc(DESC)}</p></div>
		</div>
		<div id="brdmenu" class="inbox">
			<ul>
				<li id="navindex"><a href="index.php">Trang chủ</a></li>
				<li id="navuserlist"><a href="userlist.php">Thành viên</a></li>
				<li id="navrules"><a href="misc.php?action=rules">Nội quy</a></li>
				<li id="navsearch"><a href="search.php">Tìm kiếm</a></li>
				<li id="navregister"><a href="register.php">Đăng ký</a></li>
				<li id="navlogin"><a href="login.php">Đăng nhập</a></li>
			</ul>
		</div>
		<div id="brdwelcome" class="inbox">
			<p class="conl">Bạn chưa đăng nhập.</p>
			<ul class="conr">
				<li><span>Tìm chủ đề: <a href="search.php?action=show_recent" title="Tìm các chủ đề có bài viết mới">Chủ đề hoạt động</a> | <a href="search.php?action=show_unanswered" title="Tìm các chủ đề chưa có trả lời">Chủ đề chưa trả lời</a></span></li>
			</ul>
			<div class="clearer"></div>
		</div>
	</div>
</div>

<div id="announce" class="block">
	<div class="hd"><h2><span>Thông báo</span></h2></div>
	<div class="box">
		<div id="announce-block" class="inbox">
			<div class="usercontent">{esc(ANNOUNCE)}</div>
		</div>
	</div>
</div>

<div id="brdmain">
{('<div class="linkst"><div class="inbox crumbsplus">' + crumb + '<div class="clearer"></div></div></div>') if crumb else ''}
{main}
</div>

<div id="brdfooter" class="block">
	<h2><span>Chân trang</span></h2>
	<div class="box">
		<div id="brdfooternav" class="inbox">
			<div class="conl">
				<form id="qjump" method="get" action="viewforum.php">
					<div><label><span>Chuyển tới<br /></span>
					<select name="id" onchange="window.location=('viewforum.php?id='+this.options[this.selectedIndex].value)">
{options}
					</select>
					<input type="submit" value="Đi" accesskey="g" />
					</label></div>
				</form>
			</div>
			<div class="conr">
				{feedlink}
				<p id="poweredby">Phát triển bởi <a href="{{{{base:offsite}}}}/fluxbb/">FluxBB</a></p>
			</div>
			<div class="clearer"></div>
		</div>
	</div>
</div>

</div>
<div class="end-box"></div>
</div>

</body>
</html>
"""

    def pager(base: str, n: int, pages: int) -> str:
        items = []
        if n > 1:
            items.append(f'<a rel="prev" class="item1" href="{base}{"" if n == 2 else f"&amp;p={n - 1}"}">Trước</a>')
        for k in range(1, pages + 1):
            cls = ' class="item1"' if k == 1 and n == 1 else ""
            items.append(f"<strong{cls}>{k}</strong>" if k == n else f'<a href="{base}{"" if k == 1 else f"&amp;p={k}"}">{k}</a>')
        if n < pages:
            items.append(f'<a rel="next" href="{base}&amp;p={n + 1}">Tiếp</a>')
        return f'<p class="pagelink conl"><span class="pages-label">Trang: </span>{" ".join(items)}</p>'

    def user_column(user: str) -> str:
        if user not in UID:
            return f'<dl><dt><strong>{esc(user)}</strong></dt><dd class="usertitle"><strong>Khách</strong></dd></dl>'
        name, title, frm, reg, posts, _ = USERS[UID[user]]
        return (f'<dl><dt><strong>{ulink(user)}</strong></dt><dd class="usertitle"><strong>{title}</strong></dd>'
                f'<dd class="postavatar"><img src="/img/avatars/{UID[user]}.png" width="60" height="60" alt="" /></dd>'
                f"<dd><span>Đến từ: {esc(frm)}</span></dd><dd><span>Tham gia: Ngày {reg:%d-%m-%Y}</span></dd>"
                f"<dd><span>Bài viết: {posts}</span></dd></dl>")

    def topic_page(t: Topic) -> str:
        blocks = []
        for i, (pid, user, when, html) in enumerate(t.posts, 1):
            first = i == 1
            cls = f"blockpost {'rowodd' if i % 2 else 'roweven'}{' firstpost' if first else ''}{' blockpost1' if first else ''}"
            edit = ""
            if first and t.article and t.article.opts.get("edited"):
                who, ew = t.article.opts["edited"]
                edit = f'<p class="postedit"><em>Sửa lần cuối bởi {esc(who)} ({shown(ew)})</em></p>'
            sig = USERS[UID[user]][5] if user in UID else None
            sig_html = f'<div class="postsignature postmsg"><hr /><p>{esc(sig)}</p></div>' if sig else ""
            h3 = esc(t.subject) if first else f"Re: {esc(t.subject)}"
            blocks.append(f"""<div id="p{pid}" class="{cls}">
	<h2><span><span class="conr">#{i}</span> <a href="viewtopic.php?pid={pid}#p{pid}">{shown(when)}</a></span></h2>
	<div class="box">
		<div class="inbox">
			<div class="postbody">
				<div class="postleft">
					{user_column(user)}
				</div>
				<div class="postright">
					<h3>{h3}</h3>
					<div class="postmsg">
						{html}
						{edit}
					</div>
					{sig_html}
				</div>
			</div>
		</div>
		<div class="inbox">
			<div class="postfoot clearb">
				<div class="postfootleft"><p><span>Ngoại tuyến</span></p></div>
			</div>
		</div>
	</div>
</div>
""")
        fname = FORUMS[t.forum][0]
        pagepost = f'<div class="pagepost">{pager(f"viewtopic.php?id={t.id}", 1, 1)}</div>'
        main = (f'<div class="linkst"><div class="inbox">{pagepost}<div class="clearer"></div></div></div>\n' + "".join(blocks)
                + f'<div class="postlinksb"><div class="inbox">{pagepost}<div class="clearer"></div></div></div>')
        feed = (f"extern.php?action=feed&amp;tid={t.id}&amp;type=atom", "Nguồn tin Atom của chủ đề")
        return layout("punviewtopic", f"{esc(t.subject)} / {esc(fname)} / {esc(BOARD)}",
                      [(fname, f"viewforum.php?id={t.forum}"), (t.subject, f"viewtopic.php?id={t.id}")], main,
                      canonical=f"viewtopic.php?id={t.id}", feed=feed)

    for t in topics:
        path = f"/viewtopic.php?id={t.id}"
        site.page(path, topic_page(t), content_type=HTML)
        for pid, *_ in t.posts:
            site.same_page(f"/viewtopic.php?pid={pid}", path)
        last = t.last[0]
        site.redirect(f"/viewtopic.php?id={t.id}&action=new", f"/viewtopic.php?id={t.id}&action=last", 302)
        site.redirect(f"/viewtopic.php?id={t.id}&action=last", f"/viewtopic.php?pid={last}#p{last}", 302)
        a = t.article
        if a is None:
            site.non_articles.append(path)
            continue
        a.aliases += [f"/viewtopic.php?pid={pid}" for pid, *_ in t.posts] + [f"/viewtopic.php?id={t.id}&action=new"]
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/upload/img/{a.date:%Y/%m}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH KIEN GIANG", "THONG BAO SO 15/TB-LMHTX"]))
        site.add_article(a)
    first_art = next(t for t in topics if t.article and t.article.doc_number)
    site.trap("every post's head links viewtopic.php?pid=M#pM and the feeds link viewtopic.php?id=N&action=new (302 to "
              "&action=last, 302 to the last post's ?pid=M#pM): all the same topic page (rel=canonical "
              "viewtopic.php?id=N): aliases", f"/viewtopic.php?pid={first_art.posts[1][0]}")
    sticky = next(t for t in topics if t.sticky)
    site.trap("a sticky 'Nội quy chuyên mục' topic heads the news forum, and topics of the Q&A and OCOP forums (members' "
              "posts): not articles", f"/viewtopic.php?id={sticky.id}")

    # forum lists, sorted by last post, sticky first
    def row(t: Topic, i: int, with_forum: bool = False) -> str:
        pid, user, when, _ = t.last
        sticky_txt = '<span class="stickytext">Dán:</span> ' if t.sticky else ""
        forum_td = f'<td class="tc2"><a href="viewforum.php?id={t.forum}">{esc(FORUMS[t.forum][0])}</a></td>' if with_forum else ""
        return (f'<tr class="{"rowodd" if i % 2 else "roweven"}{" isticky" if t.sticky else ""}">\n<td class="tcl"><div class="icon">'
                f'<div class="nosize">{i}</div></div><div class="tclcon"><div>{sticky_txt}<a href="viewtopic.php?id={t.id}">'
                f'{esc(t.subject)}</a> <span class="byuser">bởi {esc(t.posts[0][1])}</span></div></div></td>\n{forum_td}'
                f'<td class="tc2">{len(t.posts) - 1}</td>\n<td class="tc3">{t.views}</td>\n<td class="tcr"><a href="viewtopic.php?'
                f'pid={pid}#p{pid}">{shown(when)}</a> <span class="byuser">bởi {esc(user)}</span></td>\n</tr>\n')

    def topic_table(title: str, items: list[Topic], offset: int = 0, with_forum: bool = False) -> str:
        fh = '<th class="tc2" scope="col">Diễn đàn</th>' if with_forum else ""
        return (f'<div id="vf" class="blocktable"><h2><span>{esc(title)}</span></h2><div class="box"><div class="inbox"><table>'
                f'<thead><tr><th class="tcl" scope="col">Chủ đề</th>{fh}<th class="tc2" scope="col">Trả lời</th><th '
                f'class="tc3" scope="col">Lượt xem</th><th class="tcr" scope="col">Bài viết cuối</th></tr></thead><tbody>'
                + "".join(row(t, offset + i, with_forum) for i, t in enumerate(items, 1))
                + "</tbody></table></div></div></div>")

    for fid, (fname, _) in FORUMS.items():
        items = sorted([t for t in topics if t.forum == fid], key=lambda t: (not t.sticky, -t.last[2].timestamp()))
        pages = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(pages, 1):
            path = f"/viewforum.php?id={fid}" + ("" if n == 1 else f"&p={n}")
            pg = f'<div class="pagepost">{pager(f"viewforum.php?id={fid}", n, len(pages))}</div>'
            main = (f'<div class="linkst"><div class="inbox">{pg}<div class="clearer"></div></div></div>'
                    + topic_table(fname, chunk, (n - 1) * PER))
            site.page(path, layout("punviewforum", f"{esc(fname)}{'' if n == 1 else f' (Trang {n})'} / {esc(BOARD)}",
                                   [(fname, f"viewforum.php?id={fid}")], main,
                                   feed=(f"extern.php?action=feed&amp;fid={fid}&amp;type=atom", "Nguồn tin Atom của diễn đàn")),
                      content_type=HTML)
            site.non_articles.append(path)
    site.trap("viewforum.php?id=2 (6 topics a page: the sticky first, then by LAST post, 'bởi' the starter, the last "
              "post's 'Hôm nay 08:12' / 'Hôm qua 21:40'): its &p=2 holds the three oldest news", "/viewforum.php?id=2&p=2")

    # index
    cats = []
    for ci, (cname, fids) in enumerate(CATS, 1):
        rows = []
        for i, fid in enumerate(fids, 1):
            ft = [t for t in topics if t.forum == fid]
            last_t = max(ft, key=lambda t: t.last[2])
            pid, user, when, _ = last_t.last
            rows.append(f'<tr class="{"rowodd" if i % 2 else "roweven"}"><td class="tcl"><div class="icon"><div class="nosize">'
                        f'{i}</div></div><div class="tclcon"><div><h3><a href="viewforum.php?id={fid}">{esc(FORUMS[fid][0])}'
                        f'</a></h3><div class="forumdesc">{esc(FORUMS[fid][1])}</div></div></div></td><td class="tc2">'
                        f'{len(ft)}</td><td class="tc3">{sum(len(t.posts) for t in ft)}</td><td class="tcr"><a href="viewtopic'
                        f'.php?pid={pid}#p{pid}">{shown(when)}</a> <span class="byuser">bởi {esc(user)}</span></td></tr>')
        cats.append(f'<div id="idx{ci}" class="blocktable"><h2><span>{esc(cname)}</span></h2><div class="box"><div class="inbox">'
                    '<table><thead><tr><th class="tcl" scope="col">Diễn đàn</th><th class="tc2" scope="col">Chủ đề</th><th '
                    'class="tc3" scope="col">Bài viết</th><th class="tcr" scope="col">Bài viết cuối</th></tr></thead><tbody>'
                    + "".join(rows) + "</tbody></table></div></div></div>")
    stats = ('<div id="brdstats" class="block"><h2><span>Thông tin diễn đàn</span></h2><div class="box"><div class="inbox">'
             '<dl class="conr"><dt><strong>Thống kê diễn đàn</strong></dt><dd><span>Tổng số thành viên: <strong>214</strong>'
             f'</span></dd><dd><span>Tổng số chủ đề: <strong>{len(topics) + 180}</strong></span></dd><dd><span>Tổng số bài '
             f'viết: <strong>{sum(len(t.posts) for t in topics) + 611}</strong></span></dd></dl><dl class="conl"><dt><strong>'
             'Thông tin thành viên</strong></dt><dd><span>Thành viên mới nhất: <a href="profile.php?id=9">nguyenthanhtam</a>'
             '</span></dd><dd><span>Thành viên trực tuyến: <strong>0</strong></span></dd><dd><span>Khách trực tuyến: <strong>'
             "6</strong></span></dd></dl></div></div></div>")
    site.page("/", layout("punindex", esc(BOARD), [], "".join(cats) + stats,
                          feed=("extern.php?action=feed&amp;type=atom", "Nguồn tin Atom các chủ đề hoạt động")))
    site.same_page("/index.php", "/")
    site.non_articles += ["/", "/index.php"]

    # search lists
    recent = sorted([t for t in topics if NOW - t.last[2] < timedelta(days=1)], key=lambda t: -t.last[2].timestamp())
    unanswered = sorted([t for t in topics if len(t.posts) == 1], key=lambda t: -t.last[2].timestamp())
    for action, title, items in [("show_recent", "Chủ đề hoạt động", recent),
                                 ("show_unanswered", "Chủ đề chưa trả lời", unanswered)]:
        path = f"/search.php?action={action}"
        site.page(path, layout("punsearch", f"Kết quả tìm kiếm / {esc(BOARD)}", [("Tìm kiếm", "search.php"), (title, path[1:])],
                               topic_table(title, items, with_forum=True)), content_type=HTML)
        site.non_articles.append(path)
    site.trap("the header's 'Chủ đề hoạt động' (search.php?action=show_recent: the last 24 hours) and 'Chủ đề chưa trả "
              "lời' (?action=show_unanswered): result lists, not articles", "/search.php?action=show_unanswered")
    forms = {
        "/search.php": ("punsearch", "Tìm kiếm", '<div id="searchform" class="blockform"><h2><span>Tìm kiếm</span></h2><div '
                        'class="box"><form id="search" method="get" action="search.php"><input type="hidden" name="action" '
                        'value="search" /><label>Từ khóa<br /><input type="text" name="keywords" size="40" /></label><label>'
                        'Tác giả<br /><input type="text" name="author" size="25" /></label><input type="submit" name="search" '
                        'value="Gửi" /></form></div></div>'),
        "/login.php": ("punlogin", "Đăng nhập", '<div class="blockform"><h2><span>Đăng nhập</span></h2><div class="box"><form '
                       'id="login" method="post" action="login.php?action=in"><label>Tên đăng nhập<br /><input type="text" '
                       'name="req_username" /></label><label>Mật khẩu<br /><input type="password" name="req_password" />'
                       '</label><p class="actions"><span><a href="register.php">Chưa đăng ký?</a></span> <span><a href="login.php'
                       '?action=forget">Quên mật khẩu?</a></span></p><input type="submit" name="login" value="Đăng nhập" />'
                       "</form></div></div>"),
        "/login.php?action=forget": ("punlogin", "Yêu cầu mật khẩu mới", '<div class="blockform"><h2><span>Yêu cầu mật khẩu mới'
                                     '</span></h2><div class="box"><form method="post" action="login.php?action=forget_2">'
                                     '<input type="text" name="req_email" /><input type="submit" value="Gửi" /></form></div>'
                                     "</div>"),
        "/register.php": ("punregister", "Đăng ký", '<div class="blockform"><h2><span>Nội quy diễn đàn</span></h2><div class="box">'
                          '<form method="get" action="register.php"><p>Bạn phải đồng ý với nội quy để đăng ký.</p><input '
                          'type="submit" name="agree" value="Đồng ý" /></form></div></div>'),
        "/misc.php?action=rules": ("punrules", "Nội quy", '<div id="rules" class="block"><div class="hd"><h2><span>Nội quy'
                                   '</span></h2></div><div class="box"><div id="rules-block" class="inbox"><div '
                                   'class="usercontent"><p>Thành viên dùng tiếng Việt có dấu, không đăng nội dung trái pháp '
                                   "luật, không quảng cáo ngoài chuyên mục Giới thiệu sản phẩm.</p></div></div></div></div>"),
    }
    for path, (pid_, title, main) in forms.items():
        site.page(path, layout(pid_, f"{title} / {esc(BOARD)}", [], main), content_type=HTML)
        site.non_articles.append(path)
    site.trap("no robots.txt (FluxBB ships none): login.php, register.php, search.php, misc.php?action=rules are plain "
              "pages a crawl may fetch: not articles", "/login.php")

    # members
    rows = "".join(f'<tr><td class="tcl">{ulink(u[0])}</td><td class="tc2">{u[1]}</td><td class="tc3">{u[4]}</td><td '
                   f'class="tcr">Ngày {u[3]:%d-%m-%Y}</td></tr>' for u in USERS.values())
    site.page("/userlist.php", layout("punuserlist", f"Danh sách thành viên / {esc(BOARD)}", [],
                                      '<div id="users1" class="blocktable"><h2><span>Danh sách thành viên</span></h2><div '
                                      'class="box"><div class="inbox"><table><thead><tr><th class="tcl" scope="col">Tên '
                                      'đăng nhập</th><th class="tc2" scope="col">Chức danh</th><th class="tc3" scope="col">'
                                      'Bài viết</th><th class="tcr" scope="col">Ngày đăng ký</th></tr></thead><tbody>'
                                      + rows + "</tbody></table></div></div></div>"), content_type=HTML)
    site.non_articles.append("/userlist.php")
    for uid, (name, title, frm, reg, posts, sig) in USERS.items():
        path = f"/profile.php?id={uid}"
        sig_html = f"<dt>Chữ ký</dt><dd><div class=\"postsignature\"><p>{esc(sig)}</p></div></dd>" if sig else ""
        site.page(path, layout("punprofile", f"Thông tin cá nhân của {esc(name)} / {esc(BOARD)}", [],
                               f'<div id="viewprofile" class="block"><h2><span>Thông tin cá nhân</span></h2><div class="box">'
                               f'<div class="fakeform"><dl><dt>Tên đăng nhập</dt><dd>{esc(name)}</dd><dt>Chức danh</dt><dd>'
                               f"{title}</dd><dt>Đến từ</dt><dd>{esc(frm)}</dd>{sig_html}<dt>Bài viết</dt><dd>{posts}</dd>"
                               f"<dt>Ngày đăng ký</dt><dd>Ngày {reg:%d-%m-%Y}</dd></dl></div></div></div>"),
                  content_type=HTML)
        site.non_articles.append(path)
    site.trap("profile.php?id=N (the user column's links, userlist.php): not articles; the oldest topic's poster was "
              "deleted (no profile link)", "/profile.php?id=4")

    # Atom feeds (UTC)
    def entry(title: str, link: str, when: datetime, author: str, content: str) -> str:
        return (f'<entry>\n<title type="html"><![CDATA[{title}]]></title>\n<link rel="alternate" href="{{{{base}}}}/{link}"/>\n'
                f"<id>{{{{base}}}}/{link}</id>\n<updated>{zulu(when)}</updated>\n<author>\n<name><![CDATA[{author}]]></name>\n"
                f"</author>\n<content type=\"html\"><![CDATA[{content}]]></content>\n</entry>\n")

    def feed(self_link: str, title: str, entries: str, updated: datetime) -> str:
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title type="html">'
                f"<![CDATA[{title}]]></title>\n<link rel=\"self\" href=\"{{{{base}}}}/{self_link}\"/>\n<link href=\"{{{{base}}}}"
                f"/index.php\"/>\n<updated>{zulu(updated)}</updated>\n<generator version=\"1.5.11\">FluxBB</generator>\n<id>"
                f"{{{{base}}}}/index.php</id>\n{entries}</feed>\n")

    def topics_feed(items: list[Topic]) -> str:
        return "".join(entry(t.subject, f"viewtopic.php?id={t.id}&amp;action=new", t.last[2], t.last[1], t.posts[0][3])
                       for t in items)

    board_items = sorted(topics, key=lambda t: -t.last[2].timestamp())[:15]
    site.page("/extern.php?action=feed&type=atom", feed("extern.php?action=feed&amp;type=atom", BOARD,
                                                        topics_feed(board_items), board_items[0].last[2]), content_type=ATOM)
    for fid, (fname, _) in FORUMS.items():
        items = sorted([t for t in topics if t.forum == fid], key=lambda t: -t.last[2].timestamp())[:15]
        site.page(f"/extern.php?action=feed&fid={fid}&type=atom",
                  feed(f"extern.php?action=feed&amp;fid={fid}&amp;type=atom", f"{BOARD} / {fname}", topics_feed(items),
                       items[0].last[2]), content_type=ATOM)
    for t in topics:
        entries = "".join(entry(t.subject if i == 0 else f"Re: {t.subject}", f"viewtopic.php?pid={pid}#p{pid}", when, user, html)
                          for i, (pid, user, when, html) in reversed(list(enumerate(t.posts))))
        site.page(f"/extern.php?action=feed&tid={t.id}&type=atom",
                  feed(f"extern.php?action=feed&amp;tid={t.id}&amp;type=atom", f"{BOARD} / {t.subject}", entries, t.last[2]),
                  content_type=ATOM)
    site.trap("Atom feeds in UTC ('Z'): the board's and a forum's list topics by LAST post (each entry's <updated> is "
              "the last post's time, its author the last poster, its content the first post, its link ?id=N&action=new); "
              "a topic's feed has one entry per post", "/extern.php?action=feed&fid=2&type=atom")
    return site
