"""Site `noibo-htxhoabinh` (registry family `generic`): "Mạng nội bộ LMHTX Hòa Bình", the social intranet of the
Hòa Bình cooperative alliance on **HumHub 1.15.6** (the default theme "HumHub", the language `vi` with HumHub's own,
partly empty Vietnamese pack, guest access on so two public spaces can be read without an account; the server time
zone left at UTC, the default user time zone Asia/Ho_Chi_Minh; `params.formatter.timeAgoStatic = true` in
`common.php`, so every time is a server-written relative age). The copy is of 28 May 2025, a month before the
province joined Phú Thọ, and was taken through a rendering proxy: the pages are as the browser draws them (HumHub
fills the stream and renders the markdown in the browser), each "Tải thêm" step of a stream kept at its own cursor
URL `?from=<contentId>`. Written as a held-out test: no family module, no selectors.

URL shapes (HumHub's): a post's detail view `/s/<space>/post/post/view?id=<postId>` (`Post::getUrl()`, with `<link
rel="canonical">` to itself); its permalink `/content/perma?id=<contentId>` (the time link in the entry's header, the
"Liên kết" menu item: 302 to the detail view) and the comments' permalinks `/content/perma?id=<contentId>&commentId=N`
(302 to the same view: aliases); a space's stream `/s/<space>/` (a pinned entry first, 4 entries a load) and its
next loads `/s/<space>/?from=<contentId>` ("Tải thêm"); topic filters `/s/<space>/?topicId=N`; the space's about page
`/s/<space>/space/space/about`; the guest dashboard `/dashboard` (`/` answers 302 to it) with `/dashboard?from=N`;
profiles `/u/<username>/`; the directories `/people` and `/spaces`; `/search`; the login page `/user/auth/login`
(HumHub's robots.txt disallows nothing: a page like any other); files `/file/file/download?guid=…&hash_sha1=…`.
No feed, no site map (HumHub has none).

Why it is hard: a post has no title field: the writer's first line, set in bold (or a heading), is the title and
the rest of `div.markdown-render` is the text (paragraphs, `<h2>`, lists, a bordered `<table>`, an `<img>` paragraph
then an `<em>` caption paragraph). The page's only `<h1>` is the space's name (`h1.space` in the banner) and the
`<title>` is "Bài viết - <space> - <site>". The entry's header has the account's name, the space and the time:
`<time class="tt time timeago" datetime="2025-04-07T17:35:00+00:00" title="Created at: 8 thg 4, 2025 - 00:35">1 tháng
trước</time>` (the relative age of the copy's day; the tooltip in the user time zone with HumHub's untranslated
"Created at:"; `datetime` in the server's UTC: the post of 00:35 on 8 April is 7 April there). A PDF attached to a
post is listed under it (`ul.files`, the file's name), the "Like · Comment (2)" bar and other members' comments
follow (never text). The meta description is the post's plain text with its line breaks removed. Accounts: the
office "Văn phòng Liên minh HTX tỉnh" and the admin are no author; a staff member's own post without a byline is
hers; a closing byline overrides the account. The stream shows long posts collapsed with "Read more" (HumHub's
missing translation); a poll is an entry too (not an article). The oldest post is only on the second load of
"Tin hoạt động" (`?from=`) and the dashboard's third.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "noibo-htxhoabinh"
NAME = "Mạng nội bộ LMHTX Hòa Bình"
NOW = datetime(2025, 5, 28, 9, 0)
LOAD = 4
SPACES = {"tin-hoat-dong": ("Tin hoạt động", "Tin tức hoạt động của Liên minh HTX tỉnh và các HTX thành viên", 46),
          "van-ban": ("Văn bản - Thông báo", "Văn bản, thông báo của Liên minh HTX tỉnh Hòa Bình", 31)}
USERS = {"vanphong": "Văn phòng Liên minh HTX tỉnh", "admin": "Quản trị hệ thống", "thuynt": "Nguyễn Thị Thủy",
         "quangbv": "Bùi Văn Quang", "hanhdt": "Đinh Thị Hạnh", "xuanlv": "Lò Văn Xuân", "htxcaophong": "HTX Cam Cao Phong"}
TOPICS = {"thong-bao": (11, "Thông báo"), "mua-vu": (12, "Mùa vụ"), "so-lieu": (13, "Số liệu"), "ky-thuat": (14, "Kỹ thuật")}
FOOTER = "Liên minh Hợp tác xã tỉnh Hòa Bình - Số 4 đường Trần Hưng Đạo, TP Hòa Bình - ĐT: 0218.3852.246"
FURN = [FOOTER, "Powered by HumHub", "Viết bình luận mới...", "Đăng nhập/Đăng ký", "Bảng tin", "Mọi người",
        "Người theo dõi", "Luồng tin"]


def gid(text: str) -> str:
    return str(uuid.UUID(hashlib.md5(text.encode()).hexdigest()))


def file_url(name: str) -> str:
    return f"/file/file/download?guid={gid(name)}&hash_sha1={hashlib.sha1(name.encode()).hexdigest()[:8]}"


def medium(d: datetime) -> str:
    """ICU 'medium' date for vi: '8 thg 4, 2025'; the short time '00:35'."""
    return f"{d.day} thg {d.month}, {d.year}"


def relative(d: datetime) -> str:
    """Yii's asRelativeTime (vi): the largest unit of the DateInterval."""
    months = (NOW.year - d.year) * 12 + NOW.month - d.month
    if (NOW.day, NOW.hour, NOW.minute) < (d.day, d.hour, d.minute):
        months -= 1
    if months >= 12:
        return f"{months // 12} năm trước"
    if months >= 1:
        return f"{months} tháng trước"
    delta = NOW - d
    if delta.days >= 1:
        return f"{delta.days} ngày trước"
    return f"{delta.seconds // 3600} giờ trước"


def time_el(d: datetime) -> str:
    x = d - timedelta(hours=7)
    return (f'<time class="tt time timeago" datetime="{x:%Y-%m-%dT%H:%M:%S}+00:00" title="Created at: {medium(d)} - '
            f'{d:%H:%M}">{relative(d)}</time>')


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 05/TB-LMHTX về việc tham gia Chương trình xúc tiến thương mại sản phẩm OCOP năm 2025",
          body="""
LIÊN MINH HTX TỈNH HÒA BÌNH
Số: 05/TB-LMHTX
Hòa Bình, ngày 22 tháng 5 năm 2025
THÔNG BÁO
Về việc tham gia Chương trình xúc tiến thương mại sản phẩm OCOP năm 2025
Liên minh HTX tỉnh hỗ trợ các HTX có sản phẩm OCOP tham gia Tuần hàng OCOP tại Hà Nội từ ngày 20/6 đến ngày 24/6/2025.
Các HTX đăng ký tham gia gửi phiếu đăng ký và danh mục sản phẩm về Văn phòng Liên minh HTX tỉnh trước ngày 06/6/2025.
CHỦ TỊCH
Bùi Văn Khánh
""", author=None, doc_number="05/TB-LMHTX",
          attachments=[{"path": file_url("TB-05-LMHTX-2025.pdf"), "text": "TB-05-LMHTX-2025.pdf"}],
          opts={"space": "van-ban", "by": "vanphong", "topic": "thong-bao", "likes": 6,
                "comments": [("htxcaophong", "HTX Cam Cao Phong xin đăng ký 01 gian hàng ạ.", 5, 20)]},
          notes=["notice 'Số: 05/TB-LMHTX' dated 22/5 in its text, posted 25/5 08:40 ('3 ngày trước' on the copy's day, "
                 "title 'Created at: 25 thg 5, 2025 - 08:40', datetime '2025-05-25T01:40:00+00:00'); its title is the bold "
                 "first line of the post; the account is the office: no author; the signer is text; the PDF listed under "
                 "the post (ul.files, /file/file/download?guid=…) is an attachment; a cooperative's comment is not text"],
          **at(datetime(2025, 5, 25, 8, 40))),
        A(path="", title="Ảnh: HTX Cam Cao Phong chăm sóc vườn cam vụ mới",
          body="""
Tháng 5, các thành viên HTX Cam Cao Phong tập trung chăm sóc, tỉa cành, bón phân cho vườn cam vụ mới.
[img cao-phong-1.jpg] Thành viên HTX tỉa cành, tạo tán cho cây cam
[img cao-phong-2.jpg] Hệ thống tưới nhỏ giọt mới lắp đặt trên đồi cam
[img cao-phong-3.jpg] Cán bộ kỹ thuật hướng dẫn thành viên bón phân hữu cơ
Năm nay HTX dự kiến thu hoạch khoảng 1.500 tấn cam đạt tiêu chuẩn VietGAP.
""", byline="Bài và ảnh: Xa Văn Thành", author="Xa Văn Thành",
          opts={"space": "tin-hoat-dong", "by": "hanhdt", "topic": "mua-vu", "likes": 11, "pinned": True,
                "comments": [("xuanlv", "Cam Cao Phong năm nay sai quả quá!", 3, 5), ("quangbv", "Ảnh đẹp, cảm ơn chị Hạnh.", 20, 40)]},
          notes=["photo story pinned at the top of its space's stream: each photo an <img> paragraph, its caption the next "
                 "<p><em> (one line each); posted by Đinh Thị Hạnh but 'Bài và ảnh: Xa Văn Thành' closes it -> author; "
                 "the comments' permalinks /content/perma?id=…&commentId=… redirect to the same view: aliases"],
          **at(datetime(2025, 5, 14, 16, 30))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Hòa Bình năm 2024",
          body="""
Năm 2024, kinh tế tập thể tỉnh Hòa Bình tiếp tục phát triển, số HTX hoạt động hiệu quả tăng so với năm trước.
| Chỉ tiêu | Đơn vị | Năm 2024 | So với năm 2023 (%) |
| HTX đang hoạt động | HTX | 538 | 105,3 |
| Thành viên HTX | người | 21.870 | 102,1 |
| Doanh thu bình quân một HTX | triệu đồng | 2.150 | 107,5 |
| HTX xếp loại tốt, khá | HTX | 312 | 111,4 |
Năm 2025, tỉnh phấn đấu thành lập mới 40 HTX, trong đó có 10 HTX ứng dụng công nghệ cao.
""", author="Nguyễn Thị Thủy",
          opts={"space": "van-ban", "by": "thuynt", "topic": "so-lieu", "likes": 4, "comments": []},
          notes=["a markdown table (rendered <table> with a <thead>): one line per row; posted by the staff member Nguyễn "
                 "Thị Thủy, no byline: she is the author"],
          **at(datetime(2025, 4, 28, 10, 0))),
        A(path="", title="Những lưu ý khi HTX chăm sóc lúa mùa giai đoạn mạ",
          body="""
Vụ mùa năm 2025, các HTX trong tỉnh dự kiến gieo cấy khoảng 19.000 ha lúa.
## Kỹ thuật gieo mạ
+ Chọn giống ngắn ngày, chịu nóng, được cơ quan chuyên môn khuyến cáo;
+ Ngâm ủ hạt giống đúng kỹ thuật, gieo mạ trên nền đất tơi xốp;
+ Che phủ mạ khi nắng nóng trên 35 độ C;
+ Phun phòng bọ trĩ trước khi nhổ cấy từ 3 đến 5 ngày.
HTX cần chủ động nguồn nước, bảo đảm cấy đúng khung thời vụ.
""", byline="Hoàng Văn Minh - Trung tâm Khuyến nông", author="Hoàng Văn Minh",
          opts={"space": "tin-hoat-dong", "by": "quangbv", "topic": "ky-thuat", "likes": 3, "comments": [], "heading_title": True},
          notes=["the title is a markdown heading (<h2>) at the top of the post, a second <h2> and a numbered list follow; "
                 "posted by Bùi Văn Quang but 'Hoàng Văn Minh - Trung tâm Khuyến nông' closes it -> Hoàng Văn Minh"],
          **at(datetime(2025, 4, 15, 8, 20))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Tân Lạc",
          body="""
Chiều 7/4, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Tân Lạc.
HTX hiện liên kết tiêu thụ gạo nếp và măng khô cho hơn 300 hộ thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX hoàn thiện hồ sơ đánh giá sản phẩm OCOP.
""", author=None,
          opts={"space": "tin-hoat-dong", "by": "admin", "topic": None, "likes": 2, "comments": []},
          notes=["posted at 00:35 on 8 April about the afternoon before: the header shows '1 tháng trước', the tooltip "
                 "'Created at: 8 thg 4, 2025 - 00:35' and datetime '2025-04-07T17:35:00+00:00' (the server's UTC: the "
                 "day before); published = 2025-04-08 00:35; the admin account, no byline: author null"],
          **at(datetime(2025, 4, 8, 0, 35))),
        A(path="", title="HTX Nông nghiệp Mai Châu phát triển du lịch cộng đồng gắn với nông sản",
          body="""
HTX Nông nghiệp Mai Châu đã đưa sản phẩm nông sản của thành viên vào phục vụ du khách tại bản Lác.
Các sản phẩm như gạo nếp, mật ong, rượu cần được đóng gói, dán tem truy xuất nguồn gốc.
Doanh thu từ bán nông sản cho du khách năm 2024 của HTX đạt gần 2 tỷ đồng.
""", byline="Theo Báo Hòa Bình", author=None,
          opts={"space": "tin-hoat-dong", "by": "thuynt", "topic": None, "likes": 5, "comments": []},
          notes=["posted by Nguyễn Thị Thủy (a person) but 'Theo Báo Hòa Bình' closes the text: a reprint, no author"],
          **at(datetime(2025, 3, 31, 14, 0))),
        A(path="", title="HTX Chè Đà Bắc mở rộng vùng chè Shan tuyết",
          body="""
HTX Chè Đà Bắc hiện có 52 thành viên, quản lý 80 ha chè Shan tuyết cổ thụ trên các sườn núi.
HTX đầu tư dây chuyền sao sấy chè mới, nâng công suất chế biến lên 2 tấn chè búp tươi mỗi ngày.
Sản phẩm chè Shan tuyết Đà Bắc đã đạt chứng nhận OCOP 4 sao.
""", byline="Đinh Công Sơn", author="Đinh Công Sơn",
          opts={"space": "tin-hoat-dong", "by": "quangbv", "topic": None, "likes": 7, "comments": []},
          notes=["posted by Bùi Văn Quang; the bare name 'Đinh Công Sơn' closes the text: the author"],
          **at(datetime(2025, 2, 24, 15, 10))),
        A(path="", title="Liên minh HTX tỉnh Hòa Bình tổng kết công tác năm 2024",
          body="""
Ngày 27/12, Liên minh HTX tỉnh Hòa Bình tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.jpg] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 36 HTX, tổ chức 11 lớp tập huấn cho 590 lượt cán bộ HTX.
""", byline="Tin, ảnh: Quách Thị Lụa", author="Quách Thị Lụa",
          opts={"space": "tin-hoat-dong", "by": "hanhdt", "topic": None, "likes": 9, "comments": []},
          notes=["the oldest post: only on the second load of its space's stream (/s/tin-hoat-dong/?from=…) and the "
                 "dashboard's third; '4 tháng trước'; 'Tin, ảnh: Quách Thị Lụa' -> author"],
          **at(datetime(2024, 12, 30, 15, 0))),
    ]


def render(a: RichArticle) -> str:
    """The markdown as the browser renders it into div.markdown-render: the title line first."""
    title = f"<h2>{esc(a.title)}</h2>" if a.opts.get("heading_title") else f"<p><strong>{esc(a.title)}</strong></p>"
    out = [title]
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li><p>{inline_html(x)}</p></li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="table table-bordered">\n<thead>\n<tr>\n' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                       + "\n</tr>\n</thead>\n<tbody>\n" + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r)
                                                                  + "\n</tr>" for r in rows) + "\n</tbody>\n</table>")
        elif b.kind == "img":
            out.append(f'<p><img src="{file_url(b.src)}" alt="{attr(b.text)}" data-file-guid="{gid(b.src)}"></p>')
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>")
    if a.byline:
        out.append(f"<p><strong>{esc(a.byline)}</strong></p>")
    return "\n".join(out)


def plain(a: RichArticle) -> str:
    lines = [a.title] + a.text_lines()
    text = "".join(lines)
    return text if len(text) <= 255 else text[:255] + "..."


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hoa-binh", f"{NAME} (HumHub 1.15)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    poll = RichArticle(path="", title="Khảo sát: Nội dung tập huấn HTX cần nhất năm 2025", date=datetime(2025, 5, 5, 9, 0),
                       body="", opts={"space": "tin-hoat-dong", "by": "vanphong", "topic": None, "likes": 1, "comments": [],
                                      "poll": True})
    entries = sorted(arts + [poll], key=lambda a: a.date)
    cid, pid = 380, 120
    for e in entries:
        cid += 3
        pid += 2
        e.opts["cid"] = cid
        e.opts["pid"] = pid
        if not e.opts.get("poll"):
            e.path = f"/s/{e.opts['space']}/post/post/view?id={pid}"
        else:
            e.path = f"/s/{e.opts['space']}/?contentId={cid}"
    entries.reverse()
    comment_id = 900
    for e in entries:
        e.opts["talk"] = []
        for user, text, hours, minutes in e.opts["comments"]:
            comment_id += 7
            e.opts["talk"].append((comment_id, user, text, e.date + timedelta(hours=hours, minutes=minutes)))

    def avatar(user: str, size: int = 40, cls: str = "img-rounded") -> str:
        return (f'<img class="{cls}" src="/uploads/profile_image/{gid(user)}.jpg?m=1700000000" width="{size}" height="{size}" '
                f'alt="{attr(USERS[user])}" style="width: {size}px; height: {size}px;" data-toggle="tooltip" '
                f'data-placement="top" title="{attr(USERS[user])}">')

    def uid(e: RichArticle) -> str:
        return ("humhubmodulespollsmodelsPoll_" if e.opts.get("poll") else "humhubmodulespostmodelsPost_") + str(e.opts["pid"])

    def wall_entry(e: RichArticle, stream: bool, in_space: bool = True) -> str:
        space = e.opts["space"]
        perma = f"/content/perma?id={e.opts['cid']}"
        pin = ('<div class="stream-entry-icon-list"><i class="fa fa-map-pin icon-pin tt" title="Đã ghim"></i></div>'
               if e.opts.get("pinned") and in_space and stream else '<div class="stream-entry-icon-list"></div>')
        via = ("" if in_space else f'\n<span class="viaLink"><i class="fa fa-caret-right" aria-hidden="true"></i> '
               f'<a href="/s/{space}/">{esc(SPACES[space][0])}</a></span>')
        topic = ""
        if e.opts["topic"]:
            tid, tname = TOPICS[e.opts["topic"]]
            topic = (f'<a href="/s/{space}/?topicId={tid}" class="label label-default topic-label"><i class="fa fa-star"></i> '
                     f"{esc(tname)}</a>")
        if e.opts.get("poll"):
            answers = ["Quản trị HTX", "Kế toán HTX", "Chuyển đổi số", "Xây dựng sản phẩm OCOP"]
            content = (f'<div data-ui-widget="polls.Poll" id="poll_{e.opts["pid"]}"><div data-ui-markdown><div class="markdown-render">'
                       f'<p>{esc(e.title)}</p></div></div><table class="table"><tbody>' + "".join(
                           f'<tr><td><input type="radio" name="answers" value="{i}" disabled> {esc(x)}</td><td>{n} phiếu</td></tr>'
                           for i, (x, n) in enumerate(zip(answers, [12, 7, 15, 9]), 1)) + "</tbody></table></div>")
        else:
            state = ' data-state="collapsed"' if stream else ""
            show = ' data-ui-show-more' if stream else ""
            content = (f'<div data-ui-widget="post.Post"{state} data-dynamic-font-size="0" data-ui-init id="post-content-'
                       f'{e.opts["pid"]}">\n<div data-ui-markdown{show} data-collapse-at="310"><div class="markdown-render" '
                       f'data-ui-widget="ui.richtext.prosemirror.RichText" data-ui-markdown data-ui-init>{render(e)}</div>'
                       + ('<div class="showMore"><a href="#"><i class="fa fa-arrow-down"></i> Read more</a></div>'
                          if stream and len(e.text_lines()) > 4 else "") + "</div>\n</div>")
        files = ""
        if e.attachments:
            files = ('<div class="content-attachments"><ul class="files" style="list-style: none; margin: 0;" id="files-'
                     f'{e.opts["cid"]}">' + "".join(
                         f'<li class="mime mime-pdf"><a href="{x["path"].replace("&", "&amp;")}" target="_blank"><span '
                         f'class="filename">{esc(x["text"])}</span></a> <span class="time" style="padding-right: 20px;"> - '
                         f"182 kB</span></li>" for x in e.attachments) + "</ul></div>")
        talk = ""
        for tid, user, text, when in e.opts["talk"]:
            talk += (f'<div class="media" id="comment_{tid}" data-action-component="comment.Comment"><a href="/u/{user}/" '
                     f'class="pull-left">{avatar(user, 25, "img-rounded media-object")}</a><div class="media-body"><h4 '
                     f'class="media-heading"><a href="/u/{user}/">{esc(USERS[user])}</a> <small>&middot; <a href="{perma}'
                     f'&amp;commentId={tid}">{time_el(when)}</a></small></h4><div class="content comment_edit_content" '
                     f'id="comment_editarea_{tid}"><div class="comment-message" data-ui-markdown data-ui-show-more><div '
                     f'class="markdown-render"><p>{esc(text)}</p></div></div></div><div class="wall-entry-controls"><a href="#" '
                     f'class="like likeAnchor" data-action-click="like.toggleLike">Like</a></div></div></div>')
        n = len(e.opts["talk"])
        comments = (f'<div class="well well-small comment-container" id="comment_{uid(e)}"><div class="comment " id="comments_'
                    f'area_{uid(e)}">{talk}</div><div id="comment_create_form_{uid(e)}" class="comment_create"><div '
                    f'class="comment-create-input-group"><div class="humhub-ui-richtext" data-ui-placeholder="Viết bình luận '
                    f'mới..."></div><p class="text-muted">Viết bình luận mới...</p></div></div></div>') if n or not stream else ""
        return f"""<div class="wall-entry" data-stream-entry="1" data-action-component="stream.StreamEntry" data-content-key="{e.opts['cid']}"{' data-stream-pinned="1"' if e.opts.get('pinned') and stream else ''}>
<div class="panel panel-default wall_{uid(e)}">
    <div class="panel-body">
        <div class="d-flex wall-entry-header">
{pin}
<div class="stream-entry-loader"></div>
<ul class="nav nav-pills preferences"><li class="dropdown "><a class="dropdown-toggle" data-toggle="dropdown" href="#" aria-label="Toggle stream entry menu"><i class="fa fa-angle-down"></i></a><ul class="dropdown-menu dropdown-menu-right"><li><a href="#" data-action-click="content.permalink" data-content-permalink="{{{{base}}}}{perma}"><i class="fa fa-link"></i> Liên kết</a></li></ul></li></ul>
<div class="wall-entry-header-image"><a href="/u/{e.opts['by']}/">{avatar(e.opts['by'])}</a></div>
<div class="wall-entry-header-info media-body">
    <div class="media-heading">
        <a href="/u/{e.opts['by']}/">{esc(USERS[e.opts['by']])}</a>{via}
    </div>
    <div class="media-subheading">
        <a href="{perma}">
            {time_el(e.date)}
        </a> &middot;
        <span class="tt" title="Visible also to unregistered users"><i class="fa fa-globe"></i></span>
    </div>
</div>
        </div>
        <div class="wall-entry-body">
            <div class="topic-label-list">{topic}</div>
            <div class="wall-entry-content content" id="wall_content_{uid(e)}">
{content}
            </div>
            <div class="wall-entry-footer">
<div class="stream-entry-addons clearfix">{files}<div class="wall-entry-controls wall-entry-links"><span class="likeLinkContainer" id="likeLinkContainer_{uid(e)}"><a href="#" class="like likeAnchor" data-action-click="like.toggleLike">Like</a> <a href="#" class="likeCount tt" data-action-click="ui.modal.load">({e.opts['likes']})</a></span> &middot; <a href="#" data-action-click="comment.toggleComment">Comment{f' ({n})' if n else ''}</a></div>{comments}</div>
            </div>
        </div>
    </div>
</div>
</div>"""

    def layout(title: str, body: str, desc: str = "", canonical: str | None = None, og_title: str | None = None) -> str:
        meta = ""
        if desc:
            meta += f'\n<meta name="description" content="{attr(desc)}">'
        if canonical:
            t = og_title or title
            t = t if len(t) <= 70 else t[:70] + "..."
            meta += (f'\n<link href="{{{{base}}}}{canonical.replace("&", "&amp;")}" rel="canonical">\n<meta property="og:url" '
                     f'content="{{{{base}}}}{canonical.replace("&", "&amp;")}">\n<meta property="og:site_name" content="{attr(NAME)}">'
                     f'\n<meta property="og:type" content="website">\n<meta property="og:title" content="{attr(t)}">'
                     + (f'\n<meta property="og:description" content="{attr(desc[:200])}">' if desc else ""))
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="UTF-8">
    <title>{esc(title)}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">{meta}
<link href="/assets/7f2a1c3d/css/select2Theme/build.css?v=1716800000" rel="stylesheet">
<link href="/themes/HumHub/css/theme.css?v=1716800000" rel="stylesheet">
<script src="/assets/e1b2c3d4/jquery.js?v=1716800000"></script>
<script src="/assets/6a7b8c9d/js/humhub/humhub.core.js?v=1716800000"></script>
    <link rel="apple-touch-icon" sizes="180x180" href="/uploads/icon/180x180.png?v=1716800000">
</head>
<body class="">
<div id="topbar-first" class="topbar">
    <div class="container">
        <div class="topbar-brand hidden-xs">
            <a class="navbar-brand" href="/dashboard">{esc(NAME)}</a>
        </div>
        <div class="topbar-actions pull-right">
            <a href="/user/auth/login" class="btn btn-enter" data-action-click="ui.modal.load" data-action-url="/user/auth/login">Đăng nhập/Đăng ký</a>
        </div>
    </div>
</div>
<div id="topbar-second" class="topbar">
    <div class="container">
        <ul class="nav" id="top-menu-nav">
            <li class="top-menu-item"><a href="/dashboard"><i class="fa fa-tachometer"></i><br>Bảng tin</a></li>
            <li class="top-menu-item"><a href="/people"><i class="fa fa-users"></i><br>Mọi người</a></li>
            <li class="top-menu-item"><a href="/spaces"><i class="fa fa-dot-circle-o"></i><br>Diễn đàn</a></li>
        </ul>
        <ul class="nav pull-right" id="search-menu-nav"><li><a href="/search" id="search-menu" class="dropdown-toggle" aria-label="Tìm kiếm"><i class="fa fa-search"></i></a></li></ul>
    </div>
</div>
{body}
<div class="footer-nav footer-nav-default"><small><a href="/site/about">Giới thiệu</a> &middot; {esc(FOOTER)} &middot; <a href="{{{{base:offsite}}}}/humhub/" target="_blank">Powered by HumHub</a></small></div>
</body>
</html>
"""

    def space_header(space: str) -> str:
        name, desc, members = SPACES[space]
        posts = sum(1 for e in entries if e.opts["space"] == space)
        return (f'<div class="container space-layout-container"><div class="row"><div class="col-md-12"><div class="panel '
                f'panel-default panel-profile"><div class="panel-profile-header"><div class="image-upload-container '
                f'profile-banner-image-container"><img class="img-profile-header-background" src="/uploads/profile_image/'
                f'banner/{gid(space)}.jpg?m=1700000000" style="width: 100%;"></div><div class="img-profile-data"><h1 '
                f'class="space">{esc(name)}</h1><h2 class="space">{esc(desc)}</h2></div></div><div class="panel-body"><div '
                f'class="panel-profile-controls"><div class="statistics pull-left"><div class="pull-left entry"><span '
                f'class="count">{posts}</span><br><span class="title">Bài viết</span></div><div class="pull-left entry"><span '
                f'class="count">{members}</span><br><span class="title">Thành viên</span></div><div class="pull-left entry">'
                f'<span class="count">{members // 3}</span><br><span class="title">Người theo dõi</span></div></div></div></div>'
                f"</div></div></div>")

    def space_page(space: str, main: str) -> str:
        menu = (f'<div class="panel panel-default left-navigation"><div class="panel-heading"><strong>Diễn đàn</strong> menu'
                f'</div><div class="list-group"><a href="/s/{space}/" class="list-group-item"><i class="fa fa-bars"></i>'
                f'<span>Luồng tin</span></a><a href="/s/{space}/space/space/about" class="list-group-item"><i class="fa '
                f'fa-info-circle"></i><span>Giới thiệu</span></a></div></div>')
        members = [u for u in USERS if u not in ("admin",)][:5]
        side = ('<div class="panel panel-default members"><div class="panel-heading"><strong>Thành viên</strong> diễn đàn'
                '</div><div class="panel-body">' + "".join(f'<a href="/u/{u}/">{avatar(u, 32)}</a>' for u in members)
                + "</div></div>")
        return (space_header(space) + f'<div class="container space-layout-container"><div class="row space-content"><div '
                f'class="col-md-2 layout-nav-container">{menu}</div><div class="col-md-7 layout-content-container">{main}</div>'
                f'<div class="col-md-3 layout-sidebar-container">{side}</div></div></div>')

    # -- detail views ------------------------------------------------------------------------------
    for e in entries:
        if e.opts.get("poll"):
            continue
        space = e.opts["space"]
        main = f'<div data-action-component="stream.SimpleStream">\n{wall_entry(e, False)}\n</div>'
        title = f"Bài viết - {SPACES[space][0]} - {NAME}"
        site.page(e.path, layout(title, space_page(space, main), desc=plain(e), canonical=e.path))
        perma = f"/content/perma?id={e.opts['cid']}"
        site.redirect(perma, e.path, 302)
        e.aliases.append(perma)
        for tid, *_ in e.opts["talk"]:
            site.redirect(f"{perma}&commentId={tid}", e.path, 302)
            e.aliases.append(f"{perma}&commentId={tid}")
        for b in e.blocks:
            if b.kind == "img":
                site.routes.append({"path": file_url(b.src), "file": f"_files/{gid(b.src)}.jpg", "content_type": "image/jpeg"})
                site.files[f"_files/{gid(b.src)}.jpg"] = image_for(b.src)
        for x in e.attachments:
            site.files["_files/tb-05-lmhtx-2025.pdf"] = pdf(e.title, ["LIEN MINH HTX TINH HOA BINH", "THONG BAO SO 05/TB-LMHTX"])
            site.routes.append({"path": x["path"], "file": "_files/tb-05-lmhtx-2025.pdf", "content_type": "application/pdf"})
    for a in arts:
        site.add_article(a)
    site.extra_boilerplate += sorted({t for e in entries for _, _, t, _ in e.opts["talk"]})
    # an unknown guid answers 404 (the path-only route); the file only satisfies the asset check of the <img> links
    site.files["file/file/download"] = b"<!DOCTYPE html><title>404</title><p>Could not find requested file!</p>\n"
    site.routes.append({"path": "/file/file/download", "status": 404})
    site.trap("the time link /content/perma?id=N and the comments' /content/perma?id=N&commentId=M answer 302 to the "
              "detail view /s/<space>/post/post/view?id=P: aliases", f"/content/perma?id={arts[1].opts['cid']}")

    # the poll's single-entry view (not an article)
    poll_main = (f'<div class="back_button_holder"><a href="/s/{poll.opts["space"]}/" class="btn btn-primary btn-sm">Quay lại'
                 f'</a></div><div class="s2_streamContent" data-stream-content>{wall_entry(poll, True)}</div>')
    site.page(poll.path, layout(f"{SPACES[poll.opts['space']][0]} - {NAME}", space_page(poll.opts["space"], poll_main)))
    site.redirect(f"/content/perma?id={poll.opts['cid']}", poll.path, 302)
    site.non_articles.append(poll.path)
    site.trap("a poll (Polls module) is a wall entry too: its permalink leads to the space's single-entry view "
              "/s/<space>/?contentId=N: not an article", poll.path)

    # -- streams -------------------------------------------------------------------------------------
    def stream_pages(base: str, items: list[RichArticle], wrap, in_space: bool) -> None:
        chunks = [items[i:i + LOAD] for i in range(0, len(items), LOAD)]
        for n, chunk in enumerate(chunks):
            path = base if n == 0 else f"{base}?from={chunks[n - 1][-1].opts['cid']}"
            more = (f'<div class="col-md-12 text-center"><a href="{base}?from={chunk[-1].opts["cid"]}" class="btn btn-primary '
                    f'btn-lg" id="btn-load-more" data-action-click="loadMore">Tải thêm</a></div>' if n + 1 < len(chunks) else "")
            html = (f'<div id="wallStream" class="wall-stream" data-stream="{base}" data-action-component="stream.wall.WallStream">'
                    f'<div class="s2_stream"><div class="s2_streamContent" data-stream-content>'
                    + "\n".join(wall_entry(e, True, in_space) for e in chunk) + f"</div></div></div>{more}")
            site.page(path, wrap(html))
            site.non_articles.append(path)

    for space, (name, desc, _) in SPACES.items():
        items = [e for e in entries if e.opts["space"] == space]
        items.sort(key=lambda e: (not e.opts.get("pinned"), -e.date.timestamp()))
        stream_pages(f"/s/{space}/", items, lambda html, s=space: layout(f"{SPACES[s][0]} - {NAME}", space_page(s, html)), True)
        for key, (tid, tname) in TOPICS.items():
            hits = [e for e in items if e.opts["topic"] == key]
            if hits:
                html = ('<div class="s2_streamContent">' + "\n".join(wall_entry(e, True) for e in hits) + "</div>")
                site.page(f"/s/{space}/?topicId={tid}", layout(f"{name} - {NAME}", space_page(space, html)))
                site.non_articles.append(f"/s/{space}/?topicId={tid}")
        about = (f'<div class="panel panel-default"><div class="panel-heading"><strong>Giới thiệu</strong> diễn đàn</div>'
                 f'<div class="panel-body"><p>{esc(desc)}</p><p>Diễn đàn công khai, khách có thể xem.</p></div></div>')
        site.page(f"/s/{space}/space/space/about", layout(f"Giới thiệu - {name} - {NAME}", space_page(space, about)))
        site.non_articles.append(f"/s/{space}/space/space/about")
    site.trap("a space's stream /s/<space>/ (the pinned entry first, 4 entries, long posts collapsed with 'Read more') and "
              "'Tải thêm' /s/<space>/?from=<contentId>: the oldest post only on the second load", "/s/tin-hoat-dong/")
    site.trap("topic filters /s/<space>/?topicId=N (the label above a post) and the about pages: not articles",
              "/s/tin-hoat-dong/space/space/about")

    welcome = ('<div class="panel panel-default"><div class="panel-heading"><strong>Chào mừng</strong></div><div '
               'class="panel-body"><p>Mạng nội bộ của Liên minh HTX tỉnh Hòa Bình: cán bộ Liên minh và các HTX thành viên '
               'chia sẻ tin hoạt động, văn bản và kinh nghiệm.</p></div></div>')
    dash = sorted(entries, key=lambda e: -e.date.timestamp())
    stream_pages("/dashboard", dash, lambda html: layout(f"Bảng tin - {NAME}", f'<div class="container"><div class="row"><div '
                                                         f'class="col-md-8 layout-content-container">{welcome}{html}</div>'
                                                         f"</div></div>"), False)
    site.redirect("/", "/dashboard", 302)
    site.trap("/ answers 302 to the guest dashboard /dashboard: a welcome box and every space's entries, 4 a load "
              "(/dashboard?from=N)", "/dashboard")

    # -- people, spaces, search, login ------------------------------------------------------------------
    for user, name in USERS.items():
        body = (f'<div class="container profile-layout-container"><div class="panel panel-default panel-profile"><div '
                f'class="panel-profile-header"><div class="img-profile-data"><h1 class="profile">{esc(name)}</h1><h2 '
                f'class="profile">{"Cán bộ Liên minh HTX tỉnh" if user in ("thuynt", "quangbv", "hanhdt") else "Thành viên"}'
                f'</h2></div>{avatar(user, 140, "img-rounded profile-user-photo")}</div></div></div>')
        site.page(f"/u/{user}/", layout(f"{name} - {NAME}", body))
        site.non_articles.append(f"/u/{user}/")
    site.page("/people", layout(f"Mọi người - {NAME}", '<div class="container"><div class="row cards">' + "".join(
        f'<div class="card"><a href="/u/{u}/">{avatar(u, 94)}</a><div class="card-title"><a href="/u/{u}/">{esc(n)}</a></div>'
        f"</div>" for u, n in USERS.items()) + "</div></div>"))
    site.page("/spaces", layout(f"Diễn đàn - {NAME}", '<div class="container"><div class="row cards">' + "".join(
        f'<div class="card card-space"><div class="card-title"><a href="/s/{s}/">{esc(n)}</a></div><div class="card-details">'
        f"{esc(d)}</div></div>" for s, (n, d, _) in SPACES.items()) + "</div></div>"))
    site.page("/search", layout(f"Tìm kiếm - {NAME}", '<div class="container"><form action="/search" method="GET"><input '
                                'type="text" name="SearchForm[keyword]" class="form-control" placeholder="Tìm kiếm..."><button '
                                'type="submit" class="btn btn-default">Tìm kiếm</button></form></div>'))
    site.page("/user/auth/login", layout(f"Đăng nhập - {NAME}", '<div class="container" style="text-align: center;"><div '
                                         'class="panel panel-default" id="login-form"><div class="panel-heading"><strong>Đăng '
                                         'nhập</strong></div><div class="panel-body"><form action="/user/auth/login" method="post">'
                                         '<input type="text" name="Login[username]"><input type="password" name="Login[password]">'
                                         '<button type="submit" class="btn btn-large btn-primary">Đăng nhập</button></form></div>'
                                         "</div></div>"))
    site.page("/site/about", layout(f"Giới thiệu - {NAME}", '<div class="container"><p>Mạng nội bộ LMHTX Hòa Bình chạy '
                                    "HumHub.</p></div>"))
    site.non_articles += ["/people", "/spaces", "/search", "/user/auth/login", "/site/about"]
    site.trap("profiles /u/<username>/ (the office and the admin have accounts too), /people, /spaces, /search and the login "
              "page /user/auth/login (HumHub's robots.txt disallows nothing): not articles", "/u/vanphong/")
    site.static("/robots.txt", "User-agent: *\nDisallow:")
    for css in ["/themes/HumHub/css/theme.css", "/assets/7f2a1c3d/css/select2Theme/build.css"]:
        site.static(css, "body{font-family:'Open Sans',Arial,sans-serif}\n")
    for js in ["/assets/e1b2c3d4/jquery.js", "/assets/6a7b8c9d/js/humhub/humhub.core.js"]:
        site.static(js, "/* humhub */\n")
    site.binary("/uploads/icon/180x180.png", image_for("icon"))
    for user in USERS:
        site.binary(f"/uploads/profile_image/{gid(user)}.jpg", image_for(user))
    for space in SPACES:
        site.binary(f"/uploads/profile_image/banner/{gid(space)}.jpg", image_for(space))
    return site
