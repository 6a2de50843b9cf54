"""Site `video-htxtravinh` (registry family `generic`): "Video HTX Trà Vinh", the video platform of the Trà Vinh
cooperative alliance on **PeerTube 6.1** (the default theme, the interface language `vi`, the official Docker image:
the server's time zone is UTC; the copy is of 5 June 2024 10:00). The alliance's news go out as videos of the channel
`htxtravinh` ("Liên minh HTX tỉnh Trà Vinh", owned by the account `admin`), the video's description carrying the news
text. Written as a held-out test: no family module, no selectors.

URL shapes: a video `/w/<short-uuid>` (the canonical link); the long form `/videos/watch/<uuid>` answers the same page
(the oEmbed's and older shares' address: an alias); a chapter's timestamp in the description links `/w/<short>?start=…`
(the same page: aliases); the player `/videos/embed/<uuid>` (`og:video:url`, the oEmbed's iframe); the channel
`/c/htxtravinh`, `/c/htxtravinh/videos` and `?page=2` (20 a page), the account `/a/admin`, `/a/admin/videos`; the
browse page `/videos/browse`; tag and category searches `/search?tagsOneOf=<tag>`, `/search?categoryOneOf=11`;
`/about/instance`, `/login`, `/signup` (PeerTube's robots.txt disallows nothing); the RSS
`/feeds/videos.xml?videoChannelId=3` (20 newest) and `/feeds/video-comments.xml?videoId=N`; the oEmbed
`/services/oembed?url=…` (JSON); the site map `/sitemap.xml` (every video, channel and account).

What the crawler gets: the Angular application's `index.html` with the server's tags in the head (`<title>` "… - Video
HTX Trà Vinh", `og:*`, `twitter:*`, the canonical link, the oEmbed link, and JSON-LD `VideoObject` whose `uploadDate`
is UTC: "2024-05-12T17:30:00.000Z" for the video of 00:30 on 13 May), `window.PeerTubeServerConfig`, and the
`<noscript>` block: the title `h1.video-info-name`, "Đã đăng 12 tháng 5, 2024 • 312 lượt xem" (the date in the
server's UTC), the channel and the account, the description rendered with PeerTube's text markdown (paragraphs,
`<br>` line breaks, bullet lists, bold; NO headings and NO tables: staff write a heading as a bold line and a table as
"a | b | c" lines), the attributes (Danh mục, Giấy phép, Ngôn ngữ, Thẻ, Thời lượng) and the comments. The meta
description and JSON-LD flatten the description into one line.

What is an article: a video whose description tells the news. The channel's short clips (a title and one sentence)
and the live replay are not; the account `admin` and the channel are no authors: a byline closing the description
("Thực hiện: …") is. The oldest news video is only on page 2 of the channel's and the account's lists (and in the
site map; the feed holds the 20 newest).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, iso, pdf
from .richbody import RichArticle

SITE = "video-htxtravinh"
NAME = "Video HTX Trà Vinh"
HOST = "video.htxtravinh.vn"
NOW = datetime(2024, 6, 5, 10, 0)
UTC = timedelta(hours=7)
PER = 20
CHANNEL = ("htxtravinh", "Liên minh HTX tỉnh Trà Vinh", 3,
           "Kênh video tin tức, sự kiện của Liên minh Hợp tác xã tỉnh Trà Vinh và các HTX thành viên.")
INSTANCE_DESC = "Nền tảng video của Liên minh Hợp tác xã tỉnh Trà Vinh"
INCOMPATIBLE = "Rất tiếc, trình duyệt của bạn không tương thích với PeerTube."
FURN = [INCOMPATIBLE, "Vận hành bởi PeerTube", "lượt xem", "Danh mục", "Giấy phép", "Ngôn ngữ", "Thời lượng",
        "Tin tức & Chính trị", "Ghi công - Chia sẻ tương tự", "Đăng nhập để bình luận", "Bình luận", "Khám phá",
        "Kênh Liên minh HTX", "Tạo tài khoản"]
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def u(d: datetime) -> datetime:
    return d - UTC


def h(text: str, n: int = 8) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:n]


def uuid(text: str) -> str:
    x = hashlib.sha1(text.encode()).hexdigest()
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"


def short(uid: str) -> str:
    n = int(uid.replace("-", ""), 16)
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return out


def published_line(d: datetime) -> str:
    x = u(d)
    return f"Đã đăng {x.day} tháng {x.month}, {x.year}"


def zulu(d: datetime) -> str:
    return f"{u(d):%Y-%m-%dT%H:%M:%S}.{int(h(str(d), 3), 16) % 1000:03d}Z"


def ago(d: datetime) -> str:
    s = (NOW - d).total_seconds()
    if s < 86400:
        return f"{round(s / 3600)} giờ trước"
    days = round(s / 86400)
    return f"{days} ngày trước" if days < 30 else f"{round(days / 30.4)} tháng trước"


class Video(RichArticle):
    """The description is PeerTube text markdown: paragraphs (blank line), `<br>` lines, '- ' lists, **bold**."""

    def text_lines(self, byline_in_text: bool = True) -> list[str]:
        return desc_lines(self.body)


def desc_lines(md: str) -> list[str]:
    out = []
    for para in md.strip().split("\n\n"):
        for line in para.strip().split("\n"):
            line = line.strip()
            if line.startswith("[[file:"):
                continue
            if line.startswith("- "):
                line = line[2:]
            out.append(line.replace("**", ""))
    return out


def articles() -> list[Video]:
    A = Video

    def at(d: datetime, midnight: bool = False) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata",
                    evidence=["metadata"] if midnight else ["metadata", "date-element"])

    return [
        A(path="", title="Thông báo số 21/TB-LMHTX về việc tổ chức Hội chợ sản phẩm HTX tỉnh Trà Vinh năm 2024",
          body="""
LIÊN MINH HTX TỈNH TRÀ VINH
Số: 21/TB-LMHTX
Trà Vinh, ngày 16 tháng 5 năm 2024

**THÔNG BÁO**
Về việc tổ chức Hội chợ sản phẩm HTX tỉnh Trà Vinh năm 2024

Hội chợ diễn ra từ ngày 14/6/2024 đến ngày 18/6/2024 tại Quảng trường Trung tâm tỉnh, TP Trà Vinh.
Liên minh HTX tỉnh hỗ trợ miễn phí 40 gian hàng cho các HTX có sản phẩm OCOP.
Các HTX đăng ký gian hàng với Văn phòng Liên minh HTX tỉnh trước ngày 05/6/2024.

[[file:TB-21-LMHTX-2024.pdf]]

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Kim Ngọc Thái
""", author=None, doc_number="21/TB-LMHTX",
          attachments=[{"path": "/files/TB-21-LMHTX-2024.pdf", "text": "TB-21-LMHTX-2024.pdf"}],
          opts={"views": 312, "likes": 9, "tags": ["hội chợ", "ocop"], "duration": 133, "comments": [
              ("HTX Dừa sáp Cầu Kè", "HTX đã gửi phiếu đăng ký 2 gian hàng ạ.")]},
          notes=["notice 'Số: 21/TB-LMHTX' dated 16/5 in the description, published 20/05 15:10 (JSON-LD uploadDate "
                 "'2024-05-20T08:10:…Z', the noscript line 'Đã đăng 20 tháng 5, 2024'); the channel's account 'admin' is no "
                 "author; the signer is text; the PDF link on its own line (/files/…, the alliance's nginx beside "
                 "PeerTube) is an attachment, not text; a comment under the video is not text"],
          **at(datetime(2024, 5, 20, 15, 10))),
        A(path="", title="Ảnh: Mùa thu hoạch dừa sáp tại HTX Dừa sáp Cầu Kè",
          body="""
Tháng 5, các thành viên HTX Dừa sáp Cầu Kè bước vào mùa thu hoạch dừa sáp chính vụ.

00:00 Thành viên HTX thu hoạch dừa sáp trên vườn dừa hữu cơ
00:18 Dừa sáp được phân loại bằng cách gõ nghe tiếng tại điểm thu mua
00:41 Sản phẩm dừa sáp đóng hộp mang nhãn hiệu của HTX

Năm nay HTX dự kiến cung ứng 150.000 trái dừa sáp cho thị trường TP Hồ Chí Minh và Hà Nội.

Thực hiện: Thạch Thị Sa Rây
""", author="Thạch Thị Sa Rây",
          opts={"views": 1245, "likes": 37, "tags": ["dừa sáp", "cầu kè"], "duration": 62, "chapters": True,
                "comments": [("Lâm Văn Tùng", "Dừa sáp Cầu Kè ngon nhất Việt Nam!"),
                             ("Nguyễn Thị Mai", "HTX có bán online không ạ?")]},
          notes=["a photo slideshow: the captions are the description's chapter lines '00:18 Dừa sáp được phân loại…' "
                 "(PeerTube links each timestamp to /w/<short>?start=…: the same page, aliases), one line each; 'Thực "
                 "hiện: Thạch Thị Sa Rây' closes the description -> author"],
          **at(datetime(2024, 5, 8, 16, 30))),
        A(path="", title="Kết quả hoạt động của HTX nông nghiệp Trà Vinh năm 2023",
          body="""
Năm 2023, các HTX nông nghiệp trên địa bàn tỉnh Trà Vinh đạt doanh thu bình quân 2,4 tỷ đồng/HTX.

Huyện, thị xã | Số HTX | Thành viên | Doanh thu bình quân (tỷ đồng)
Càng Long | 28 | 1.020 | 2,1
Cầu Kè | 24 | 860 | 2,6
Tiểu Cần | 19 | 740 | 2,3
Duyên Hải | 15 | 530 | 3,0

Lãi bình quân của thành viên HTX tăng khoảng 12% so với năm 2022.

Kim Sơn Hải
""", author="Kim Sơn Hải",
          opts={"views": 488, "likes": 11, "tags": ["số liệu"], "duration": 95, "comments": []},
          notes=["a table typed as 'Càng Long | 28 | 1.020 | 2,1' lines (PeerTube's description markdown has no tables: "
                 "one paragraph with <br> breaks): one line per row; the bare name 'Kim Sơn Hải' closes it -> author"],
          **at(datetime(2024, 4, 22, 9, 0))),
        A(path="", title="Hướng dẫn HTX tham gia sàn thương mại điện tử",
          body="""
Video hướng dẫn các HTX đưa sản phẩm lên sàn thương mại điện tử để mở rộng thị trường tiêu thụ.

**CÁC BƯỚC THỰC HIỆN**

- Chuẩn bị hình ảnh, thông tin sản phẩm và giấy chứng nhận an toàn thực phẩm;
- Đăng ký tài khoản người bán bằng mã số thuế của HTX;
- Đăng sản phẩm, cài đặt giá bán và phương thức giao hàng;
- Theo dõi đơn hàng và phản hồi khách hàng hằng ngày.

**LƯU Ý**

HTX nên chọn đơn vị vận chuyển có điểm nhận hàng tại huyện để giảm chi phí.

Trần Minh Luân - Sở Công Thương
""", author="Trần Minh Luân",
          opts={"views": 905, "likes": 24, "tags": ["thương mại điện tử"], "duration": 418, "comments": []},
          notes=["headings written as bold paragraphs '**CÁC BƯỚC THỰC HIỆN**' (no heading in PeerTube's markdown) and a "
                 "'- ' bullet list (<ul>): one line each; 'Trần Minh Luân - Sở Công Thương' -> Trần Minh Luân"],
          **at(datetime(2024, 4, 3, 14, 0))),
        A(path="", title="HTX Thanh long Long Hiệp ký kết tiêu thụ 300 tấn thanh long ruột đỏ",
          body="""
HTX Thanh long Long Hiệp (huyện Trà Cú) vừa ký hợp đồng tiêu thụ 300 tấn thanh long ruột đỏ với một doanh nghiệp xuất khẩu.
Theo hợp đồng, doanh nghiệp bao tiêu toàn bộ sản lượng đạt chuẩn VietGAP với giá sàn 12.000 đồng/kg.

HTX hiện có 54 thành viên với 38 ha thanh long, trong đó 25 ha đã được cấp mã số vùng trồng.

Theo Báo Trà Vinh
""", author=None,
          opts={"views": 276, "likes": 5, "tags": ["thanh long"], "duration": 151, "comments": []},
          notes=["a reprint: 'Theo Báo Trà Vinh' closes the description, no author; two lines of the first paragraph are "
                 "split by a <br> (two text lines)"],
          **at(datetime(2024, 3, 15, 10, 20))),
        A(path="", title="Liên minh HTX tỉnh Trà Vinh sơ kết 5 năm thực hiện Nghị quyết 20 về kinh tế tập thể",
          body="""
Chiều 12/5, Liên minh HTX tỉnh Trà Vinh tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết số 20-NQ/TW của Ban Chấp hành Trung ương.

Đến nay toàn tỉnh có 196 HTX đang hoạt động, tăng 58 HTX so với năm 2019.

Hội nghị đề ra mục tiêu đến năm 2025 có ít nhất 60% HTX nông nghiệp hoạt động hiệu quả.
""", author=None,
          opts={"views": 154, "likes": 3, "tags": ["nghị quyết 20"], "duration": 244, "comments": []},
          notes=["published at 00:30 on 13 May (Vietnam) about the afternoon before: the UTC server's noscript line reads "
                 "'Đã đăng 12 tháng 5, 2024', JSON-LD uploadDate '2024-05-12T17:30:…Z', the RSS pubDate 'Sun, 12 May 2024 "
                 "17:30:… GMT'; published = 2024-05-13 00:30; no byline: author null"],
          **at(datetime(2024, 5, 13, 0, 30), midnight=True)),
        A(path="", title="HTX Nông nghiệp Tân Sơn phát triển mô hình nuôi tôm càng xanh",
          body="""
HTX Nông nghiệp Tân Sơn (huyện Trà Cú) đang nhân rộng mô hình nuôi tôm càng xanh luân canh trên ruộng lúa.

Mỗi vụ tôm cho lợi nhuận từ 80 đến 100 triệu đồng/ha, gấp ba lần trồng lúa một vụ.

HTX liên kết với Trung tâm Khuyến nông tỉnh cung cấp con giống chất lượng cho thành viên.

Sơn Thị Kim Hương
""", author="Sơn Thị Kim Hương",
          opts={"views": 367, "likes": 8, "tags": ["thủy sản"], "duration": 187, "comments": [
              ("Thạch Văn Đông", "Mô hình hay, mong HTX chia sẻ kỹ thuật nuôi.")]},
          notes=["the bare name 'Sơn Thị Kim Hương' closes the description: the author"],
          **at(datetime(2024, 2, 27, 8, 45))),
        A(path="", title="Liên minh HTX tỉnh Trà Vinh tổng kết công tác năm 2023",
          body="""
Ngày 27/12, Liên minh HTX tỉnh Trà Vinh tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.

Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 21 HTX, tổ chức 9 lớp tập huấn cho 480 lượt cán bộ HTX.

Thực hiện: Thạch Văn Đông
""", author="Thạch Văn Đông",
          opts={"views": 201, "likes": 4, "tags": [], "duration": 206, "comments": []},
          notes=["the oldest news video: only on page 2 of /c/htxtravinh/videos and /a/admin/videos (?page=2: 20 a page, "
                 "short clips fill page 1) and in the site map; not in the feed (20 newest); 'Thực hiện: Thạch Văn "
                 "Đông' -> author"],
          **at(datetime(2023, 12, 28, 15, 30))),
    ]


CLIPS = [  # the channel's short clips and a live replay: (title, one sentence, date)
    ("Clip: Phiên chợ nông sản HTX cuối tuần", "Một số hình ảnh tại phiên chợ nông sản HTX cuối tuần.", datetime(2024, 6, 1, 18, 0)),
    ("Trực tiếp: Tọa đàm phát triển HTX kiểu mới", "", datetime(2024, 5, 29, 14, 0)),
    ("Clip: Gian hàng OCOP Trà Vinh tại TP Hồ Chí Minh", "Gian hàng OCOP Trà Vinh thu hút đông khách tham quan.", datetime(2024, 5, 24, 9, 30)),
    ("Clip: Thu hoạch lúa hữu cơ ở Càng Long", "Thành viên HTX thu hoạch lúa hữu cơ.", datetime(2024, 5, 15, 7, 45)),
    ("Clip: Làm bánh tét Trà Cuôn", "Nghề làm bánh tét truyền thống của HTX.", datetime(2024, 5, 2, 10, 10)),
    ("Clip: Vườn bưởi da xanh Tiểu Cần", "Vườn bưởi da xanh của thành viên HTX.", datetime(2024, 4, 26, 16, 0)),
    ("Clip: Chế biến mật hoa dừa", "Quy trình chế biến mật hoa dừa tại HTX.", datetime(2024, 4, 15, 8, 20)),
    ("Clip: Ngày hội HTX Duyên Hải", "Không khí ngày hội HTX huyện Duyên Hải.", datetime(2024, 4, 9, 19, 30)),
    ("Clip: Nuôi cua biển Duyên Hải", "Mô hình nuôi cua biển của HTX.", datetime(2024, 3, 28, 11, 0)),
    ("Clip: Trồng rau màu trên đất giồng cát", "Rau màu trên đất giồng cát của HTX.", datetime(2024, 3, 6, 9, 0)),
    ("Clip: Xuất hàng đậu phộng Trà Vinh", "Đậu phộng của HTX được đóng bao xuất bán.", datetime(2024, 2, 20, 15, 15)),
    ("Clip: Chợ Tết sản phẩm HTX", "Chợ Tết sản phẩm HTX năm 2024.", datetime(2024, 2, 2, 9, 40)),
    ("Clip: Lễ hội Ok Om Bok", "Các HTX tham gia lễ hội Ok Om Bok.", datetime(2024, 1, 18, 17, 0)),
    ("Clip: Tập huấn kế toán HTX", "Lớp tập huấn kế toán cho cán bộ HTX.", datetime(2024, 1, 5, 8, 0)),
]


def desc_html(a: Video, link: str) -> str:
    paras = []
    for para in a.body.strip().split("\n\n"):
        lines = [x.strip() for x in para.strip().split("\n")]
        if all(x.startswith("- ") for x in lines):
            paras.append("<ul>\n" + "\n".join(f"<li>{bold(x[2:])}</li>" for x in lines) + "\n</ul>")
            continue
        shown = []
        for x in lines:
            if x.startswith("[[file:"):
                name = x[7:-2]
                href = next(t["path"] for t in a.attachments if t["text"] == name)
                shown.append(f'<a href="{{{{base}}}}{href}" target="_blank" rel="noopener noreferrer">{{{{base}}}}{href}</a>'
                             .replace(f">{{{{base}}}}{href}<", f">{esc(name)}<"))
            elif a.opts.get("chapters") and x[:2].isdigit() and x[2] == ":":
                m, s = int(x[:2]), int(x[3:5])
                shown.append(f'<a class="video-timestamp" href="{link}?start={m * 60 + s}">{x[:5]}</a>{esc(x[5:])}')
            else:
                shown.append(bold(x))
        paras.append("<p>" + "<br>\n".join(shown) + "</p>")
    return "\n".join(paras)


def bold(text: str) -> str:
    parts = text.split("**")
    return "".join(f"<strong>{esc(p)}</strong>" if i % 2 else esc(p) for i, p in enumerate(parts))


def one_line(md: str) -> str:
    return " ".join(x.replace("**", "").lstrip("- ") for x in md.split() if not x.startswith("[[file:"))


def build() -> SiteBuild:
    cid = CHANNEL[2]
    site = SiteBuild(SITE, "tra-vinh", f"{NAME} (PeerTube 6)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE],
                     feeds=["{{base:%s}}/feeds/videos.xml?videoChannelId=%d" % (SITE, cid)])
    site.extra_boilerplate += FURN
    arts = articles()
    videos: list[dict] = []
    for a in arts:
        videos.append({"title": a.title, "date": a.date, "art": a, "md": a.body})
    for title, sentence, d in CLIPS:
        live = title.startswith("Trực tiếp")
        videos.append({"title": title, "date": d, "art": None, "md": sentence, "live": live,
                       "views": 40 + len(title) * 3, "likes": len(title) % 7, "tags": [], "duration": 3600 if live else 45,
                       "comments": []})
    videos.sort(key=lambda v: v["date"])
    for i, v in enumerate(videos):
        v["id"] = 41 + i * 2
        v["uuid"] = uuid("video-" + v["title"])
        v["short"] = short(v["uuid"])
        v["path"] = f"/w/{v['short']}"
        if v["art"]:
            a = v["art"]
            a.path = v["path"]
            v.update({k: a.opts[k] for k in ("views", "likes", "tags", "duration", "comments")})
    videos.sort(key=lambda v: v["date"], reverse=True)

    def duration(sec: int) -> str:
        return f"{sec // 60} phút {sec % 60} giây" if sec >= 60 else f"{sec} giây"

    def layout(title: str, description: str, path: str, noscript: str, head: str = "", og_type: str = "website",
               image: str | None = None) -> str:
        img = image or f"{{{{base}}}}/lazy-static/banners/{h('banner', 32)}.png"
        cfg = json.dumps({"instance": {"name": NAME, "shortDescription": INSTANCE_DESC, "defaultClientRoute": "/videos/browse",
                                       "isNSFW": False, "defaultNSFWPolicy": "do_not_list"},
                          "serverVersion": "6.1.0", "serverCommit": "d1a2c3f", "signup": {"allowed": True}},
                         ensure_ascii=False)
        return f"""<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="theme-color" content="#fff" />
    <meta property="og:platform" content="PeerTube" />
    <link rel="icon" type="image/png" href="/client/assets/images/favicon.png" />
    <link rel="manifest" href="/manifest.webmanifest" />
    <link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="{attr(NAME)}" />
    <title>{esc(title)}</title>
    <meta name="description" content="{attr(description)}" />
    <meta property="og:type" content="{og_type}" />
    <meta property="og:site_name" content="{attr(NAME)}" />
    <meta property="og:title" content="{attr(title.rsplit(' - ', 1)[0])}" />
    <meta property="og:image" content="{img}" />
    <meta property="og:url" content="{{{{base}}}}{attr(path)}" />
    <meta property="og:description" content="{attr(description)}" />
    <meta property="twitter:card" content="{'player' if og_type == 'video' else 'summary'}" />
    <meta property="twitter:site" content="@Chocobozzz" />
    <meta property="twitter:title" content="{attr(title.rsplit(' - ', 1)[0])}" />
    <meta property="twitter:description" content="{attr(description)}" />
    <meta property="twitter:image" content="{img}" />{head}
    <link rel="stylesheet" href="/client/styles.css">
    <script type="application/javascript">window.PeerTubeServerConfig = {json.dumps(cfg, ensure_ascii=False)}</script>
  </head>
  <body id="custom-css" class="">
    <noscript><div class="noscript-wrapper">
      <header class="noscript-header"><a href="/" class="peertube-title">{esc(NAME)}</a>
      <nav><a href="/videos/browse">Khám phá</a> <a href="/c/{CHANNEL[0]}/videos">Kênh Liên minh HTX</a> <a href="/about/instance">Giới thiệu</a> <a href="/login">Đăng nhập</a> <a href="/signup">Tạo tài khoản</a></nav></header>
      <main class="noscript-main">{noscript}</main>
      <footer class="noscript-footer"><a href="{{{{base:offsite}}}}/joinpeertube/">Vận hành bởi PeerTube</a></footer>
    </div></noscript>
    <my-app>
      <div id="incompatible-browser" class="alert alert-danger d-none">{INCOMPATIBLE}</div>
    </my-app>
    <script src="/client/runtime.js" type="module"></script>
    <script src="/client/main.js" type="module"></script>
  </body>
</html>
"""

    def thumb(v: dict) -> str:
        return f"{{{{base}}}}/lazy-static/thumbnails/{v['uuid']}.png"

    def card(v: dict) -> str:
        return (f'<div class="video-miniature"><a href="{v["path"]}" class="video-thumbnail" title="{attr(v["title"])}"><img '
                f'src="{thumb(v)}" alt=""><span class="video-thumbnail-duration-overlay">{v["duration"] // 60}:'
                f'{v["duration"] % 60:02d}</span></a><div class="video-info"><a class="video-miniature-name" href="{v["path"]}">'
                f'{esc(v["title"])}</a><span class="date-toggle">{ago(v["date"])}</span> • <span class="views">{v["views"]} '
                f'lượt xem</span><a class="video-miniature-channel" href="/c/{CHANNEL[0]}">{esc(CHANNEL[1])}</a></div></div>')

    def member(name: str) -> str:
        t = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D")).encode("ascii", "ignore").decode()
        return re.sub(r"[^a-z0-9]+", "", t.lower())

    members = sorted({who for v in videos for who, _ in v["comments"]})
    comment_strings = set()
    for v in videos:
        a = v["art"]
        link = v["path"]
        desc = one_line(v["md"]) if v["md"] else ""
        body = desc_html(a, link) if a else (f"<p>{esc(v['md'])}</p>" if v["md"] else "")
        tags = "".join(f'<a class="tag" href="/search?tagsOneOf={t.replace(" ", "%20")}">{esc(t)}</a> ' for t in v["tags"])
        comments = "".join(
            f'<div class="comment"><a class="comment-account" href="/a/{member(who)}">{esc(who)}</a> '
            f'<span class="comment-date" title="{u(v["date"] + timedelta(days=1, hours=i)):%d/%m/%Y %H:%M}">'
            f'{ago(v["date"] + timedelta(days=1, hours=i))}</span><div class="comment-html"><p>{esc(text)}</p></div></div>'
            for i, (who, text) in enumerate(v["comments"], 1))
        if a:
            comment_strings.update(text for _, text in v["comments"])
        live = '<span class="badge badge-danger">Phát trực tiếp đã kết thúc</span>' if v.get("live") else ""
        nos = (f'<div class="video-info"><h1 class="video-info-name">{esc(v["title"])}</h1>{live}'
               f'<div class="video-info-date-views">{published_line(v["date"])} • {v["views"]} lượt xem</div>'
               f'<div class="video-actions"><span class="likes">{v["likes"]} thích</span> <a href="/videos/embed/{v["uuid"]}">Nhúng</a></div>'
               f'<div class="video-info-channel"><a class="channel" href="/c/{CHANNEL[0]}">{esc(CHANNEL[1])}</a> '
               f'<a class="account" href="/a/admin">admin@{HOST}</a></div>'
               f'<div class="video-info-description"><div class="video-info-description-html">{body}</div></div>'
               f'<div class="video-attributes"><div class="attribute"><span class="attribute-label">Danh mục</span>'
               f'<a class="attribute-value" href="/search?categoryOneOf=11">Tin tức &amp; Chính trị</a></div>'
               f'<div class="attribute"><span class="attribute-label">Giấy phép</span><span class="attribute-value">Ghi công - '
               f'Chia sẻ tương tự</span></div><div class="attribute"><span class="attribute-label">Ngôn ngữ</span>'
               f'<span class="attribute-value">Tiếng Việt</span></div>'
               + (f'<div class="attribute"><span class="attribute-label">Thẻ</span>{tags}</div>' if tags else "")
               + f'<div class="attribute"><span class="attribute-label">Thời lượng</span><span class="attribute-value">'
               f'{duration(v["duration"])}</span></div></div></div>'
               f'<div class="comments"><h2 class="title-page">{len(v["comments"])} Bình luận</h2>{comments}'
               f'<p><a href="/login">Đăng nhập để bình luận</a></p></div>')
        ld = {"@context": ["https://schema.org", {"category": "https://schema.org/category", "license": "https://schema.org/license"}],
              "@type": "VideoObject", "name": v["title"], "description": desc,
              "image": {"@type": "ImageObject", "url": thumb(v), "width": 1280, "height": 720},
              "url": f"{{{{base}}}}{link}", "embedUrl": f"{{{{base}}}}/videos/embed/{v['uuid']}",
              "uploadDate": zulu(v["date"]), "duration": f"PT{v['duration'] // 60}M{v['duration'] % 60}S",
              "iterationCount": v["views"], "thumbnailUrl": thumb(v), "inLanguage": "vi", "category": "Tin tức & Chính trị",
              "license": "Ghi công - Chia sẻ tương tự",
              "interactionStatistic": [{"@type": "InteractionCounter", "interactionType": {"@type": "WatchAction"},
                                        "userInteractionCount": v["views"]}]}
        head = (f'\n    <meta property="og:video:url" content="{{{{base}}}}/videos/embed/{v["uuid"]}" />'
                f'\n    <meta property="og:video:secure_url" content="{{{{base}}}}/videos/embed/{v["uuid"]}" />'
                f'\n    <meta property="og:video:type" content="text/html" />\n    <meta property="og:video:width" content="560" />'
                f'\n    <meta property="og:video:height" content="315" />'
                f'\n    <meta property="twitter:player" content="{{{{base}}}}/videos/embed/{v["uuid"]}" />'
                f'\n    <link rel="alternate" type="application/json+oembed" href="{{{{base}}}}/services/oembed?url={{{{base}}}}'
                f'%2Fw%2F{v["short"]}" title="{attr(v["title"])}" />'
                f'\n    <link rel="alternate" type="application/rss+xml" href="{{{{base}}}}/feeds/video-comments.xml?videoId={v["id"]}" '
                f'title="{attr(v["title"])}" />'
                f'\n    <link rel="canonical" href="{{{{base}}}}{link}" />'
                f'\n    <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
        page = layout(f"{v['title']} - {NAME}", desc or v["title"], link, nos, head, "video", thumb(v))
        site.page(link, page)
        site.same_page(f"/videos/watch/{v['uuid']}", link)
        embed = (f'<!doctype html><html lang="vi"><head><meta charset="UTF-8"><title>{esc(v["title"])} - {esc(NAME)}</title>'
                 f'<meta name="robots" content="noindex"><meta property="og:platform" content="PeerTube" />'
                 f'<link rel="stylesheet" href="/client/standalone/videos/embed.css"></head><body id="custom-css" '
                 f'class="standalone-video-embed"><div id="error-block"><h1 id="error-title"></h1><div id="error-content"></div>'
                 f'</div><div id="video-wrapper"></div><div id="placeholder-preview"></div>'
                 f'<script src="/client/standalone/videos/embed.js" type="module"></script></body></html>')
        site.page(f"/videos/embed/{v['uuid']}", embed)
        site.non_articles.append(f"/videos/embed/{v['uuid']}")
        if a:
            a.aliases.append(f"/videos/watch/{v['uuid']}")
            if a.opts.get("chapters"):
                for line in a.body.split("\n"):
                    if line[:2].isdigit() and line[2] == ":":
                        alias = f"{link}?start={int(line[:2]) * 60 + int(line[3:5])}"
                        site.same_page(alias, link)
                        a.aliases.append(alias)
            for x in a.attachments:
                site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH TRA VINH", "THONG BAO SO 21/TB-LMHTX",
                                                     "Hoi cho san pham HTX tinh Tra Vinh nam 2024"]))
            site.add_article(a)
        else:
            site.non_articles.append(link)
    site.extra_boilerplate += sorted(comment_strings)
    clip = next(v for v in videos if v["art"] is None and not v.get("live"))
    site.trap("the channel's short clips (a title and one sentence) and the live replay: videos, not articles", clip["path"])
    site.trap("/videos/watch/<uuid> answers the same page as /w/<short-uuid> (canonical link to /w/…): an alias",
              f"/videos/watch/{videos[0]['uuid']}")
    site.trap("the player /videos/embed/<uuid> (og:video:url, twitter:player, the oEmbed's iframe): no text, not an "
              "article", f"/videos/embed/{videos[0]['uuid']}")
    oembed = next(v for v in videos if v["art"])
    site.page("/services/oembed", json.dumps({
        "type": "video", "version": "1.0", "title": oembed["title"], "author_name": CHANNEL[1],
        "author_url": f"{{{{base}}}}/c/{CHANNEL[0]}", "provider_name": NAME, "provider_url": "{{base}}",
        "html": f'<iframe width="560" height="315" sandbox="allow-same-origin allow-scripts allow-popups allow-forms" '
                f'title="{oembed["title"]}" src="{{{{base}}}}/videos/embed/{oembed["uuid"]}" style="border: 0px;" '
                f'allow="fullscreen"></iframe>', "width": 560, "height": 315,
        "thumbnail_url": thumb(oembed), "thumbnail_width": 560, "thumbnail_height": 315}, ensure_ascii=False) + "\n",
        content_type="application/json; charset=utf-8")

    # -- listings --------------------------------------------------------------------------------------
    def lists(base: str, title: str, desc: str, items: list[dict], heading: str) -> None:
        pages = max(1, (len(items) + PER - 1) // PER)
        for n in range(1, pages + 1):
            path = base if n == 1 else f"{base}?page={n}"
            nav = "".join(f'<a href="{base if k == 1 else f"{base}?page={k}"}" class="page-link">{k}</a> ' if k != n else
                          f'<span class="page-link active">{k}</span> ' for k in range(1, pages + 1))
            body = (f'<h1 class="title-page">{esc(heading)}</h1><div class="videos">'
                    + "".join(card(v) for v in items[(n - 1) * PER:n * PER]) + "</div>"
                    + (f'<div class="pagination">{nav}</div>' if pages > 1 else ""))
            site.page(path, layout(title, desc, path, body))
            site.non_articles.append(path)

    chan_feed = (f'\n    <link rel="alternate" type="application/rss+xml" href="{{{{base}}}}/feeds/videos.xml?videoChannelId={cid}" '
                 f'title="{attr(CHANNEL[1])}" />')
    site.page(f"/c/{CHANNEL[0]}", layout(f"{CHANNEL[1]} - {NAME}", CHANNEL[3], f"/c/{CHANNEL[0]}",
                                          f'<h1 class="title-page">{esc(CHANNEL[1])}</h1><p>{esc(CHANNEL[3])}</p>'
                                          f'<p>{len(videos)} video</p><a href="/c/{CHANNEL[0]}/videos">Video</a> '
                                          f'<a href="/a/admin">admin@{HOST}</a>', chan_feed, "profile"),
              content_type="text/html; charset=utf-8")
    site.non_articles.append(f"/c/{CHANNEL[0]}")
    lists(f"/c/{CHANNEL[0]}/videos", f"{CHANNEL[1]} - {NAME}", CHANNEL[3], videos, CHANNEL[1])
    lists("/a/admin/videos", f"admin - {NAME}", "Tài khoản quản trị", videos, "Video của admin")
    site.page("/a/admin", layout(f"admin - {NAME}", "Tài khoản quản trị", "/a/admin",
                                 f'<h1 class="title-page">admin</h1><p>admin@{HOST}</p><a href="/c/{CHANNEL[0]}">'
                                 f'{esc(CHANNEL[1])}</a> <a href="/a/admin/videos">Video</a>', "", "profile"),
              content_type="text/html; charset=utf-8")
    site.non_articles.append("/a/admin")
    for who in members:
        path = f"/a/{member(who)}"
        site.page(path, layout(f"{who} - {NAME}", INSTANCE_DESC, path, f'<h1 class="title-page">{esc(who)}</h1>'
                               f"<p>{member(who)}@{HOST}</p>", "", "profile"))
        site.non_articles.append(path)
    site.trap("the channel's list /c/htxtravinh/videos and the account's /a/admin/videos (20 a page, newest first): "
              "?page=2 holds the oldest news video", f"/c/{CHANNEL[0]}/videos?page=2")
    lists("/videos/browse", f"Khám phá - {NAME}", INSTANCE_DESC, videos[:PER], "Mới đăng")
    site.page("/", layout(NAME, INSTANCE_DESC, "/", '<h1 class="title-page">Mới đăng</h1><div class="videos">'
                          + "".join(card(v) for v in videos[:8]) + '</div><a href="/videos/browse">Xem thêm</a>'))
    site.non_articles.append("/")
    for t in sorted({t for v in videos for t in v["tags"]}):
        path = f"/search?tagsOneOf={t.replace(' ', '%20')}"
        found = [v for v in videos if t in v["tags"]]
        site.page(path, layout(f"Tìm kiếm - {NAME}", INSTANCE_DESC, path, f'<h1 class="title-page">Thẻ: {esc(t)}</h1>'
                               + "".join(card(v) for v in found)))
        site.non_articles.append(path)
    site.page("/search?categoryOneOf=11", layout(f"Tìm kiếm - {NAME}", INSTANCE_DESC, "/search?categoryOneOf=11",
                                                 '<h1 class="title-page">Tin tức &amp; Chính trị</h1>'
                                                 + "".join(card(v) for v in videos[:PER])))
    site.non_articles.append("/search?categoryOneOf=11")
    site.trap("tag and category searches /search?tagsOneOf=<tag>, /search?categoryOneOf=11: lists", "/search?categoryOneOf=11")
    for path, head, body in [("/about/instance", "Giới thiệu", f"<p>{esc(INSTANCE_DESC)}</p>"),
                             ("/login", "Đăng nhập", '<form><input name="username"><input type="password" name="password"></form>'),
                             ("/signup", "Tạo tài khoản", '<form><input name="username"><input name="email"></form>')]:
        site.page(path, layout(f"{head} - {NAME}", INSTANCE_DESC, path, f'<h1 class="title-page">{head}</h1>{body}'))
        site.non_articles.append(path)
    site.static("/robots.txt", "User-agent: *\nDisallow:\n")

    # -- feeds, sitemap ------------------------------------------------------------------------------------
    def item(v: dict) -> str:
        html = desc_html(v["art"], v["path"]) if v["art"] else f"<p>{esc(v['md'])}</p>"
        return (f"<item><title><![CDATA[{v['title']}]]></title><link>{{{{base}}}}{v['path']}</link>"
                f"<guid>{{{{base}}}}{v['path']}</guid><pubDate>{u(v['date']):%a, %d %b %Y %H:%M:%S} GMT</pubDate>"
                f"<description><![CDATA[{html}]]></description><content:encoded><![CDATA[{html}]]></content:encoded>"
                f'<dc:creator>{esc(CHANNEL[1])}</dc:creator><media:title type="plain">{esc(v["title"])}</media:title>'
                f'<media:thumbnail url="{thumb(v)}" height="720" width="1280"/>'
                f'<media:player url="{{{{base}}}}/videos/embed/{v["uuid"]}"/></item>')

    feed = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" '
            'xmlns:media="http://search.yahoo.com/mrss/"><channel>'
            f"<title>{esc(CHANNEL[1])}</title><link>{{{{base}}}}/c/{CHANNEL[0]}</link><description>{esc(CHANNEL[3])}</description>"
            f"<lastBuildDate>{u(NOW):%a, %d %b %Y %H:%M:%S} GMT</lastBuildDate><generator>PeerTube - {{{{base}}}}</generator>"
            + "".join(item(v) for v in videos[:PER]) + "</channel></rss>\n")
    site.page(f"/feeds/videos.xml?videoChannelId={cid}", feed, content_type="application/rss+xml; charset=utf-8")
    for v in videos:
        cs = "".join(f"<item><title><![CDATA[{v['title']} - {who}]]></title><link>{{{{base}}}}{v['path']};threadId={i}</link>"
                     f"<description><![CDATA[<p>{text}</p>]]></description></item>"
                     for i, (who, text) in enumerate(v["comments"], 1))
        site.page(f"/feeds/video-comments.xml?videoId={v['id']}",
                  '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
                  f"<title>{esc(v['title'])}</title><link>{{{{base}}}}{v['path']}</link>{cs}</channel></rss>\n",
                  content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /feeds/videos.xml?videoChannelId=3 (the 20 newest, pubDate in GMT, the description as HTML) and "
              "/feeds/video-comments.xml?videoId=N", f"/feeds/videos.xml?videoChannelId={cid}")
    urls = ([f"<url><loc>{{{{base}}}}{v['path']}</loc><video:video><video:thumbnail_loc>{thumb(v)}</video:thumbnail_loc>"
             f"<video:title>{esc(v['title'])}</video:title><video:description>{esc(one_line(v['md']) or v['title'])}"
             f"</video:description><video:player_loc>{{{{base}}}}/videos/embed/{v['uuid']}</video:player_loc>"
             f"<video:duration>{v['duration']}</video:duration><video:view_count>{v['views']}</video:view_count>"
             f"</video:video></url>" for v in videos]
            + [f"<url><loc>{{{{base}}}}/c/{CHANNEL[0]}</loc></url>", "<url><loc>{{base}}/a/admin</loc></url>"])
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">' + "".join(urls) + "</urlset>\n",
              content_type="application/xml; charset=utf-8")
    site.trap("the site map /sitemap.xml (every video with video:title and video:description, the channel, the account)",
              "/sitemap.xml")
    site.binary("/client/assets/images/favicon.png", b"\x89PNG\r\n\x1a\n")
    site.static("/manifest.webmanifest", '{"name": "Video HTX Trà Vinh", "start_url": "/"}\n')
    site.static("/opensearch.xml", '<?xml version="1.0"?><OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">'
                f"<ShortName>{NAME}</ShortName></OpenSearchDescription>\n")
    return site
