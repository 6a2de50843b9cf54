"""Site `q2a-htxgialai` (registry family `generic`): "Hỏi đáp pháp lý HTX Gia Lai", the question-and-answer site the Gia
Lai cooperative alliance runs for its members on **Question2Answer 1.8.8** (the PHP Q&A platform; the stock SnowFlat
theme, a Vietnamese language pack, neat URLs `/123/why-…`, accents kept in the slugs (the option "remove accents" off,
slug length 50), 5 questions a page, PHP's time zone Asia/Ho_Chi_Minh). Members ask; the alliance's legal desk (the
account `phapche_lmhtx`, title "Ban Pháp chế") answers and the asker selects that answer as "Câu trả lời hay nhất".
The copy is of Friday 10 January 2025, 10:00. Written as a held-out test: no family module, no selectors.

What is an article here: a question page `/<id>/<slug>` (the slug the title's words, lower case, Vietnamese letters
kept and percent-encoded; Q2A drops the SHORTEST words when the title is longer than 50 characters). Its text is the
question (the member's body under the title) followed by the official answer, the best answer of the legal desk;
the other answers (members'), the comments, the votes and counts are not text. The author is the person who signs
the official answer ("Luật gia Nguyễn Thị Hạnh - …" -> Nguyễn Thị Hạnh); an answer signed by the office has no author;
the asking member's account never is. The date is the question's: the header "hỏi 3 Tháng 11, 2024 trong <category>
bởi <user>".

URL shapes: the question also answers at `?show=<answer or comment id>` (the "trả lời"/"bình luận" links of each
post and of the home's activity list: the same page, its canonical link naming `/<id>/<slug>`: aliases). Lists:
`/` (recent activity: each item shows its LAST action, "trả lời 5 Tháng 11, 2024 bởi phapche_lmhtx"),
`/questions` and `/questions?start=5` (the oldest questions only there, among the lists), `/unanswered` (empty),
categories `/<category>` (activity in it), `/tags`, `/tag/<tag>`, `/categories`, `/users`, `/user/<handle>`,
`/feedback`; the RSS `/feed/qa.rss` (pubDate +0700); the XML sitemap plugin's `/sitemap.xml` (priorities, no dates).
robots.txt (the admin's) disallows `/login`, `/register` and `/ask`, linked from every page (`?to=…`).

Why it is hard: dates. Q2A prints "3 Tháng 11, 2024" for another year, "2 Tháng 1" without the year for this year,
"3 ngày trước" within a week (the copy's day); the time exists only in `<time itemprop="dateCreated"
datetime="2024-11-02T19:30:00+0000">`, in UTC (a question asked at 02:30 on 3 November in Gia Lai is the 2nd there).
Each answer and comment has its own date, later than the question. `<title>` is "<title> - Hỏi đáp pháp lý HTX Gia
Lai", the question title in `h1 > a > span[itemprop=name]`; schema.org microdata (QAPage, Question,
acceptedAnswer/suggestedAnswer, Comment) but no JSON-LD and no og tags. Furniture: the login box in the top bar,
the menu, the search, the sidebar text, "Các câu hỏi liên quan", the activity counter, "Powered by Question2Answer".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, inline_html, inline_text, iso
from .richbody import RichArticle, table_html

SITE = "q2a-htxgialai"
NAME = "Hỏi đáp pháp lý HTX Gia Lai"
NOW = datetime(2025, 1, 10, 10, 0)
SIDEBAR = ("Ban Pháp chế Liên minh HTX tỉnh Gia Lai trả lời miễn phí các câu hỏi về pháp luật hợp tác xã trong vòng "
           "05 ngày làm việc.")
DESK = "phapche_lmhtx"
CATS = {"luat-htx-2023": "Luật HTX 2023", "thue-tai-chinh": "Thuế - Tài chính", "thanh-vien-von-gop": "Thành viên - Vốn góp",
        "ho-tro-htx": "Chính sách hỗ trợ"}
COUNTS = ("126 câu hỏi", "181 câu trả lời", "94 bình luận", "63 thành viên")
FURN = [SIDEBAR, "Powered by Question2Answer", "Snow Theme by Q2A Market", "Câu trả lời hay nhất",
        "Các câu hỏi liên quan", "Ghi nhớ", "Gửi phản hồi", "Tất cả danh mục",
        "Đặt câu hỏi", *COUNTS]
VN_MONTH = "Tháng {}"


def q2a_when(d: datetime) -> str:
    """qa_when_to_html: an age within 7 days, else '^day ^month' this year, '^day ^month, ^year' other years."""
    secs = (NOW - d).total_seconds()
    if 0 <= secs <= 7 * 86400:
        for scale, unit in ((604800, "tuần"), (86400, "ngày"), (3600, "giờ"), (60, "phút"), (1, "giây")):
            if secs >= scale:
                return f"{int(secs // scale)} {unit} trước"
    if d.year == NOW.year:
        return f"{d.day} {VN_MONTH.format(d.month)}"
    return f"{d.day} {VN_MONTH.format(d.month)}, {d.year}"


def gm(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+0000")


def slugify(title: str, max_len: int = 50) -> str:
    """qa_slugify (accents kept): words in lower case; over max_len, keep the longest words first."""
    words = [w for w in re.split(r"[^\w]+", title.lower()) if w]
    lengths = sorted(range(len(words)), key=lambda i: -len(words[i]))
    if sum(len(w) for w in words) > max_len:
        remaining, drop = max_len, set()
        for i in lengths:
            if remaining > 0:
                remaining -= len(words[i])
            else:
                drop.add(i)
        words = [w for i, w in enumerate(words) if i not in drop]
    return "-".join(words)


@dataclass
class Post:
    id: int
    user: str
    when: datetime
    text: str  # markup (p lines, * items, | table rows)
    votes: int = 0
    comments: list[Post] = field(default_factory=list)


def users() -> dict[str, tuple[str, int]]:
    """handle -> (user title, points)"""
    return {DESK: ("Ban Pháp chế", 4820), "htxcaphe_chuprong": ("", 230), "ksor_hnhung": ("", 95),
            "htx_rau_pleiku": ("", 140), "thuy_ketoan_htx": ("", 310), "nguyenvanbay": ("", 60),
            "htx_hotieu_chuse": ("", 175), "rcham_lan": ("", 45)}


def questions() -> list[tuple[RichArticle, dict]]:
    A = RichArticle

    def at(d: datetime, listed: bool = True) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element",
                    evidence=["date-element", "listing"] if listed else ["date-element"])

    out = []
    # 1
    a = A(path="", title="HTX có được chia lãi theo vốn góp vượt quá 20% lợi nhuận không?",
          body="""
Xin chào Ban Pháp chế. HTX chúng tôi có một số thành viên góp vốn lớn, họ đề nghị được chia lãi theo vốn góp nhiều hơn.
Theo Luật Hợp tác xã năm 2023 thì HTX được chia lãi theo vốn góp tối đa bao nhiêu phần trăm? Xin cảm ơn.
Chào bạn, Ban Pháp chế Liên minh HTX tỉnh trả lời như sau:
Theo khoản 2 Điều 86 Luật Hợp tác xã năm 2023, thu nhập của HTX sau khi hoàn thành nghĩa vụ tài chính và trích lập các quỹ được phân phối chủ yếu theo mức độ sử dụng sản phẩm, dịch vụ của thành viên.
Phần thu nhập phân phối theo vốn góp do Điều lệ HTX quy định nhưng không vượt quá 20% tổng thu nhập còn lại.
Do đó, HTX không được chia lãi theo vốn góp vượt quá mức 20% nêu trên, kể cả khi Đại hội thành viên đồng ý.
Luật gia Nguyễn Thị Hạnh - Ban Pháp chế Liên minh HTX tỉnh
""", author="Nguyễn Thị Hạnh",
          notes=["asked 02:30 on 3/11 Vietnam time: header 'hỏi 3 Tháng 11, 2024 trong Thành viên - Vốn góp bởi "
                 "htxcaphe_chuprong', <time datetime='2024-11-02T19:30:00+0000'> (UTC, the 2nd); the best answer "
                 "(5 Tháng 11) is the official answer: text; signed 'Luật gia Nguyễn Thị Hạnh - …' -> author; a "
                 "member's second answer and the comments are not text"],
          **at(datetime(2024, 11, 3, 2, 30)))
    out.append((a, dict(id=512, cat="thanh-vien-von-gop", asker="htxcaphe_chuprong", views=245, votes=3,
                        tags=["vốn-góp", "phân-phối-thu-nhập"], q_lines=2,
                        best=Post(515, DESK, datetime(2024, 11, 5, 9, 40), "", 4, [
                            Post(521, "htxcaphe_chuprong", datetime(2024, 11, 5, 14, 12),
                                 "Cảm ơn Ban Pháp chế, HTX sẽ sửa lại Điều lệ cho đúng quy định.")]),
                        others=[Post(517, "ksor_hnhung", datetime(2024, 11, 4, 20, 5),
                                        "Theo mình biết thì Điều lệ HTX quy định thế nào thì chia thế ấy, bạn xem lại "
                                        "Điều lệ nhé.", 0)])))
    # 2
    a = A(path="", title="Thủ tục đăng ký lại HTX theo Luật Hợp tác xã năm 2023",
          body="""
HTX chúng tôi thành lập năm 2015 theo Luật HTX 2012. Xin hỏi HTX có phải đăng ký lại theo Luật mới không, thủ tục như thế nào?
Chào bạn, về câu hỏi của bạn, Ban Pháp chế trả lời như sau:
HTX đã thành lập trước ngày Luật Hợp tác xã năm 2023 có hiệu lực không bắt buộc đăng ký lại, nhưng phải sửa đổi Điều lệ cho phù hợp với Luật mới trong thời hạn 24 tháng.
Hồ sơ đăng ký thay đổi nội dung Điều lệ gồm:
* Giấy đề nghị đăng ký thay đổi nội dung đăng ký HTX;
* Nghị quyết của Đại hội thành viên về việc sửa đổi Điều lệ;
* Điều lệ HTX đã sửa đổi.
HTX nộp hồ sơ tại Phòng Tài chính - Kế hoạch cấp huyện nơi HTX đặt trụ sở chính.
Ban Pháp chế Liên minh HTX tỉnh Gia Lai
""", author=None,
          notes=["the official answer signed by the office 'Ban Pháp chế Liên minh HTX tỉnh Gia Lai': text, author "
                 "null; its list (one line per item); the home's activity list shows this question as 'bình luận "
                 "…' (its last action), not its asking date"],
          **at(datetime(2024, 10, 21, 15, 10)))
    out.append((a, dict(id=498, cat="luat-htx-2023", asker="htx_rau_pleiku", views=312, votes=5,
                        tags=["đăng-ký-htx", "điều-lệ"], q_lines=1,
                        best=Post(503, DESK, datetime(2024, 10, 23, 8, 5), "", 6, [
                            Post(534, "nguyenvanbay", datetime(2025, 1, 8, 16, 30),
                                 "HTX của tôi thành lập năm 2020 thì thời hạn sửa Điều lệ có giống vậy không ạ?")]),
                        others=[])))
    # 3
    a = A(path="", title="HTX nông nghiệp được hưởng thuế suất thu nhập doanh nghiệp bao nhiêu?",
          body="""
HTX dịch vụ nông nghiệp của chúng tôi có doanh thu khoảng 4 tỷ đồng mỗi năm. Xin hỏi HTX nộp thuế thu nhập doanh nghiệp với thuế suất bao nhiêu?
Chào bạn, Ban Pháp chế xin trả lời:
Thuế suất thuế thu nhập doanh nghiệp áp dụng cho HTX tùy theo lĩnh vực và địa bàn hoạt động:
| Trường hợp | Thuế suất |
| Thu nhập từ trồng trọt, chăn nuôi, nuôi trồng thủy sản của HTX ở địa bàn khó khăn | Miễn thuế |
| Thu nhập từ nông nghiệp của HTX ở địa bàn khác | 15% |
| Thu nhập từ các hoạt động khác | 20% |
Trường hợp của HTX bạn, nếu hoạt động ở các huyện thuộc địa bàn có điều kiện kinh tế - xã hội khó khăn thì thu nhập từ nông nghiệp được miễn thuế.
Luật gia Siu Thị Bình - Ban Pháp chế Liên minh HTX tỉnh
""", author="Siu Thị Bình",
          notes=["the official answer holds a table (the CKEditor answer: one line per row); signed by a jurist -> "
                 "author Siu Thị Bình; the title's words are longer than 50 characters: Q2A's slug drops the shortest "
                 "('thu', 'bao'): …-thuế-suất-nhập-doanh-nghiệp-nhiêu"],
          **at(datetime(2024, 12, 12, 7, 45)))
    out.append((a, dict(id=519, cat="thue-tai-chinh", asker="thuy_ketoan_htx", views=188, votes=2,
                        tags=["thuế", "thu-nhập-doanh-nghiệp"], q_lines=1,
                        best=Post(520, DESK, datetime(2024, 12, 13, 10, 20), "", 3, []),
                        others=[Post(523, "htx_hotieu_chuse", datetime(2024, 12, 14, 21, 0),
                                        "HTX tôi ở Chư Sê cũng được miễn thuế phần trồng tiêu, bạn hỏi thêm Chi cục "
                                        "Thuế nhé.", 1)])))
    # 4 (recent: relative age)
    a = A(path="", title="Hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX tỉnh gồm những gì?",
          body="""
HTX chúng tôi muốn vay 500 triệu đồng để mua máy sấy cà phê. Xin hỏi hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX tỉnh gồm những gì?
Chào bạn, Ban Pháp chế trả lời như sau:
Hồ sơ vay vốn gồm giấy đề nghị vay vốn, phương án sản xuất kinh doanh, báo cáo tài chính năm gần nhất và hồ sơ tài sản bảo đảm (nếu có).
Mức vay tối đa của một dự án là 2 tỷ đồng, lãi suất ưu đãi theo quy định của Quỹ.
Ban Pháp chế Liên minh HTX tỉnh Gia Lai
""", author=None,
          notes=["asked 09:20 on 7/1/2025: the header says only '3 ngày trước' (within a week of the copy); the "
                 "year and time only in datetime='2025-01-07T02:20:00+0000'; the answer (signed by the office: "
                 "author null) says '2 ngày trước'"],
          **at(datetime(2025, 1, 7, 9, 20)))
    out.append((a, dict(id=531, cat="ho-tro-htx", asker="htx_hotieu_chuse", views=57, votes=1,
                        tags=["vay-vốn", "quỹ-hỗ-trợ"], q_lines=1,
                        best=Post(533, DESK, datetime(2025, 1, 8, 8, 50), "", 2, []), others=[])))
    # 5 (this year, older than a week: no year printed)
    a = A(path="", title="Thành viên ra khỏi HTX có được trả lại vốn góp không?",
          body="""
Một thành viên muốn ra khỏi HTX và đòi trả lại toàn bộ vốn góp ngay. Xin hỏi HTX có phải trả không và trả trong thời hạn nào?
Chào bạn, Ban Pháp chế trả lời như sau:
Theo Luật Hợp tác xã năm 2023, thành viên chấm dứt tư cách thành viên được trả lại vốn góp theo quy định của Điều lệ và nghị quyết Đại hội thành viên.
Thời hạn trả lại vốn góp không quá 01 năm kể từ ngày chấm dứt tư cách thành viên, trừ trường hợp Điều lệ quy định thời hạn ngắn hơn.
Luật gia Nguyễn Thị Hạnh - Ban Pháp chế Liên minh HTX tỉnh
""", author="Nguyễn Thị Hạnh",
          notes=["asked 2/1/2025: printed '2 Tháng 1' WITHOUT the year (Q2A's format for the current year); the "
                 "year only in datetime='2025-01-02T…+0000' and the list's order"],
          **at(datetime(2025, 1, 2, 14, 5)))
    out.append((a, dict(id=526, cat="thanh-vien-von-gop", asker="rcham_lan", views=96, votes=2,
                        tags=["vốn-góp", "thành-viên"], q_lines=1,
                        best=Post(528, DESK, datetime(2025, 1, 3, 9, 15), "", 3, []), others=[])))
    # 6, 7: only on /questions?start=5 among the question lists
    a = A(path="", title="Đại hội thành viên thường niên có bắt buộc tổ chức trực tiếp không?",
          body="""
Thành viên HTX chúng tôi ở rải rác nhiều xã. Xin hỏi Đại hội thành viên thường niên có thể tổ chức trực tuyến không?
Chào bạn, Ban Pháp chế trả lời như sau:
Luật Hợp tác xã năm 2023 cho phép tổ chức Đại hội thành viên theo hình thức trực tiếp, trực tuyến hoặc kết hợp, nếu Điều lệ HTX có quy định.
Trường hợp họp trực tuyến, HTX phải bảo đảm xác định được thành viên tham dự và lưu trữ biên bản, kết quả biểu quyết.
Luật gia Siu Thị Bình - Ban Pháp chế Liên minh HTX tỉnh
""", author="Siu Thị Bình",
          notes=["an older question: on /questions?start=5 (page 2 of the question list), its category and tag pages, "
                 "not on / nor /questions"],
          **at(datetime(2024, 9, 16, 10, 30)))
    out.append((a, dict(id=463, cat="luat-htx-2023", asker="ksor_hnhung", views=402, votes=7,
                        tags=["đại-hội-thành-viên"], q_lines=1,
                        best=Post(466, DESK, datetime(2024, 9, 18, 11, 0), "", 8, []), others=[])))
    a = A(path="", title="Hộ kinh doanh có được tham gia làm thành viên HTX không?",
          body="""
Gia đình tôi có hộ kinh doanh buôn bán phân bón. Xin hỏi hộ kinh doanh có được tham gia làm thành viên HTX không?
Chào bạn, Ban Pháp chế trả lời như sau:
Theo Điều 30 Luật Hợp tác xã năm 2023, thành viên chính thức của HTX có thể là cá nhân, hộ gia đình, pháp nhân; hộ kinh doanh tham gia thông qua người đại diện của hộ gia đình.
Ban Pháp chế Liên minh HTX tỉnh Gia Lai
""", author=None,
          notes=["the oldest question (asked 06:50 on 20/8/2024 = 2024-08-19T23:50:00+0000 in UTC): only on "
                 "/questions?start=5 among the question lists; office signature: author null"],
          **at(datetime(2024, 8, 20, 6, 50)))
    out.append((a, dict(id=451, cat="thanh-vien-von-gop", asker="nguyenvanbay", views=356, votes=4,
                        tags=["thành-viên"], q_lines=1,
                        best=Post(452, DESK, datetime(2024, 8, 21, 16, 40), "", 5, []), others=[])))
    for a, meta in out:
        a.path = f"/{meta['id']}/{quote(slugify(a.title))}"
    return out


def rel(depth: int) -> str:
    return "../" * depth if depth else "./"


def build() -> SiteBuild:
    site = SiteBuild(SITE, "gia-lai", f"{NAME} (Question2Answer)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], sitemaps=["{{base:%s}}/sitemap.xml" % SITE],
                     feeds=["{{base:%s}}/feed/qa.rss" % SITE])
    site.extra_boilerplate += FURN
    qs = sorted(questions(), key=lambda x: x[0].date, reverse=True)
    U = users()

    def user_link(handle: str, r: str, micro: bool = True) -> str:
        if micro:
            return (f'<span itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="{r}user/{handle}" '
                    f'class="qa-user-link" itemprop="url"><span itemprop="name">{handle}</span></a></span>')
        return f'<a href="{r}user/{handle}" class="qa-user-link">{handle}</a>'

    def who(handle: str, cls: str, r: str, micro: bool = True) -> str:
        title, points = U[handle]
        t = f'<span class="{cls}-who-title">{esc(title)}</span>' if title else ""
        return (f'<span class="{cls}-who"><span class="{cls}-who-pad">bởi </span><span class="{cls}-who-data">'
                f'{user_link(handle, r, micro)}</span><span class="{cls}-who-points"><span class="{cls}-who-points-pad">'
                f'(</span><span class="{cls}-who-points-data">{points:,}</span><span class="{cls}-who-points-pad"> '
                f'điểm)</span></span>{t}</span>').replace(",", ".")

    def when(d: datetime, cls: str, micro: bool = True) -> str:
        txt = q2a_when(d)
        if txt.endswith(" trước"):
            inner = (f'<span class="{cls}-when-data">' + (f'<time itemprop="dateCreated" datetime="{gm(d)}" '
                     f'title="{gm(d)}">{txt[:-6]}</time>' if micro else txt[:-6])
                     + f'</span><span class="{cls}-when-pad"> trước</span>')
        else:
            inner = f'<span class="{cls}-when-data">' + (f'<time itemprop="dateCreated" datetime="{gm(d)}" '
                                                          f'title="{gm(d)}">{txt}</time>' if micro else txt) + "</span>"
        return f'<span class="{cls}-when">{inner}</span>'

    def voting(pid: int, votes: int) -> str:
        return (f'<div class="qa-voting qa-voting-net" id="voting_{pid}"><div class="qa-vote-buttons '
                f'qa-vote-buttons-net"><button title="Bình chọn tăng" name="vote_{pid}_1_q{pid}" '
                f'class="qa-vote-first-button qa-vote-up-button" type="submit">+</button><button title="Bình chọn '
                f'giảm" name="vote_{pid}_-1_q{pid}" class="qa-vote-second-button qa-vote-down-button" type="submit">'
                f'&ndash;</button></div><div class="qa-vote-count qa-vote-count-net"><span class="qa-netvote-count">'
                f'<span class="qa-netvote-count-data">{votes}</span><span class="qa-netvote-count-pad"> phiếu</span>'
                f'</span></div><div class="qa-vote-clear"></div></div>')

    def content_html(markup: str) -> str:
        a = RichArticle(path="", title="", date=NOW, body=markup)
        out = []
        for b in a.blocks:
            if b.kind == "p":
                out.append(f"<p>{inline_html(b.text)}</p>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
            elif b.kind == "table":
                out.append(table_html(b, "table", border=True))
        return "\n".join(out)

    def split_body(a: RichArticle, q_lines: int) -> tuple[str, str]:
        lines = [x.strip() for x in a.body.strip().splitlines() if x.strip()]
        return "\n".join(lines[:q_lines]), "\n".join(lines[q_lines:])

    def layout(title: str, request: str, depth: int, main: str, body_cls: str, extra_head: str = "",
               side_widget: str = "", qapage: bool = False) -> str:
        r = rel(depth)
        to = quote(request, safe="") if request else ""
        login_to = f"?to={to}" if to else ""
        nav = "".join(f'<li class="qa-nav-main-item qa-nav-main-{k}"><a href="{r}{h}" class="qa-nav-main-link">{t}</a></li>'
                      for k, h, t in [("questions", "questions", "Câu hỏi"), ("unanswered", "unanswered", "Chưa trả lời"),
                                      ("tag", "tags", "Thẻ"), ("categories", "categories", "Danh mục"),
                                      ("user", "users", "Thành viên"), ("ask", "ask", "Đặt câu hỏi")])
        cats = "".join(f'<li class="qa-nav-cat-item qa-nav-cat-{s}"><a href="{r}{s}" class="qa-nav-cat-link">{esc(n)}'
                       f'</a><span class="qa-nav-cat-note">({sum(1 for a, m in qs if m["cat"] == s)})</span></li>'
                       for s, n in CATS.items())
        counts = "".join(f'<p class="qa-activity-count-item"><span class="qa-activity-count-data">{c.split(" ", 1)[0]}'
                         f'</span> {c.split(" ", 1)[1]}</p>' for c in COUNTS)
        scope = ' itemscope itemtype="https://schema.org/QAPage"' if qapage else ""
        return f"""<!DOCTYPE html>
<html lang="vi"{scope}>
<!-- Powered by Question2Answer - http://www.question2answer.org/ -->
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{extra_head}<link rel="stylesheet" href="{r}qa-theme/SnowFlat/qa-styles.css?1.8.8">
<style>
.qa-nav-user {{ margin: 0 !important; }}
@media (max-width: 979px) {{ body.qa-template-user.fixed, body[class*="qa-template-user-"].fixed {{ padding-top: 118px !important; }} }}
</style>
<link rel="search" type="application/opensearchdescription+xml" title="{attr(NAME)}" href="{r}opensearch.xml">
<script>
var qa_root = '{r.replace("/", chr(92) + "/")}';
var qa_request = '{request.replace("/", chr(92) + "/")}';
</script>
<script src="{r}qa-content/jquery-3.5.1.min.js"></script>
<script src="{r}qa-content/qa-global.js?1.8.8"></script>
<script src="{r}qa-theme/SnowFlat/js/snow-core.js?1.4"></script>
</head>
<body class="{body_cls} qa-theme-snowflat qa-body-js-off">
<script>
var b = document.getElementsByTagName('body')[0];
b.className = b.className.replace('qa-body-js-off', 'qa-body-js-on');
</script>
<div id="qam-topbar" class="clearfix">
<div class="qam-main-nav-wrapper clearfix">
<div class="sb-toggle-left qam-menu-toggle"><i class="icon-th-list"></i></div>
<div class="qam-account-items-wrapper">
<div id="qam-account-toggle" class="qam-logged-out"><i class="icon-key qam-auth-key"></i><div class="qam-account-tick"></div></div>
<div class="qam-account-items clearfix">
<form action="{r}login{login_to}" method="post">
<input type="text" name="emailhandle" dir="auto" placeholder="Email hoặc Tên đăng nhập">
<input type="password" name="password" dir="auto" placeholder="Mật khẩu">
<div><input type="checkbox" name="remember" id="qam-rememberme" value="1"><label for="qam-rememberme">Ghi nhớ</label></div>
<input type="hidden" name="code" value="0-1736477400-5f2c8e1b7d3a9c04e6b1f8a2d7c3e9b0415a6d8f">
<input type="submit" value="Đăng nhập" class="qa-form-tall-button qa-form-tall-button-login" name="dologin">
</form>
<div class="qa-nav-user"><ul class="qa-nav-user-list"><li class="qa-nav-user-item qa-nav-user-register"><a href="{r}register{login_to}" class="qa-nav-user-link">Đăng ký</a></li></ul><div class="qa-nav-user-clear"></div></div>
</div>
</div>
<div class="qa-logo"><a href="{r}" class="qa-logo-link">{esc(NAME)}</a></div>
<div class="qa-nav-main"><ul class="qa-nav-main-list">{nav}</ul><div class="qa-nav-main-clear"></div></div>
</div>
</div>
<div class="qam-main-nav-wrapper clearfix">
<div class="qa-search"><form method="get" action="{r}search"><input type="text" placeholder="Tìm kiếm câu hỏi" name="q" value="" class="qa-search-field"><input type="submit" value="Tìm" class="qa-search-button"></form></div>
</div>
<div class="qa-body-wrapper">
<div class="qa-main-wrapper">
<div class="qa-main">
{main}
</div>
<div id="qam-sidepanel-toggle"><i class="icon-left-open-big"></i></div>
<div class="qa-sidepanel" id="qam-sidepanel-mobile">
<div class="qa-sidebar">{esc(SIDEBAR)}</div>
{side_widget}
<div class="qa-widgets-side qa-widgets-side-low"><div class="qa-widget-side qa-widget-side-low"><div class="qa-activity-count">{counts}</div></div></div>
<div class="qa-nav-cat"><ul class="qa-nav-cat-list qa-nav-cat-list-1"><li class="qa-nav-cat-item qa-nav-cat-all"><a href="{r}" class="qa-nav-cat-link">Tất cả danh mục</a></li>{cats}</ul><div class="qa-nav-cat-clear"></div></div>
</div>
</div>
</div>
<div class="qa-footer">
<div class="qa-nav-footer"><ul class="qa-nav-footer-list"><li class="qa-nav-footer-item qa-nav-footer-feedback"><a href="{r}feedback" class="qa-nav-footer-link">Gửi phản hồi</a></li></ul><div class="qa-nav-footer-clear"></div></div>
<div class="qa-attribution">Snow Theme by <a href="{{{{base:offsite}}}}/q2amarket/">Q2A Market</a></div>
<div class="qa-attribution">Powered by <a href="{{{{base:offsite}}}}/question2answer/">Question2Answer</a></div>
<div class="qa-footer-clear"></div>
</div>
<div style="position:absolute;overflow:hidden;clip:rect(0 0 0 0);height:0;width:0;margin:0;padding:0;border:0;"><span id="qa-waiting-template" class="qa-waiting">...</span></div>
</body>
</html>
"""

    def q_item(a: RichArticle, m: dict, r: str, activity: bool) -> str:
        """A question list item; in an activity list the meta shows the question's last action."""
        cls = "qa-q-item"
        what = f'<span class="{cls}-what">hỏi</span>'
        d, handle = a.date, m["asker"]
        if activity:
            acts = [("hỏi", a.date, m["asker"], None)]
            for p in [m["best"], *m["others"]]:
                acts.append(("trả lời", p.when, p.user, f"a{p.id}"))
                for c in p.comments:
                    acts.append(("bình luận", c.when, c.user, f"c{c.id}"))
            kind, d, handle, anchor = max(acts, key=lambda x: x[1])
            if anchor:
                what = (f'<a href="{r}{a.path[1:]}?show={anchor[1:]}#{anchor}" class="{cls}-what">{kind}</a>')
        cat = m["cat"]
        tags = "".join(f'<li class="qa-q-item-tag-item"><a href="{r}tag/{quote(t)}" class="qa-tag-link">{esc(t)}</a></li>'
                       for t in m["tags"])
        n_ans = 1 + len(m["others"])
        return (f'<div class="qa-q-list-item" id="q{m["id"]}"><div class="qa-q-item-stats">{voting(m["id"], m["votes"])}'
                f'<span class="qa-a-count qa-a-count-selected"><span class="qa-a-count-data">{n_ans}</span>'
                f'<span class="qa-a-count-pad"> câu trả lời</span></span></div><div class="qa-q-item-main">'
                f'<div class="qa-q-item-title"><a href="{r}{a.path[1:]}">{esc(a.title)}</a></div>'
                f'<span class="qa-q-item-avatar-meta"><span class="qa-q-item-meta">{what} {when(d, cls, False)} '
                f'<span class="qa-q-item-where"><span class="qa-q-item-where-pad">trong </span><span '
                f'class="qa-q-item-where-data"><a href="{r}{cat}" class="qa-category-link">{esc(CATS[cat])}</a></span>'
                f'</span> {who(handle, cls, r, False)}</span></span><div class="qa-q-item-tags"><ul '
                f'class="qa-q-item-tag-list">{tags}</ul></div></div><div class="qa-q-item-clear"></div></div>')

    def q_list(items, r: str, activity: bool = False) -> str:
        return ('<form method="post" action="' + r + '"><div class="qa-q-list qa-q-list-vote-disabled">'
                + "".join(q_item(a, m, r, activity) for a, m in items) + "</div></form>")

    # question pages
    for a, m in qs:
        qid = m["id"]
        depth = 1
        r = rel(depth)
        request = a.path[1:]
        q_text, a_text = split_body(a, m["q_lines"])
        best = m["best"]
        best.text = a_text

        def post_meta(p: Post, cls: str, what: str, anchor: str, r: str = r, request: str = request) -> str:
            return (f'<span class="{cls}-avatar-meta"><span class="{cls}-meta"><a href="{r}{request}?show={p.id}#{anchor}" '
                    f'class="{cls}-what" itemprop="url">{what}</a> {when(p.when, cls)} {who(p.user, cls, r)}</span></span>')

        def comments(p: Post) -> str:
            if not p.comments:
                return f'<div class="qa-a-item-c-list" style="display:none;" id="c{p.id}_list"></div>'
            return (f'<div class="qa-a-item-c-list" id="c{p.id}_list">' + "".join(
                f'<div class="qa-c-list-item" id="c{c.id}" itemscope itemtype="https://schema.org/Comment">'
                f'<div class="qa-c-item-content qa-post-content"><a name="{c.id}"></a><div itemprop="text">'
                f'{esc(c.text)}</div></div>{post_meta(c, "qa-c-item", "bình luận", f"c{c.id}")}'
                f'<div class="qa-c-item-footer"></div></div>' for c in p.comments) + "</div>")

        def answer(p: Post, selected: bool, r: str = r, request: str = request) -> str:
            sel = ' qa-a-list-item-selected' if selected else ""
            prop = "acceptedAnswer" if selected else "suggestedAnswer"
            mark = ('<div class="qa-a-selection"><div class="qa-a-selected">&nbsp;</div><span class="qa-a-selected-text">'
                    'Câu trả lời hay nhất</span></div>' if selected else "")
            return (f'<div class="qa-a-list-item{sel}" id="a{p.id}" itemprop="{prop}" itemscope '
                    f'itemtype="https://schema.org/Answer"><form method="post" action="{r}{request}"><div '
                    f'class="qa-a-item-stats">{voting(p.id, p.votes)}{mark}</div><input name="code" type="hidden" '
                    f'value="0-1736477400-a{p.id}"></form><div class="qa-a-item-main">'
                    f'{post_meta(p, "qa-a-item", "trả lời", f"a{p.id}")}'
                    f'<div class="qa-a-item-content qa-post-content"><a name="{p.id}"></a><div itemprop="text">'
                    f'{content_html(p.text)}</div></div><div class="qa-a-item-buttons"><input name="a{p.id}_docomment" '
                    f'value="bình luận" title="Thêm bình luận cho câu trả lời này" type="submit" '
                    f'class="qa-form-light-button qa-form-light-button-comment"></div>{comments(p)}</div>'
                    f'<div class="qa-a-item-clear"></div></div>')

        answers = [answer(best, True)] + [answer(p, False) for p in m["others"]]
        n_ans = len(answers)
        tags = "".join(f'<li class="qa-q-view-tag-item"><a href="{r}tag/{quote(t)}" rel="tag" class="qa-tag-link">'
                       f'{esc(t)}</a></li>' for t in m["tags"])
        cat = m["cat"]
        q_meta = (f'<span class="qa-q-view-avatar-meta"><span class="qa-q-view-meta"><a href="{r}{request}" '
                  f'class="qa-q-view-what" itemprop="url">hỏi</a> {when(a.date, "qa-q-view")} <span class="qa-q-view-where">'
                  f'<span class="qa-q-view-where-pad">trong </span><span class="qa-q-view-where-data"><a href="{r}{cat}" '
                  f'class="qa-category-link">{esc(CATS[cat])}</a></span></span> {who(m["asker"], "qa-q-view", r)}</span>'
                  f'</span>')
        main = (f'<div class="qa-main-heading"><h1><a href="{r}{request}"><span itemprop="name">{esc(a.title)}</span>'
                f'</a></h1></div><div class="qa-part-q-view"><div class="qa-q-view" id="q{qid}" itemprop="mainEntity" '
                f'itemscope itemtype="https://schema.org/Question"><form method="post" action="{r}{request}">'
                f'<div class="qa-q-view-stats">{voting(qid, m["votes"])}</div><input name="code" type="hidden" '
                f'value="0-1736477400-q{qid}"></form><div class="qa-q-view-main"><form method="post" action="{r}{request}">'
                f'{q_meta}<div class="qa-q-view-content qa-post-content"><a name="{qid}"></a><div itemprop="text">'
                f'{content_html(q_text)}</div></div><div class="qa-q-view-tags"><ul class="qa-q-view-tag-list">{tags}'
                f'</ul></div><div class="qa-q-view-buttons"><input name="q_doanswer" id="q_doanswer" value="trả lời" '
                f'title="Trả lời câu hỏi này" type="submit" class="qa-form-light-button qa-form-light-button-answer">'
                f'<input name="q_docomment" value="bình luận" title="Thêm bình luận cho câu hỏi này" type="submit" '
                f'class="qa-form-light-button qa-form-light-button-comment"></div><span class="qa-view-count">'
                f'<span class="qa-view-count-data">{m["views"]}</span><span class="qa-view-count-pad"> lượt xem</span>'
                f'</span></form><div class="qa-q-view-c-list" style="display:none;" id="c{qid}_list"></div></div>'
                f'<div class="qa-q-view-clear"></div></div></div><div class="qa-part-a-form"><div class="qa-a-form" '
                f'id="anew" style="display:none;"><h2>Vui lòng <a href="{r}login?to={quote(request, safe="")}">đăng nhập'
                f'</a> hoặc <a href="{r}register?to={quote(request, safe="")}">đăng ký</a> để trả lời câu hỏi này.</h2>'
                f'</div></div><div class="qa-part-a-list"><h2 id="a_list_title"><span itemprop="answerCount">{n_ans}'
                f'</span> Câu trả lời</h2><div class="qa-a-list" id="a_list">' + "".join(answers) + "</div></div>")
        related = [(x, mm) for x, mm in qs if x is not a and (mm["cat"] == cat or set(mm["tags"]) & set(m["tags"]))][:4]
        side = ('<div class="qa-widgets-side qa-widgets-side-bottom"><div class="qa-widget-side qa-widget-side-bottom">'
                '<h2>Các câu hỏi liên quan</h2>' + q_list(related, r) + "</div></div>") if related else ""
        desc = inline_text(q_text.splitlines()[0])[:150]
        head = (f'<meta name="description" content="{attr(desc)}">\n<meta name="keywords" content="'
                f'{attr(",".join([CATS[cat], *m["tags"]]))}">\n<link rel="canonical" href="{{{{base}}}}{a.path}">\n')
        html = layout(f"{a.title} - {NAME}", request, depth, main,
                      f"qa-template-question qa-category-{list(CATS).index(cat) + 1}", head, side, qapage=True)
        site.page(a.path, html)
        ids = [best.id, *[c.id for c in best.comments]]
        for p in m["others"]:
            ids += [p.id, *[c.id for c in p.comments]]
        for pid in ids:
            alias = f"{a.path}?show={pid}"
            site.same_page(alias, a.path)
            a.aliases.append(alias)
        site.add_article(a)

    # lists
    def list_page(path: str, title: str, heading: str, items, body_cls: str, activity: bool = False,
                  pager: str = "", depth: int = 0, extra: str = "", feed: str = "") -> None:
        r = rel(depth)
        main = (f'<div class="qa-main-heading"><h1>{esc(heading)}</h1></div><div class="qa-part-q-list">'
                + (q_list(items, r, activity) if items else
                   '<div class="qa-q-list"><p class="qa-suggest-next">Không có câu hỏi nào chưa được trả lời.</p></div>')
                + f"</div>{pager}{extra}")
        side = (f'<div class="qa-feed"><a href="{r}{feed}" class="qa-feed-link">Câu hỏi và câu trả lời gần đây</a></div>'
                if feed else "")
        html = layout(title, path.lstrip("/").split("?")[0], depth, main, body_cls, side_widget=side)
        if "?" in path or path == "/questions":
            site.page(path, html, content_type="text/html; charset=utf-8") if path == "/questions" else site.page(path, html)
        else:
            site.page(path, html)
        site.non_articles.append(path)

    def pages_links(cur: int) -> str:
        items = ['<li class="qa-page-links-item"><span class="qa-page-selected">1</span></li>',
                 '<li class="qa-page-links-item"><a href="./questions?start=5" class="qa-page-link">2</a></li>',
                 '<li class="qa-page-links-item"><a href="./questions?start=5" class="qa-page-next">sau »</a></li>']
        if cur == 2:
            items = ['<li class="qa-page-links-item"><a href="./questions" class="qa-page-prev">« trước</a></li>',
                     '<li class="qa-page-links-item"><a href="./questions" class="qa-page-link">1</a></li>',
                     '<li class="qa-page-links-item"><span class="qa-page-selected">2</span></li>']
        return ('<div class="qa-page-links"><span class="qa-page-links-label">Trang:</span><ul class="qa-page-links-list">'
                + "".join(items) + '</ul><div class="qa-page-links-clear"></div></div>')

    by_activity = sorted(qs, key=lambda x: max([x[0].date, x[1]["best"].when] + [p.when for p in x[1]["others"]]
                                                 + [c.when for p in [x[1]["best"], *x[1]["others"]] for c in p.comments]),
                         reverse=True)
    list_page("/", NAME, "Câu hỏi và câu trả lời gần đây", by_activity[:5], "qa-template-qa", activity=True,
              extra='<div class="qa-suggest-next">Xem thêm <a href="./questions">câu hỏi khác</a>.</div>',
              feed="feed/qa.rss")
    list_page("/questions", f"Câu hỏi mới nhất - {NAME}", "Câu hỏi mới nhất", qs[:5], "qa-template-questions",
              pager=pages_links(1))
    list_page("/questions?start=5", f"Câu hỏi mới nhất - {NAME}", "Câu hỏi mới nhất", qs[5:], "qa-template-questions",
              pager=pages_links(2))
    list_page("/unanswered", f"Câu hỏi chưa có câu trả lời - {NAME}", "Câu hỏi chưa có câu trả lời", [],
              "qa-template-unanswered")
    for s, n in CATS.items():
        items = [x for x in by_activity if x[1]["cat"] == s]
        list_page(f"/{s}", f"Câu hỏi và câu trả lời gần đây trong {n} - {NAME}",
                  f"Câu hỏi và câu trả lời gần đây trong {n}", items, f"qa-template-qa qa-category-"
                  f"{list(CATS).index(s) + 1}", activity=True)
    all_tags = sorted({t for _, m in qs for t in m["tags"]})
    for t in all_tags:
        items = [x for x in qs if t in x[1]["tags"]]
        list_page(f"/tag/{quote(t)}", f"Câu hỏi gần đây được gắn thẻ {t} - {NAME}",
                  f"Câu hỏi gần đây được gắn thẻ {t}", items, "qa-template-tag", depth=1)
    r = "./"
    tag_cells = "".join(f'<li class="qa-top-tags-item"><a href="{r}tag/{quote(t)}" class="qa-tag-link">{esc(t)}</a> '
                        f'<span class="qa-top-tags-count">× {sum(1 for _, m in qs if t in m["tags"])}</span></li>'
                        for t in all_tags)
    site.page("/tags", layout(f"Thẻ phổ biến nhất - {NAME}", "tags", 0, '<div class="qa-main-heading"><h1>Thẻ phổ biến '
              f'nhất</h1></div><div class="qa-part-ranking"><ul class="qa-top-tags-list">{tag_cells}</ul></div>',
              "qa-template-tags"))
    cat_rows = "".join(f'<li class="qa-browse-cat-item"><a href="./{s}" class="qa-browse-cat-link">{esc(n)}</a> '
                       f'<span class="qa-browse-cat-note">({sum(1 for _, m in qs if m["cat"] == s)} câu hỏi)</span></li>'
                       for s, n in CATS.items())
    site.page("/categories", layout(f"Duyệt danh mục - {NAME}", "categories", 0, '<div class="qa-main-heading"><h1>'
              f'Duyệt danh mục</h1></div><ul class="qa-browse-cat-list">{cat_rows}</ul>', "qa-template-categories"))
    user_cells = "".join(f'<li class="qa-top-users-item"><a href="./user/{h}" class="qa-user-link">{h}</a> '
                         f'<span class="qa-top-users-score">{p:,} điểm</span></li>'.replace(",", ".")
                         for h, (_, p) in sorted(U.items(), key=lambda x: -x[1][1]))
    site.page("/users", layout(f"Thành viên tích cực nhất - {NAME}", "users", 0, '<div class="qa-main-heading"><h1>'
              f'Thành viên tích cực nhất</h1></div><ul class="qa-top-users-list">{user_cells}</ul>', "qa-template-users"))
    for h, (title, points) in U.items():
        asked = [x for x in qs if x[1]["asker"] == h]
        main = (f'<div class="qa-main-heading"><h1>Thành viên {h}</h1></div><div class="qa-part-form-profile">'
                f'<table class="qa-form-wide-table"><tr><td class="qa-form-wide-label">Danh hiệu:</td><td '
                f'class="qa-form-wide-data">{esc(title or "Thành viên mới")}</td></tr><tr><td class="qa-form-wide-label">'
                f'Điểm:</td><td class="qa-form-wide-data">{points:,}</td></tr></table></div>'.replace(",", ".")
                + (f'<div class="qa-part-q-list"><h2>Câu hỏi gần đây của {h}</h2>' + q_list(asked, "../") + "</div>"
                   if asked else ""))
        site.page(f"/user/{h}", layout(f"Thành viên {h} - {NAME}", f"user/{h}", 1, main, "qa-template-user"))
        site.non_articles.append(f"/user/{h}")
    site.page("/feedback", layout(f"Gửi phản hồi - {NAME}", "feedback", 0, '<div class="qa-main-heading"><h1>Gửi phản '
              'hồi</h1></div><form method="post" action="./feedback"><textarea name="message" rows="8" cols="40">'
              '</textarea><input type="submit" value="Gửi" class="qa-form-tall-button"></form>', "qa-template-feedback"))
    site.non_articles += ["/tags", "/categories", "/users", "/feedback"]
    # login / register / ask: disallowed by robots.txt, linked with ?to=… from every page
    for p, t in (("/login", "Đăng nhập"), ("/register", "Đăng ký"), ("/ask", "Đặt câu hỏi")):
        site.page(p, layout(f"{t} - {NAME}", p[1:], 0, f'<div class="qa-main-heading"><h1>{t}</h1></div>',
                            f"qa-template-{p[1:]}"), content_type="text/html; charset=utf-8")
        site.never_fetched.append(p)
    site.static("/robots.txt", "User-agent: *\nDisallow: /login\nDisallow: /register\nDisallow: /ask\n"
                "Disallow: /search\n\nSitemap: {{base}}/sitemap.xml\n")
    site.page("/opensearch.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<OpenSearchDescription xmlns="http://a9.com/-/'
              f'spec/opensearch/1.1/"><ShortName>{esc(NAME)}</ShortName><Url type="text/html" template="{{{{base}}}}'
              '/search?q={searchTerms}"/></OpenSearchDescription>\n', content_type="application/xml; charset=utf-8")
    # feed (qa-feed.php: date('r'), the server's zone) and the XML sitemap plugin (priorities only)
    items = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><description>"
                    f"{esc(inline_text(a.body.strip().splitlines()[0]))}</description><category>{esc(CATS[m['cat']])}"
                    f"</category><guid isPermaLink=\"true\">{{{{base}}}}{a.path}</guid><pubDate>"
                    f"{a.date:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>" for a, m in qs[:5])
    site.page("/feed/qa.rss", '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>'
              f"{esc(NAME)}: Câu hỏi và câu trả lời gần đây</title><link>{{{{base}}}}/</link><description>Powered by "
              f"Question2Answer</description>{items}</channel></rss>\n", content_type="application/rss+xml; charset=utf-8")
    locs = [(a.path, "0.5") for a, _ in qs] + [(f"/user/{h}", "0.3") for h in U] + \
           [(f"/tag/{quote(t)}", "0.4") for t in all_tags] + [(f"/{s}", "0.7") for s in CATS]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9">\n' + "".join(f"<url><loc>{{{{base}}}}{u}</loc><priority>{p}</priority></url>\n"
                                          for u, p in locs) + "</urlset>\n",
              content_type="application/xml; charset=utf-8")
    for name in ("qa-theme/SnowFlat/qa-styles.css", "qa-content/jquery-3.5.1.min.js", "qa-content/qa-global.js",
                 "qa-theme/SnowFlat/js/snow-core.js"):
        body = b"/* q2a */\n"
        site.static("/" + name, body)
        site.routes.append({"path": f"/{name}?1.8.8" if "snow-core" not in name else f"/{name}?1.4", "file": name})

    site.trap("the home / is the activity list: each question's meta is its LAST action ('trả lời 5 Tháng 11, 2024 "
              "bởi phapche_lmhtx', 'bình luận 1 ngày trước …', linked as ?show=<id>#a<id>), not its asking date",
              "/")
    site.trap("/questions (5 newest) and /questions?start=5 (the pager 'Trang: 1 2 sau »'): the two oldest questions "
              "only there among the lists; lists print dates without a <time>", "/questions?start=5")
    site.trap("/unanswered (the empty list), /tags, /tag/<tag>, /categories, category activity /<slug>, /users, "
              "/user/<handle> (profile and the member's questions), /feedback: not articles", "/unanswered")
    site.trap("every page carries the login form (Ghi nhớ, Đăng nhập) and links /login?to=…, "
              "/register?to=… and /ask, which robots.txt disallows", "/login")
    return site
