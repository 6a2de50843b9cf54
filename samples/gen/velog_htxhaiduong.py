"""Site `velog-htxhaiduong` (registry family `generic`): the **Velog** account `@htxhaiduong` ("Liên minh HTX tỉnh Hải
Dương") on the Korean developer blog host (velog v2: React server-side rendering, styled-components class names
`sc-xxxxxx hash`, the Apollo state in `window.__APOLLO_STATE__`), where the alliance's young IT officer posts the
alliance's news in Markdown; the UI in Korean; the copy is of 20 November 2024, 15:00 (Vietnam). Written as a held-out
test: no family module, no selectors.

What is an article here: a post of the account `/@htxhaiduong/<url_slug>`. Comments under it are not part of it; the
series box and the tag chips are not text.

URL shapes: posts `/@htxhaiduong/<url_slug>` (velog's slug keeps the title's letters: Vietnamese with diacritics,
percent-encoded); the profile `/@htxhaiduong` lists the posts with infinite scroll (GraphQL `posts(cursor:…)`; the
server renders the next chunk for `?cursor=<last post id>`, the sentinel's link): the older posts are only on
`/@htxhaiduong?cursor=…`; series `/@htxhaiduong/series/<slug>`, the series list `/@htxhaiduong/series`, the about page
`/@htxhaiduong/about`; tags `/tags/<tag>` (every user's posts with the tag); commenters' profiles `/@<user>`; the RSS
feed `/rss/htxhaiduong` (on velog it is `v2.velog.io/rss/<user>`; `pubDate` in GMT). robots.txt keeps crawlers off
`/search`. No site map.

Why it is hard: velog prints no time: the date under the title is `formatDate` run on the server (Seoul, KST +09:00):
"약 17시간 전" / "2일 전" (Korean relative ages, no year) for posts younger than 3 days, else "2024년 11월 12일"; the
exact time is only in the Apollo state (`"released_at":"2024-11-11T16:30:00.000Z"`, UTC): a post of 23:30 on 11 November
(Vietnam) shows "2024년 11월 12일" (the KST day): published from the state's instant, which is the page's
metadata (as JSON-LD would be) and gives the time on the day shown too. No
`article:published_time`, no JSON-LD; the `<title>` is the bare title; the `<h1>` is the title but the page also prints the account's display name twice (header, profile card); the body
is Markdown HTML (`h2`, lists, tables, an image with an `<em>` caption in the same paragraph); the series box
("목록 보기") lists the series' other posts; comments ("2개의 댓글") with their own dates, replies folded ("1개의 답글").
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, iso
from .richbody import RichArticle, parse_rich

SITE = "velog-htxhaiduong"
USER = "htxhaiduong"
DISPLAY = "Liên minh HTX tỉnh Hải Dương"
BIO = "Kênh chia sẻ tin tức kinh tế tập thể của Liên minh Hợp tác xã tỉnh Hải Dương"
NOW = datetime(2024, 11, 20, 15, 0)
PER = 5
COMMENTERS = {"minhtuan_dev": "minhtuan_dev", "htxthanhha": "htxthanhha", "lan_nguyen": "lan_nguyen"}
SERIES = ("Luật Hợp tác xã 2023", "Luật-Hợp-tác-xã-2023")
FURN = ["velog", "로그인", "팔로우", "목록 보기", "댓글 작성", "답글 달기", "개의 댓글", "개의 답글", BIO]


def h(s: str, n: int = 6) -> str:
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def sc(name: str) -> str:
    """A styled-components class pair: 'sc-<component id> <style hash>'."""
    x = h(name, 10)
    letters = "".join(chr(97 + int(c, 16) % 26) for c in x)
    return f"sc-{letters[:6]} {letters[4:10].upper()[:2]}{letters[6:10]}"


def slug_of(title: str) -> str:
    s = re.sub(r"[^\w\s-]", "", title)
    return re.sub(r"\s+", "-", s.strip())


def kst(d: datetime) -> datetime:
    return d + timedelta(hours=2)


def utcz(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%Y-%m-%dT%H:%M:%S}.000Z"


def format_date(d: datetime) -> str:
    """velog's formatDate: date-fns formatDistanceToNow (ko) under 3 days, else 'PPP' (ko) in the server's zone."""
    secs = (NOW - d).total_seconds()
    if secs < 86400 * 3:
        hours = secs / 3600
        if hours < 24:
            return f"약 {round(hours)}시간 전"
        return f"{round(hours / 24)}일 전"
    k = kst(d)
    return f"{k.year}년 {k.month}월 {k.day}일"


POSTS = [
    dict(when=datetime(2024, 11, 19, 21, 40), tags=["htx", "ocop"], author=None, likes=3,
         title="Hải Dương có thêm 14 sản phẩm OCOP của HTX đạt 4 sao",
         body="""
UBND tỉnh Hải Dương vừa công nhận 32 sản phẩm OCOP đợt 2 năm 2024, trong đó 14 sản phẩm của các HTX đạt 4 sao.
Các sản phẩm tiêu biểu gồm vải thiều Thanh Hà, gạo nếp cái hoa vàng Kinh Môn, bánh gai Ninh Giang.
Liên minh HTX tỉnh sẽ hỗ trợ các HTX quảng bá sản phẩm tại Hội chợ OCOP khu vực đồng bằng sông Hồng.
""", comments=[("htxthanhha", datetime(2024, 11, 20, 8, 12), "HTX Thanh Hà rất vui khi sản phẩm được công nhận!", 0)],
         notes=["posted 21:40 the evening before the copy: the page prints '약 17시간 전' (Korean relative age, no year) and the "
                "time only in window.__APOLLO_STATE__ released_at '2024-11-19T14:40:00.000Z': published from it, "
                "2024-11-19T21:40+07:00; no byline: no author"]),
    dict(when=datetime(2024, 11, 18, 10, 5), tags=["htx", "thong-ke"], author="Nguyễn Hoàng Long", likes=5,
         title="Kinh tế tập thể tỉnh Hải Dương 10 tháng năm 2024",
         body="""
Theo số liệu của Liên minh HTX tỉnh, đến hết tháng 10/2024 toàn tỉnh có 712 HTX và 4 liên hiệp HTX.
| Loại hình | Số lượng | Tăng so với cùng kỳ |
| HTX nông nghiệp | 548 | 12 |
| HTX phi nông nghiệp | 164 | 9 |
| Liên hiệp HTX | 4 | 1 |
Doanh thu bình quân của HTX đạt 2,8 tỷ đồng, tăng 7% so với cùng kỳ.
Nguyễn Hoàng Long
""", comments=[],
         notes=["'2일 전' (two days before the copy): the date only in the Apollo state; a Markdown table; 'Nguyễn Hoàng Long' "
                "-> author"]),
    dict(when=datetime(2024, 11, 11, 23, 30), tags=["htx", "vai-thieu"], author="Phạm Thu Trang", likes=8,
         title="Ảnh: HTX Nông nghiệp Thanh Hà xuất khẩu lô vải sấy sang Nhật Bản",
         body="""
Tối 11/11, HTX Nông nghiệp Thanh Hà đóng gói lô hàng 20 tấn vải sấy đầu tiên xuất khẩu sang Nhật Bản.
[img vai-say-1.png] Thành viên HTX đóng gói vải sấy tại xưởng
[img vai-say-2.png] Lô hàng được kiểm tra trước khi lên container
Bài, ảnh: Phạm Thu Trang
""", comments=[("minhtuan_dev", datetime(2024, 11, 12, 9, 20), "Tuyệt vời, vải Thanh Hà đi Nhật rồi!", 1),
                        ("lan_nguyen", datetime(2024, 11, 13, 14, 2), "Cho mình hỏi HTX có bán lẻ vải sấy không ạ?", 0)],
         notes=["posted at 23:30 on 11 November (Vietnam): the server renders the KST day, '2024년 11월 12일'; released_at "
                "'2024-11-11T16:30:00.000Z': published = 2024-11-11T23:30+07:00 (only the Apollo state carries the "
                "right day); photo captions in <em> under the image in the same <p>; a comment's reply is folded "
                "('1개의 답글'); 'Bài, ảnh: Phạm Thu Trang' -> author"]),
    dict(when=datetime(2024, 11, 4, 8, 0), tags=["luat-htx"], author="Nguyễn Hoàng Long", likes=12, series=2,
         title="Luật Hợp tác xã 2023 phần 2 tổ chức quản lý HTX",
         body="""
Luật Hợp tác xã năm 2023 cho phép HTX lựa chọn một trong hai mô hình tổ chức quản lý.
## Mô hình rút gọn
* Áp dụng cho HTX có dưới 50 thành viên;
* Đại hội thành viên, Giám đốc và Kiểm soát viên;
* Giám đốc đồng thời là người đại diện theo pháp luật.
## Mô hình đầy đủ
Gồm Đại hội thành viên, Hội đồng quản trị, Giám đốc và Ban kiểm soát hoặc kiểm soát viên.
Nguyễn Hoàng Long
""", comments=[],
         notes=["second post of the series 'Luật Hợp tác xã 2023': the series box above the body (name, '2/2', '목록 보기', "
                "the other post's title) is no text; headings and a list"]),
    dict(when=datetime(2024, 10, 28, 9, 30), tags=["luat-htx"], author="Nguyễn Hoàng Long", likes=15, series=1,
         title="Luật Hợp tác xã 2023 phần 1 những điểm mới về thành viên",
         body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024, thay thế Luật Hợp tác xã năm 2012.
## Thành viên liên kết không góp vốn
HTX được kết nạp thành viên liên kết không góp vốn, là người sử dụng sản phẩm, dịch vụ của HTX.
## Giới hạn vốn góp
Vốn góp của một thành viên chính thức không quá 30% vốn điều lệ của HTX.
Nguyễn Hoàng Long
""", comments=[("minhtuan_dev", datetime(2024, 10, 29, 11, 0), "Bài viết dễ hiểu, chờ phần tiếp theo.", 0)],
         notes=["first post of the series: its box lists part 2 (a later post)"]),
    dict(when=datetime(2024, 10, 21, 14, 0), tags=["thong-bao"], author=None, doc="87/TB-LMHTX", likes=2,
         title="Thông báo số 87/TB-LMHTX về Hội thi HTX chuyển đổi số năm 2024",
         body="""
LIÊN MINH HTX TỈNH HẢI DƯƠNG
Số: 87/TB-LMHTX
Hải Dương, ngày 18 tháng 10 năm 2024
Liên minh HTX tỉnh tổ chức Hội thi HTX chuyển đổi số năm 2024 dành cho các HTX trên địa bàn tỉnh.
Hồ sơ dự thi gửi về Văn phòng Liên minh HTX tỉnh trước ngày 30/11/2024.
CHỦ TỊCH
Lê Văn Thịnh
""", comments=[],
         notes=["a notice posted on a blog host: 'Số: 87/TB-LMHTX' dated 18/10 in its text, released 21/10 (published); the "
                "signer is text, not author"]),
    dict(when=datetime(2024, 10, 10, 16, 45), tags=["htx"], author=None, likes=4,
         title="HTX Dịch vụ nông nghiệp Gia Xuyên phát triển vùng rau an toàn",
         body="""
HTX Dịch vụ nông nghiệp Gia Xuyên (huyện Gia Lộc) hiện sản xuất 45 ha rau an toàn theo tiêu chuẩn VietGAP, cung ứng cho các bếp ăn tập thể ở Hải Dương và Hà Nội.
HTX liên kết với 3 doanh nghiệp, bình quân mỗi ngày tiêu thụ 8 tấn rau.
Theo Báo Hải Dương
""", comments=[],
         notes=["a reprint ('Theo Báo Hải Dương'): no author; on the profile's second chunk (?cursor=)"]),
    dict(when=datetime(2024, 9, 26, 9, 15), tags=[], author="Đỗ Minh Hằng", likes=6,
         title="Liên minh HTX tỉnh Hải Dương tập huấn kỹ năng bán hàng trực tuyến",
         body="""
Ngày 24 và 25/9, Liên minh HTX tỉnh Hải Dương tổ chức lớp tập huấn kỹ năng bán hàng trực tuyến cho 60 học viên là cán bộ, thành viên HTX.
Học viên được thực hành livestream bán hàng và quản lý đơn hàng trên sàn thương mại điện tử.
Đỗ Minh Hằng
""", comments=[],
         notes=["the oldest post, no tags, no series: only on the profile's ?cursor= chunk and the RSS feed; 'Đỗ Minh Hằng' -> "
                "author"]),
]


def lines_of(markup: str) -> list[str]:
    return [x for b in parse_rich(markup) for x in b.lines()]


def md_html(markup: str) -> str:
    out = []
    blocks = parse_rich(markup)
    for k, b in enumerate(blocks):
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<h2 id="{attr(b.text.lower().replace(" ", "-"))}">{esc(b.text)}</h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            src = f"/images/{USER}/post/{h(b.src, 8)}-{h(b.src + 'x', 4)}-4{h(b.src, 3)}-a{h(b.src + 'y', 3)}-{h(b.src + 'z', 12)}/image.png"
            IMGS.add(src)
            out.append(f'<p><img src="{src}" alt="">' + (f"<br><em>{inline_html(b.text)}</em>" if b.text else "") + "</p>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n</thead>\n<tbody>\n"
                       + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                       + "\n</tbody>\n</table>")
    return "\n".join(out)


IMGS: set[str] = set()


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hai-duong", f"{DISPLAY} (velog)", "generic", None,
                     start_urls=["{{base:%s}}/@%s" % (SITE, USER)], feeds=["{{base:%s}}/rss/%s" % (SITE, USER)])
    site.extra_boilerplate += FURN
    posts = sorted(POSTS, key=lambda p: p["when"], reverse=True)
    for p in posts:
        p["slug"] = slug_of(p["title"])
        p["path"] = f"/@{USER}/" + quote(p["slug"])
        p["id"] = f"{h(p['title'], 8)}-{h(p['title'] + '1', 4)}-4{h(p['title'] + '2', 3)}-8{h(p['title'] + '3', 3)}-{h(p['title'] + '4', 12)}"
    series_posts = sorted([p for p in posts if p.get("series")], key=lambda p: p["series"])
    series_path = f"/@{USER}/series/" + quote(SERIES[1])

    def header() -> str:
        return (f'<div class="{sc("Header")}"><div class="{sc("HeaderInner")}"><a href="/" class="{sc("Logo")}">velog</a>'
                f'<a href="/@{USER}" class="user-logo">{esc(DISPLAY)}</a><div class="right"><a href="/search" class="{sc("Search")}">'
                f'<svg width="17" height="17" viewBox="0 0 17 17"></svg></a><button class="{sc("Login")}">로그인</button></div></div></div>')

    def layout(title: str, inner: str, head: str = "", state: dict | None = None) -> str:
        st = json.dumps(state or {}, ensure_ascii=False).replace("</", "<\\/")
        return f"""<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width,initial-scale=1,shrink-to-fit=no"/>
<meta name="theme-color" content="#000000"/>
<link rel="shortcut icon" href="/favicon.png"/>
<title data-rh="true">{esc(title)}</title>
{head}
<link href="/static/css/main.6a1a4b2c.chunk.css" rel="stylesheet">
<style data-styled="true" data-styled-version="5.3.0">.{sc("Header").split()[1]}{{height:4rem}}</style>
</head>
<body>
<div id="root">
{header()}
{inner}
</div>
<script>window.__APOLLO_STATE__={st};</script>
<script src="/static/js/main.1f2d3c4e.chunk.js"></script>
</body>
</html>
"""

    def post_card(p: dict) -> str:
        tags = "".join(f'<a class="{sc("Tag")}" href="/tags/{t}">{t}</a>' for t in p["tags"])
        return (f'<div class="{sc("PostCard")}"><a href="{p["path"]}"><h2>{esc(p["title"])}</h2></a>'
                f'<p>{esc(lines_of(p["body"])[0][:150])}</p><div class="tags-wrapper">{tags}</div>'
                f'<div class="subinfo"><span>{format_date(p["when"])}</span><div class="separator">·</div>'
                f'<span>{len(p["comments"])}개의 댓글</span></div></div>')

    for p in posts:
        path = p["path"]
        first = lines_of(p["body"])[0]
        desc = first if len(first) <= 150 else first[:147] + "..."
        head = (f'<meta data-rh="true" name="description" content="{attr(desc)}"/>\n'
                f'<link data-rh="true" rel="canonical" href="{{{{base}}}}{path}"/>\n'
                f'<meta data-rh="true" property="og:url" content="{{{{base}}}}{path}"/>\n'
                f'<meta data-rh="true" property="og:type" content="article"/>\n'
                f'<meta data-rh="true" property="og:title" content="{attr(p["title"])}"/>\n'
                f'<meta data-rh="true" property="og:description" content="{attr(desc)}"/>\n'
                f'<meta data-rh="true" name="twitter:card" content="summary"/>\n'
                f'<meta data-rh="true" name="twitter:title" content="{attr(p["title"])}"/>\n'
                f'<link rel="alternate" type="application/rss+xml" href="{{{{base}}}}/rss/{USER}"/>')
        tags = "".join(f'<a class="{sc("Tag")}" href="/tags/{t}">{t}</a>' for t in p["tags"])
        series = ""
        if p.get("series"):
            lis = "".join(f'<li><a href="{s["path"]}">{esc(s["title"])}</a></li>' if s is not p
                          else f'<li class="current">{esc(s["title"])}</li>' for s in series_posts)
            series = (f'<div class="{sc("PostSeries")}"><h2><a href="{series_path}">{esc(SERIES[0])}</a></h2>'
                      f'<img class="series-corner-image" src="/static/images/bookmark.png" alt="">'
                      f'<ol class="{sc("SeriesList")}" style="display:none">{lis}</ol>'
                      f'<div class="series-footer"><div class="{sc("Fold")}"><svg></svg>목록 보기</div>'
                      f'<div class="right"><div class="series-number">{p["series"]}/{len(series_posts)}</div>'
                      f'<div class="{sc("Arrows")}"><button disabled><svg></svg></button><button><svg></svg></button></div></div></div></div>')
        comments = ""
        for user, when, text, replies in p["comments"]:
            rep = (f'<div class="{sc("Replies")}"><div class="{sc("ReplyToggle")}"><svg></svg>{replies}개의 답글</div></div>'
                   if replies else f'<div class="{sc("Replies")}"><div class="{sc("ReplyToggle")}"><svg></svg>답글 달기</div></div>')
            comments += (f'<div class="{sc("CommentItem")}"><div class="{sc("CommentHead")}"><div class="profile">'
                         f'<a href="/@{user}"><img src="/static/images/user-thumbnail.png" alt="comment-user-thumbnail"/></a>'
                         f'<div class="comment-info"><div class="username"><a href="/@{user}">{user}</a></div>'
                         f'<div class="date">{format_date(when)}</div></div></div></div>'
                         f'<div class="{sc("CommentBody")}"><div class="{sc("Markdown")}"><p>{esc(text)}</p></div></div>{rep}</div>')
            site.extra_boilerplate.append(text)
        ncom = len(p["comments"])
        inner = f"""<div class="{sc("PostPage")}">
<div class="{sc("PostHead")}">
<div class="head-wrapper">
<h1>{esc(p['title'])}</h1>
<div class="{sc("SubInfo")}"><div class="information"><span class="username"><a href="/@{USER}">{USER}</a></span><span class="separator">·</span><span>{format_date(p['when'])}</span></div>
<button class="{sc("FollowButton")}">팔로우</button></div>
<div class="{sc("TagList")}">{tags}</div>
{series}
</div>
<div class="{sc("LikeShare")}"><div class="{sc("Like")}"><svg></svg></div><div class="like-count">{p['likes']}</div></div>
</div>
<div class="{sc("PostContent")}"><div class="{sc("MarkdownRender")} atom-one">
{md_html(p['body'])}
</div></div>
<div class="{sc("UserProfile")}"><div class="profile-head"><a href="/@{USER}"><img src="/static/images/user-thumbnail.png" alt="profile"/></a>
<div class="user-info"><div class="name"><a href="/@{USER}">{esc(DISPLAY)}</a></div><div class="description">{esc(BIO)}</div></div></div>
<div class="{sc("Divider")}"></div></div>
<div class="{sc("Comments")}"><h4>{ncom}개의 댓글</h4>
<div class="{sc("CommentWrite")}"><textarea placeholder="댓글을 작성하세요"></textarea><div class="buttons-wrapper"><button>댓글 작성</button></div></div>
{comments}</div>
</div>"""
        state = {f"Post:{p['id']}": {"id": p["id"], "title": p["title"], "released_at": utcz(p["when"]),
                                     "updated_at": utcz(p["when"] + timedelta(minutes=12)), "tags": p["tags"],
                                     "url_slug": p["slug"], "likes": p["likes"], "is_markdown": True,
                                     "user": {"type": "id", "id": f"User:{USER}", "generated": False}},
                 f"User:{USER}": {"username": USER, "profile": {"display_name": DISPLAY, "short_bio": BIO}}}
        site.page(path, layout(p["title"], inner, head, state))
        a = RichArticle(path=path, title=p["title"], date=p["when"], body=p["body"], author=p["author"],
                        # (the state's instant is the page's metadata, as JSON-LD's would be: its time
                        # counts on the day shown too)
                        published=iso(p["when"]),
                        published_source="metadata",
                        evidence=["metadata"] if not re.search(r"\d{4}년", format_date(p["when"])) or
                        kst(p["when"]).date() != p["when"].date() else ["metadata", "date-element"],
                        doc_number=p.get("doc"), notes=p["notes"])
        site.add_article(a)

    # profile with ?cursor= chunks
    chunks = [posts[i:i + PER] for i in range(0, len(posts), PER)]
    for k, chunk in enumerate(chunks):
        path = f"/@{USER}" if k == 0 else f"/@{USER}?cursor={chunks[k - 1][-1]['id']}"
        more = (f'<div class="{sc("Sentinel")}"><a href="/@{USER}?cursor={chunk[-1]["id"]}" rel="next" '
                f'aria-label="more"></a></div>' if k + 1 < len(chunks) else "")
        tagcounts = {}
        for p in posts:
            for t in p["tags"]:
                tagcounts[t] = tagcounts.get(t, 0) + 1
        taglist = "".join(f'<li><a href="/tags/{t}">{t}</a><span>({n})</span></li>' for t, n in sorted(tagcounts.items()))
        inner = f"""<div class="{sc("UserPage")}">
<div class="{sc("UserProfileTop")}"><img src="/static/images/user-thumbnail.png" alt="profile"/><div class="user-info"><div class="name">{esc(DISPLAY)}</div><div class="description">{esc(BIO)}</div></div></div>
<div class="{sc("UserTabs")}"><a href="/@{USER}" class="active">글</a><a href="/@{USER}/series">시리즈</a><a href="/@{USER}/about">소개</a></div>
<div class="{sc("SideTags")}"><div class="title">태그 목록</div><ul><li class="active"><a href="/@{USER}">전체보기</a><span>({len(posts)})</span></li>{taglist}</ul></div>
<div class="{sc("PostCardList")}">{"".join(post_card(p) for p in chunk)}</div>
{more}
</div>"""
        site.page(path, layout(f"{USER} ({DISPLAY}) / 작성글 - velog", inner,
                               f'<link rel="canonical" href="{{{{base}}}}/@{USER}"/>\n'
                               f'<link rel="alternate" type="application/rss+xml" href="{{{{base}}}}/rss/{USER}"/>'),
                  content_type="text/html; charset=utf-8")
        site.non_articles.append(path)
    site.trap("the profile /@htxhaiduong renders 5 posts; the infinite scroll's next chunk is /@htxhaiduong?cursor=<last "
              "post's id> (the sentinel's link), the only listing of the three oldest posts besides the RSS feed",
              f"/@{USER}?cursor={chunks[0][-1]['id']}")
    site.page(f"/@{USER}/series", layout(f"{USER} ({DISPLAY}) / 시리즈 - velog",
                                          f'<div class="{sc("SeriesList")}"><a href="{series_path}"><h4>{esc(SERIES[0])}</h4></a>'
                                          f'<div class="info"><span>{len(series_posts)}개의 포스트</span></div></div>'))
    site.page(series_path, layout(f"{SERIES[0]} - velog",
                                  f'<div class="{sc("SeriesPage")}"><h1>{esc(SERIES[0])}</h1><ol>'
                                  + "".join(f'<li><a href="{p["path"]}"><h2>{esc(p["title"])}</h2></a><div class="date">'
                                            f'{format_date(p["when"])}</div></li>' for p in series_posts) + "</ol></div>"))
    site.page(f"/@{USER}/about", layout(f"{USER} ({DISPLAY}) / 소개 - velog",
                                        f'<div class="{sc("About")}"><p>{esc(BIO)}</p><p>Địa chỉ: Số 16 Hồng Quang, TP Hải Dương</p></div>'))
    site.non_articles += [f"/@{USER}/series", series_path, f"/@{USER}/about"]
    for t in sorted({t for p in posts for t in p["tags"]}):
        items = [p for p in posts if t in p["tags"]]
        site.page(f"/tags/{t}", layout(f"#{t} - velog", f'<div class="{sc("TagDetail")}"><h1># {t}</h1>'
                                       f'<div class="count">총 {len(items)}개의 포스트</div></div>'
                                       f'<div class="{sc("PostCardList")}">{"".join(post_card(p) for p in items)}</div>'))
        site.non_articles.append(f"/tags/{t}")
    for u in COMMENTERS:
        site.page(f"/@{u}", layout(f"{u} - velog", f'<div class="{sc("UserPage")}"><div class="name">{u}</div>'
                                   '<div class="empty">포스트가 없습니다.</div></div>'), content_type="text/html; charset=utf-8")
        site.non_articles.append(f"/@{u}")
    site.page("/", layout("velog", f'<div class="{sc("Home")}"><h2>트렌딩</h2>'
                          f'<div class="{sc("PostCardList")}">{post_card(posts[0])}{post_card(posts[2])}</div></div>'),
              content_type="text/html; charset=utf-8")
    site.page("/search", layout("검색 - velog", '<input placeholder="검색어를 입력하세요">'), content_type="text/html; charset=utf-8")
    site.non_articles.append("/")
    site.never_fetched.append("/search")

    items = "".join(f"""<item><title><![CDATA[{p['title']}]]></title><link>{{{{base}}}}{p['path']}</link>
<guid>{{{{base}}}}{p['path']}</guid><pubDate>{(p['when'] - timedelta(hours=7)):%a, %d %b %Y %H:%M:%S} GMT</pubDate>
<description><![CDATA[{md_html(p['body'])}]]></description></item>
""" for p in posts)
    site.page(f"/rss/{USER}", f"""<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">
<channel><title><![CDATA[{USER}.log]]></title><description><![CDATA[{BIO}]]></description><link>{{{{base}}}}/@{USER}</link>
<generator>velog</generator><lastBuildDate>{(NOW - timedelta(hours=7)):%a, %d %b %Y %H:%M:%S} GMT</lastBuildDate>
<atom:link href="{{{{base}}}}/rss/{USER}" rel="self" type="application/rss+xml"/>
{items}</channel></rss>
""", content_type="application/rss+xml; charset=utf-8")
    site.trap("the RSS feed /rss/htxhaiduong (velog's v2.velog.io/rss/<user>): every post, pubDate in GMT, the whole "
              "Markdown HTML as description", f"/rss/{USER}")
    site.static("/robots.txt", "User-agent: *\nDisallow: /search\nDisallow: /api/\n")
    for src in sorted(IMGS):
        site.binary(src, image_for(src))
    site.binary("/favicon.png", image_for("favicon"))
    return site
