"""Site `congdong-htxphuyen` (registry family `generic`): "Cộng đồng HTX Phú Yên", the social site of the Phú Yên
cooperative alliance on **JomSocial 4.7 on Joomla 3.10** (a Protostar-based template made by the local web company;
the vi-VN language packs of Joomla and JomSocial; Global Configuration: SEF URLs on, URL rewriting on, website time
zone Asia/Ho_Chi_Minh; JomSocial: 5 discussions a page, the groups' discussions ordered by last reply; the copy is of
Wednesday 12 March 2025, 09:00, before the province merged into Đắk Lắk). The office and its staff post the alliance's
news as **discussions** of the group "Liên minh HTX tỉnh Phú Yên" and its notices as the group's **bulletins**
("Thông báo" of the group); members reply on the discussion's wall and like. Written as a held-out test: no family
module, no selectors.

URL shapes (the menu item "Cộng đồng" is `/cong-dong`): a discussion
`/cong-dong/groups/2-lien-minh-htx-tinh-phu-yen/discussions/<topicid>-<slug>`; the same page as
`/index.php/cong-dong/groups/viewdiscussion?groupid=2&topicid=<topicid>` (how the "Thảo luận mới" module in the right
column links it: no Itemid of its own, the router leaves the task's variables in the query): an alias; a bulletin
`/cong-dong/groups/2-lien-minh-htx-tinh-phu-yen/announcements/<bulletinid>-<slug>` and its non-SEF
`/index.php?option=com_community&view=groups&task=viewbulletin&groupid=2&bulletinid=5&Itemid=105` (the home page's
"Thông báo mới" module): an alias; the group `/cong-dong/groups/2-lien-minh-htx-tinh-phu-yen`, its discussions
`…/discussions` and `…/discussions?limitstart=5`, its bulletins `…/announcements`, its members `…/members`; the other
group (members' questions: not news) `/cong-dong/groups/3-hoi-dap-htx`; the group list `/cong-dong/groups`; the
frontpage with the activity stream `/cong-dong`; profiles `/cong-dong/profile/<userid>-<slug>`; the members
`/cong-dong/members`; the discussions' feed `…/discussions?format=feed&type=rss`; Joomla's pages `/`,
`/gioi-thieu`, `/lien-he`; the login `/component/users/?view=login` and JomSocial's `/cong-dong/register`
(robots.txt disallows both, after Joomla's default lines); the notice's PDF in Joomla's `/images/van-ban/`.

Why it is hard: three layers of furniture: the Joomla template (the banner's date "Thứ Tư, 12/03/2025", the main
menu, breadcrumbs "Bạn đang ở:", the right column's modules "Thảo luận mới" and "Thống kê truy cập", the footer), the
JomSocial toolbar (`div.joms-toolbar--desktop`: "Trang chủ cộng đồng", "Thành viên", "Nhóm", "Sự kiện", "Đăng
nhập"), the group's header (cover, name, "12 thành viên"). The discussion's title is `h3.joms-page__title` (no
`<h1>`: the template's brand is a `<span>`); the starter's header `div.joms-comment__header` gives the name and the
time in Joomla's DATE_FORMAT_LC2 in Vietnamese ("Thứ Ba, 04 Tháng 3 2025 00:25"); the post is `div.joms-text`
(paragraphs, `<h3>`, lists, a table, images with an `<em>` caption paragraph), then "Thích" with "5 người thích
điều này", "Chia sẻ", "Báo cáo" and the wall ("Phản hồi": members' replies with relative ages "2 ngày trước" and
the exact time in a `title` tooltip): never text. The activity stream prints only relative ages with tooltips; the
feed gives GMT (`+0000`): the discussion of 00:25 on 4 March reads "Mon, 03 Mar 2025 17:25:00 +0000". The author is the
starter when a person; "Super User" (Joomla's first account), the office account "Văn phòng Liên minh HTX" and a
member cooperative's account are not; a closing byline overrides. The group's discussion list sorts by last reply:
the oldest news (no reply) is only on `…/discussions?limitstart=5`.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, table_html

SITE = "congdong-htxphuyen"
NAME = "Liên minh HTX tỉnh Phú Yên"
SITENAME = "Cộng đồng HTX Phú Yên"
NOW = datetime(2025, 3, 12, 9, 0)
PER = 5
GROUP = (2, "Liên minh HTX tỉnh Phú Yên", "lien-minh-htx-tinh-phu-yen")
QGROUP = (3, "Hỏi đáp HTX", "hoi-dap-htx")
G = f"/cong-dong/groups/{GROUP[0]}-{GROUP[2]}"
USERS = {42: "Super User", 57: "Văn phòng Liên minh HTX", 63: "Nguyễn Thị Mai Hương", 71: "HTX Dịch vụ nghề cá Sông Cầu",
         88: "Phan Văn Tài", 93: "Lê Thị Bích Trâm", 97: "HTX Nông nghiệp Hòa An"}
UID = {v: k for k, v in USERS.items()}
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
BANNER = "Thứ Tư, 12/03/2025"
COPY = "Bản quyền © 2025 Liên minh Hợp tác xã tỉnh Phú Yên"
ADDRESS = "Địa chỉ: 65 Lê Duẩn, phường 7, TP Tuy Hòa, tỉnh Phú Yên - Điện thoại: 0257.3842.517"
STATUS = (datetime(2025, 3, 8, 7, 30), "Nhân Ngày Quốc tế Phụ nữ 8/3, Liên minh HTX tỉnh chúc các chị em cán bộ, thành "
          "viên HTX luôn mạnh khỏe, hạnh phúc và thành công!")
FURN = [BANNER, COPY, ADDRESS, "Bạn đang ở:", "Trang chủ cộng đồng", "Thảo luận mới", "Thống kê truy cập",
        "Đang truy cập: 9", "Tổng lượt truy cập: 184.302", "Phản hồi", "Bạn cần đăng nhập để phản hồi",
        "Chia sẻ", "người thích điều này", "12 thành viên", "Lên đầu trang"]


def slug(title: str) -> str:
    t = title.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def lc2(d: datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {d:%d} Tháng {d.month} {d:%Y %H:%M}"


def lapse(d: datetime) -> str:
    """JomSocial's CTimeHelper::timeLapse, as the vi-VN pack words it."""
    s = (NOW - d).total_seconds()
    if s < 3600:
        return f"{int(s // 60)} phút trước"
    if s < 86400:
        return f"{int(s // 3600)} giờ trước"
    if s < 7 * 86400:
        return f"{int(s // 86400)} ngày trước"
    if s < 30 * 86400:
        return f"{int(s // (7 * 86400))} tuần trước"
    return f"{int(s // (30 * 86400))} tháng trước"


def ago(d: datetime) -> str:
    return f'<small title="{lc2(d)}">{lapse(d)}</small>'


def profile(uid: int) -> str:
    return f"/cong-dong/profile/{uid}-{slug(USERS[uid])}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 05/TB-LMHTX về việc đăng ký tham gia Chương trình hỗ trợ HTX chuyển đổi số năm 2025",
          body="""
LIÊN MINH HTX TỈNH PHÚ YÊN
Số: 05/TB-LMHTX
Phú Yên, ngày 05 tháng 3 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Chương trình hỗ trợ HTX chuyển đổi số năm 2025
Năm 2025, Liên minh HTX tỉnh hỗ trợ 20 HTX xây dựng phần mềm quản lý, gian hàng trên sàn thương mại điện tử và tem truy xuất nguồn gốc.
HTX đăng ký tham gia gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 31/3/2025.
Ưu tiên các HTX có sản phẩm OCOP và HTX do phụ nữ, thanh niên làm giám đốc.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Hòa
""", author=None, doc_number="05/TB-LMHTX",
          attachments=[{"path": "/images/van-ban/TB-05-LMHTX-2025.pdf", "text": "TB-05-LMHTX-2025.pdf"}],
          opts={"kind": "bulletin", "by": 57, "id": 5},
          notes=["a group bulletin (the group's 'Thông báo'): 'Số: 05/TB-LMHTX' dated 05/3 in its text, posted 'Thứ Năm, "
                 "06 Tháng 3 2025 10:15'; by the office account: no author; the signer is text; the PDF uploaded to Joomla's "
                 "/images/van-ban/ and linked in its own paragraph is an attachment, not text; the home page's 'Thông "
                 "báo mới' module links it non-SEF (index.php?option=com_community&view=groups&task=viewbulletin&…): an "
                 "alias"],
          **at(datetime(2025, 3, 6, 10, 15))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Hòa Quang Nam",
          body="""
Chiều 3/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Hòa Quang Nam (huyện Phú Hòa).
HTX hiện có 2.150 thành viên, cung ứng dịch vụ thủy lợi, làm đất, giống lúa và vật tư nông nghiệp.
Năm 2024, doanh thu của HTX đạt 9,2 tỷ đồng, lãi 520 triệu đồng.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng cánh đồng lớn sản xuất lúa giống liên kết với doanh nghiệp.
""", author=None,
          opts={"kind": "discussion", "by": 42, "likes": 3,
                "replies": [(88, "HTX Hòa Quang Nam làm dịch vụ tốt, nông dân rất tin tưởng.")]},
          notes=["posted at 00:25 on 4 March about the afternoon of 3/3 ('Thứ Ba, 04 Tháng 3 2025 00:25' in the starter's "
                 "header); the feed gives GMT: 'Mon, 03 Mar 2025 17:25:00 +0000' (the previous day); the stream says '1 "
                 "tuần trước' with the tooltip; started by 'Super User' (Joomla's first account): no author"],
          **at(datetime(2025, 3, 4, 0, 25))),
        A(path="", title="Ảnh: HTX Nông nghiệp Sơn Thành vào vụ thu hoạch mía",
          body="""
Cuối tháng 2, các thành viên HTX Nông nghiệp Sơn Thành (huyện Tây Hòa) thu hoạch 180 ha mía niên vụ 2024-2025.
[img son-thanh-1.jpg] Thành viên HTX thu hoạch mía trên cánh đồng liên kết
[img son-thanh-2.jpg] Xe của nhà máy đường vào tận ruộng thu mua mía cho HTX
[img son-thanh-3.jpg] Cán bộ HTX kiểm tra chữ đường tại điểm cân mía
Năng suất mía bình quân đạt 72 tấn/ha, giá thu mua 1,1 triệu đồng/tấn.
""", byline="Bài, ảnh: Lê Văn Thuận", author="Lê Văn Thuận",
          opts={"kind": "discussion", "by": 63, "likes": 6,
                "replies": [(93, "Năm nay mía được giá, bà con phấn khởi quá."), (97, "Chúc mừng HTX Sơn Thành!")]},
          notes=["photo story: each photo a <p><img></p>, its caption the next <p><em> (one line each); started by Nguyễn "
                 "Thị Mai Hương but 'Bài, ảnh: Lê Văn Thuận' closes it -> Lê Văn Thuận"],
          **at(datetime(2025, 2, 27, 15, 10))),
        A(path="", title="Tình hình phát triển HTX tỉnh Phú Yên năm 2024",
          body="""
Năm 2024, kinh tế tập thể tỉnh Phú Yên tiếp tục phát triển; nhiều HTX mở rộng liên kết tiêu thụ sản phẩm.
| Chỉ tiêu | Đơn vị | Năm 2024 | Năm 2023 |
| HTX đang hoạt động | HTX | 196 | 188 |
| HTX thành lập mới | HTX | 14 | 11 |
| Thành viên HTX | người | 78.420 | 77.960 |
| Doanh thu bình quân một HTX | triệu đồng | 2.640 | 2.410 |
Năm 2025, tỉnh phấn đấu thành lập mới 15 HTX, trong đó có ít nhất 3 HTX ứng dụng công nghệ cao.
""", author="Nguyễn Thị Mai Hương",
          opts={"kind": "discussion", "by": 63, "likes": 5,
                "replies": [(88, "Số liệu rất hữu ích, cảm ơn chị Hương."),
                            (97, "HTX Hòa An đăng ký tham gia chỉ tiêu HTX công nghệ cao năm nay."),
                            (63, "Anh liên hệ Văn phòng Liên minh để được hướng dẫn nhé.")]},
          notes=["a table (thead th, tbody td): one line per row; started by Nguyễn Thị Mai Hương (a staff member), no "
                 "byline: she is the author; its last reply (10/3) puts it first in the group's discussion list"],
          **at(datetime(2025, 2, 18, 9, 40))),
        A(path="", title="Hướng dẫn HTX lập hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX",
          body="""
Quỹ hỗ trợ phát triển HTX tỉnh cho các HTX vay vốn với lãi suất ưu đãi để đầu tư sản xuất, kinh doanh.
## Hồ sơ vay vốn gồm
* Giấy đề nghị vay vốn theo mẫu của Quỹ;
* Phương án sản xuất kinh doanh có hiệu quả;
* Báo cáo tài chính năm gần nhất của HTX;
* Nghị quyết của Hội đồng quản trị về việc vay vốn;
* Hồ sơ tài sản bảo đảm (nếu có).
Hồ sơ nộp tại Quỹ hỗ trợ phát triển HTX, số 65 Lê Duẩn, TP Tuy Hòa.
""", byline="Trần Minh Khoa - Quỹ Hỗ trợ phát triển HTX", author="Trần Minh Khoa",
          opts={"kind": "discussion", "by": 42, "likes": 2, "replies": [(88, "Cho hỏi mức vay tối đa là bao nhiêu ạ?")]},
          notes=["an <h3> and a bulleted list (one line each); started by 'Super User' but 'Trần Minh Khoa - Quỹ Hỗ trợ phát "
                 "triển HTX' closes it -> Trần Minh Khoa"],
          **at(datetime(2025, 2, 5, 14, 0))),
        A(path="", title="HTX Thủy sản Xuân Thịnh nuôi tôm hùm theo hướng bền vững",
          body="""
HTX Thủy sản Xuân Thịnh (thị xã Sông Cầu) hướng dẫn 85 hộ thành viên nuôi tôm hùm lồng bằng vật liệu HDPE.
Lồng HDPE chịu được sóng gió, giúp người nuôi giảm thiệt hại khi mưa bão.
HTX liên kết với doanh nghiệp cung ứng thức ăn công nghiệp, giảm dần thức ăn tươi gây ô nhiễm vùng nuôi.
""", byline="Theo Báo Phú Yên", author=None,
          opts={"kind": "discussion", "by": 71, "likes": 4, "replies": []},
          notes=["started by a member cooperative's account (HTX Dịch vụ nghề cá Sông Cầu) and closed by 'Theo Báo Phú Yên': "
                 "a reprint, no author"],
          **at(datetime(2025, 1, 21, 16, 30))),
        A(path="", title="HTX Nông nghiệp An Mỹ sản xuất rau an toàn theo chuỗi",
          body="""
HTX Nông nghiệp An Mỹ (huyện Tuy An) đang sản xuất 25 ha rau an toàn theo chuỗi liên kết với các bếp ăn tập thể.
HTX đầu tư hệ thống tưới nhỏ giọt và nhà lưới, giúp rau sinh trưởng tốt trong mùa mưa.
Mỗi ngày HTX cung ứng khoảng 2 tấn rau cho các trường học và siêu thị ở TP Tuy Hòa.
""", byline="Võ Thị Kim Ngân", author="Võ Thị Kim Ngân",
          opts={"kind": "discussion", "by": 63, "likes": 1, "replies": []},
          notes=["started by Nguyễn Thị Mai Hương but the bare name 'Võ Thị Kim Ngân' closes it: the author; on the group's "
                 "discussion list only on ?limitstart=5"],
          **at(datetime(2025, 1, 10, 8, 50))),
        A(path="", title="Liên minh HTX tỉnh Phú Yên tổng kết công tác năm 2024",
          body="""
Ngày 26/12, Liên minh HTX tỉnh Phú Yên tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.jpg] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 14 HTX, tổ chức 8 lớp tập huấn cho 470 lượt cán bộ HTX.
""", byline="Tin, ảnh: Huỳnh Tấn Lộc", author="Huỳnh Tấn Lộc",
          opts={"kind": "discussion", "by": 57, "likes": 2, "replies": []},
          notes=["the oldest news: only on the group's discussion list page 2 (…/discussions?limitstart=5) and the feed; not "
                 "in the stream nor 'Thảo luận mới'; 'Tin, ảnh: Huỳnh Tấn Lộc' -> author"],
          **at(datetime(2024, 12, 27, 15, 0))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            out.append(table_html(b, css="table table-bordered"))
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="/images/com_community/photos/{a.opts["by"]}/{b.src}" '
                       f'alt="" width="600" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "phu-yen", f"{SITENAME} (JomSocial 4 / Joomla 3)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}%s/discussions?format=feed&type=rss" % (SITE, G)])
    site.extra_boilerplate += FURN
    plain_page = site.page

    def page(path: str, content: str, **kw) -> None:
        """Joomla's SEF paths have no extension and nest (`…/discussions` and `…/discussions/12-slug`): every page is a
        route, never a plain file."""
        kw.setdefault("content_type", "text/html; charset=utf-8")
        plain_page(path, content, **kw)

    site.page = page
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    discs = [a for a in arts if a.opts["kind"] == "discussion"]
    bulletin = next(a for a in arts if a.opts["kind"] == "bulletin")
    for i, a in enumerate(sorted(discs, key=lambda a: a.date)):
        a.opts["id"] = 12 + i * 2
    for a in discs:
        a.path = f"{G}/discussions/{a.opts['id']}-{slug(a.title)}"
        a.opts["replies"] = [(uid, text, a.date + timedelta(days=1 + 2 * k, hours=3, minutes=11 * k + 4))
                             for k, (uid, text) in enumerate(a.opts["replies"])]
        a.opts["last"] = a.opts["replies"][-1][2] if a.opts["replies"] else a.date
    table = next(a for a in discs if "| Chỉ tiêu" in a.body)
    table.opts["replies"][-1] = (*table.opts["replies"][-1][:2], datetime(2025, 3, 10, 16, 20))
    table.opts["last"] = datetime(2025, 3, 10, 16, 20)
    bulletin.path = f"{G}/announcements/{bulletin.opts['id']}-{slug(bulletin.title)}"
    question = {"id": 26, "title": "Hỏi về điều kiện kết nạp thành viên HTX", "by": 88,
                "date": datetime(2025, 3, 8, 19, 45),
                "text": "HTX chúng tôi muốn kết nạp thêm thành viên là hộ kinh doanh ở xã bên cạnh thì có được không?",
                "replies": [(57, "Theo Luật Hợp tác xã năm 2023, hộ gia đình, cá nhân có nhu cầu hợp tác đều có thể trở thành "
                                 "thành viên nếu tán thành điều lệ HTX.", datetime(2025, 3, 9, 8, 30))]}
    qpath = f"/cong-dong/groups/{QGROUP[0]}-{QGROUP[2]}/discussions/{question['id']}-{slug(question['title'])}"
    comment_strings = set()
    module_discs = sorted(discs, key=lambda a: a.date, reverse=True)[:4]

    def module_href(a: RichArticle) -> str:
        return f"/index.php/cong-dong/groups/viewdiscussion?groupid={GROUP[0]}&topicid={a.opts['id']}"

    def layout(title: str, crumbs: list[tuple[str, str]], content: str, *, feed: str | None = None) -> str:
        crumb = "".join(f'<li><a href="{href}" class="pathway">{esc(n)}</a><span class="divider">»</span></li>'
                        if href else f'<li class="active"><span>{esc(n)}</span></li>'
                        for n, href in [("Trang chủ", "/"), *crumbs])
        alt = (f'\n  <link href="{feed}" rel="alternate" type="application/rss+xml" title="RSS 2.0" />' if feed else "")
        mod = "".join(f'<li><a href="{attr(module_href(a))}">{esc(a.title)}</a></li>' for a in module_discs)
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <meta charset="utf-8" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{esc(title)} - {esc(SITENAME)}</title>{alt}
  <link href="/templates/lmhtx/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link href="/components/com_community/templates/jomsocial/assets/css/style.css" rel="stylesheet" />
  <link href="/templates/lmhtx/css/template.css" rel="stylesheet" />
  <script src="/media/jui/js/jquery.min.js"></script>
  <script src="/components/com_community/assets/release/js/bundle.js"></script>
</head>
<body class="site com_community view-groups no-layout no-task itemid-105">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix">
<a class="brand pull-left" href="/"><img src="/images/logo-lmhtx.png" alt="{attr(NAME)}" /><span class="site-title">{esc(NAME)}</span></a>
<div class="header-search pull-right"><div class="moduletable"><div class="custom"><p class="today">{BANNER}</p></div></div></div>
</div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">
<li class="item-101 default"><a href="/">Trang chủ</a></li><li class="item-102"><a href="/gioi-thieu">Giới thiệu</a></li><li class="item-105 current active"><a href="/cong-dong">Cộng đồng</a></li><li class="item-106"><a href="/lien-he">Liên hệ</a></li></ul></nav>
<div class="moduletable"><div aria-label="Breadcrumbs" role="navigation"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li>{crumb}</ul></div></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div id="community-wrap" class="jomsocial-wrapper on-lmhtx ltr cols-1">
<div class="jomsocial">
<div class="joms-toolbar--desktop"><ul>
<li class="joms-toolbar--home"><a href="/cong-dong"><svg viewBox="0 0 16 16" class="joms-icon"><use xlink:href="#joms-icon-home"></use></svg> Trang chủ cộng đồng</a></li>
<li><a href="/cong-dong/members">Thành viên</a></li><li><a href="/cong-dong/groups">Nhóm</a></li><li><a href="/cong-dong/events">Sự kiện</a></li>
<li class="joms-right"><a href="/component/users/?view=login&amp;Itemid=105">Đăng nhập</a></li></ul></div>
{content}
</div></div>
</main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">Thảo luận mới</h3><ul class="joms-list mod-latest-discussion">{mod}</ul></div>
<div class="well "><h3 class="page-header">Thống kê truy cập</h3><ul class="mod-counter"><li>Đang truy cập: 9</li><li>Hôm nay: 212</li><li>Tổng lượt truy cập: 184.302</li></ul></div>
</div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr />
<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p>
<p>{COPY}</p><p>{esc(ADDRESS)}</p>
</div></footer>
</body>
</html>
"""

    def group_head(g: tuple) -> str:
        gid, gname, gslug = g
        return (f'<div class="joms-focus"><div class="joms-focus__cover"><img src="/images/avatar/groups/cover-{gid}.jpg" '
                f'alt="" /></div><div class="joms-focus__header"><div class="joms-avatar--focus"><img src="/images/avatar/'
                f'groups/thumb_{gid}.jpg" alt="" /></div><div class="joms-focus__title"><h2><a href="/cong-dong/groups/'
                f'{gid}-{gslug}">{esc(gname)}</a></h2><div class="joms-focus__header__actions"><a href="/cong-dong/groups/'
                f'{gid}-{gslug}/members">12 thành viên</a></div></div></div><ul class="joms-focus__link"><li><a href="'
                f'/cong-dong/groups/{gid}-{gslug}/discussions">Thảo luận</a></li>'
                + (f'<li><a href="{G}/announcements">Thông báo</a></li>' if gid == GROUP[0] else "") + "</ul></div>")

    def avatar(uid: int, css: str = "joms-avatar--comment") -> str:
        return (f'<div class="{css}"><a href="{profile(uid)}"><img src="/images/avatar/thumb_{uid}.jpg" '
                f'alt="{attr(USERS[uid])}" data-author="{uid}" /></a></div>')

    def wall(replies: list) -> str:
        items = "".join(
            f'<div class="joms-comment__item joms-js--comment" data-id="{1000 + i}">{avatar(uid)}<div class="joms-comment__body">'
            f'<a class="joms-comment__user" href="{profile(uid)}">{esc(USERS[uid])}</a> <span class="joms-js--comment-content">'
            f'{esc(text)}</span><span class="joms-comment__time">{ago(when)}</span></div></div>'
            for i, (uid, text, when) in enumerate(replies))
        return (f'<div class="joms-comment__list"><h4 class="joms-text--title">Phản hồi</h4><div class="joms-comment">{items}'
                '</div><p class="joms-alert">Bạn cần đăng nhập để phản hồi</p></div>')

    def post_page(a: RichArticle, gname: str, kind_label: str, list_href: str, likes: int, replies: list) -> str:
        uid = a.opts["by"]
        like = (f'<div class="joms-stream__actions"><a href="javascript:" class="joms-button--liked" onclick="joms.api.'
                f'pageLike(\'discussion\', {a.opts["id"]})">Thích</a> <span class="joms-like__count">{likes} người thích điều '
                f'này</span> <a href="javascript:" onclick="joms.api.pageShare()">Chia sẻ</a> <a href="javascript:" onclick='
                f'"joms.api.pageReport()">Báo cáo</a></div>') if likes else (
                '<div class="joms-stream__actions"><a href="javascript:" onclick="joms.api.pageShare()">Chia sẻ</a> <a href="'
                'javascript:" onclick="joms.api.pageReport()">Báo cáo</a></div>')
        return f"""{group_head(GROUP)}
<div class="joms-page">
<div class="joms-list__search"><div class="joms-list__search-title"><h3 class="joms-page__title">{esc(a.title)}</h3></div>
<div class="joms-list__utilities"><a class="joms-button--neutral joms-button--small" href="{list_href}">{kind_label}</a></div></div>
<div class="joms-comment__header">{avatar(uid)}<div class="joms-comment__body"><a class="joms-comment__user" href="{profile(uid)}">{esc(USERS[uid])}</a><br /><span class="joms-comment__time"><small>{lc2(a.date)}</small></span></div></div>
<div class="joms-gap"></div>
<div class="joms-text">{body_html(a)}</div>
<div class="joms-gap"></div>
{like}
{wall(replies) if a.opts["kind"] == "discussion" else ""}
</div>"""

    for a in arts:
        if a.opts["kind"] == "discussion":
            content = post_page(a, GROUP[1], "Quay lại danh sách thảo luận", f"{G}/discussions", a.opts["likes"],
                                a.opts["replies"])
            site.page(a.path, layout(a.title, [("Cộng đồng", "/cong-dong"), ("Nhóm", "/cong-dong/groups"),
                                               (GROUP[1], G), ("Thảo luận", f"{G}/discussions"), (a.title, "")], content,
                                     feed=f"{G}/discussions?format=feed&amp;type=rss"))
            alias = module_href(a)
            site.same_page(alias, a.path)
            a.aliases.append(alias)
            comment_strings.update(text for _, text, _ in a.opts["replies"])
        else:
            content = post_page(a, GROUP[1], "Quay lại danh sách thông báo", f"{G}/announcements", 0, [])
            site.page(a.path, layout(a.title, [("Cộng đồng", "/cong-dong"), ("Nhóm", "/cong-dong/groups"),
                                               (GROUP[1], G), ("Thông báo", f"{G}/announcements"), (a.title, "")], content))
            alias = (f"/index.php?option=com_community&view=groups&task=viewbulletin&groupid={GROUP[0]}"
                     f"&bulletinid={a.opts['id']}&Itemid=105")
            site.same_page(alias, a.path)
            a.aliases.append(alias)
            for x in a.attachments:
                site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH PHU YEN", "THONG BAO SO 05/TB-LMHTX"]))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/images/com_community/photos/{a.opts['by']}/{b.src}", image_for(b.src))
        site.add_article(a)
    site.extra_boilerplate += sorted(comment_strings)
    site.trap("every discussion also answers at /index.php/cong-dong/groups/viewdiscussion?groupid=2&topicid=N (the right "
              "column's 'Thảo luận mới' module links the 4 newest so): an alias", module_href(module_discs[0]))
    site.trap("the wall under a discussion ('Phản hồi': members' replies with '2 ngày trước' and a title tooltip), the "
              "likes line '5 người thích điều này' and the group header ('12 thành viên'): not text", table.path)

    # the members' question (another group): not news
    qa = RichArticle(path=qpath, title=question["title"], date=question["date"], body=question["text"],
                     opts={"by": question["by"], "id": question["id"], "kind": "discussion"})
    content = post_page(qa, QGROUP[1], "Quay lại danh sách thảo luận", f"/cong-dong/groups/{QGROUP[0]}-{QGROUP[2]}/discussions",
                        0, question["replies"]).replace(group_head(GROUP), group_head(QGROUP))
    site.page(qpath, layout(question["title"], [("Cộng đồng", "/cong-dong"), ("Nhóm", "/cong-dong/groups"),
                                                (QGROUP[1], f"/cong-dong/groups/{QGROUP[0]}-{QGROUP[2]}"),
                                                (question["title"], "")], content))
    site.non_articles.append(qpath)
    site.trap("a member's question in the group 'Hỏi đáp HTX' (the office answers on its wall): a discussion, not news",
              qpath)

    # group pages
    def disc_row(a: RichArticle) -> str:
        n = len(a.opts["replies"])
        last = (f'<span class="joms-block"><small>Phản hồi cuối bởi <a href="{profile(a.opts["replies"][-1][0])}">'
                f'{esc(USERS[a.opts["replies"][-1][0]])}</a> {ago(a.opts["last"])}</small></span>') if n else ""
        return (f'<li class="joms-list__item">{avatar(a.opts["by"], "joms-list__avatar")}<div class="joms-list__body"><h4 '
                f'class="reset-gap"><a href="{a.path}">{esc(a.title)}</a></h4><span class="joms-block"><small>Bắt đầu bởi '
                f'<a href="{profile(a.opts["by"])}">{esc(USERS[a.opts["by"]])}</a> {ago(a.date)}</small></span>{last}'
                f'<span class="joms-block"><small>{n} phản hồi</small></span></div></li>')

    by_last = sorted(discs, key=lambda a: a.opts["last"], reverse=True)
    pages = [by_last[i:i + PER] for i in range(0, len(by_last), PER)]
    for n, chunk in enumerate(pages):
        path = f"{G}/discussions" + (f"?limitstart={n * PER}" if n else "")
        pager = '<div class="joms-pagination"><ul class="pagination-list">' + "".join(
            f'<li class="active"><span>{k + 1}</span></li>' if k == n else
            f'<li><a href="{G}/discussions{"?limitstart=%d" % (k * PER) if k else ""}">{k + 1}</a></li>'
            for k in range(len(pages))) + "</ul></div>"
        content = (f'{group_head(GROUP)}<div class="joms-page"><h3 class="joms-page__title">Thảo luận</h3><ul class="joms-list">'
                   + "".join(disc_row(a) for a in chunk) + f"</ul>{pager}</div>")
        site.page(path, layout(f"{GROUP[1]} - Thảo luận", [("Cộng đồng", "/cong-dong"), ("Nhóm", "/cong-dong/groups"),
                                                           (GROUP[1], G), ("Thảo luận", "")], content,
                               feed=f"{G}/discussions?format=feed&amp;type=rss"))
        site.non_articles.append(path)
    site.trap("the group's discussions (5 a page, ordered by last reply, 'Bắt đầu bởi … 2 tuần trước' with tooltips): "
              "?limitstart=5 holds the two oldest", f"{G}/discussions?limitstart=5")
    content = (f'{group_head(GROUP)}<div class="joms-page"><h3 class="joms-page__title">Thông báo</h3><ul class="joms-list">'
               f'<li class="joms-list__item"><h4><a href="{bulletin.path}">{esc(bulletin.title)}</a></h4><small>'
               f'{lc2(bulletin.date)}</small></li></ul></div>')
    site.page(f"{G}/announcements", layout(f"{GROUP[1]} - Thông báo", [("Cộng đồng", "/cong-dong"), ("Nhóm", "/cong-dong/groups"),
                                                                      (GROUP[1], G), ("Thông báo", "")], content))
    site.non_articles.append(f"{G}/announcements")
    about = ("Nhóm thông tin chính thức của Liên minh Hợp tác xã tỉnh Phú Yên: tin hoạt động, thông báo, hướng dẫn cho "
             "các HTX, tổ hợp tác.")
    content = (f'{group_head(GROUP)}<div class="joms-page"><div class="joms-module"><h4 class="joms-module__title">Giới thiệu'
               f'</h4><p>{esc(about)}</p></div><div class="joms-module"><h4 class="joms-module__title">Thông báo</h4><ul>'
               f'<li><a href="{bulletin.path}">{esc(bulletin.title)}</a></li></ul></div><div class="joms-module"><h4 class="'
               f'joms-module__title">Thảo luận</h4><ul class="joms-list">' + "".join(disc_row(a) for a in by_last[:PER])
               + f'</ul><a href="{G}/discussions">Xem tất cả</a></div></div>')
    site.page(G, layout(GROUP[1], [("Cộng đồng", "/cong-dong"), ("Nhóm", "/cong-dong/groups"), (GROUP[1], "")], content))
    members = "".join(f'<li class="joms-list__item">{avatar(uid, "joms-list__avatar")}<a href="{profile(uid)}">'
                      f"{esc(USERS[uid])}</a></li>" for uid in USERS)
    site.page(f"{G}/members", layout(f"{GROUP[1]} - Thành viên", [("Cộng đồng", "/cong-dong"), (GROUP[1], G),
                                                                 ("Thành viên", "")],
                                     f'{group_head(GROUP)}<div class="joms-page"><ul class="joms-list">{members}</ul></div>'))
    qg = f"/cong-dong/groups/{QGROUP[0]}-{QGROUP[2]}"
    qrow = (f'<li class="joms-list__item"><h4><a href="{qpath}">{esc(question["title"])}</a></h4><small>Bắt đầu bởi <a href="'
            f'{profile(question["by"])}">{esc(USERS[question["by"]])}</a> {ago(question["date"])}</small></li>')
    for path in (qg, f"{qg}/discussions"):
        site.page(path, layout(QGROUP[1], [("Cộng đồng", "/cong-dong"), ("Nhóm", "/cong-dong/groups"), (QGROUP[1], "")],
                               f'{group_head(QGROUP)}<div class="joms-page"><ul class="joms-list">{qrow}</ul></div>'))
    site.page(f"{qg}/members", layout(f"{QGROUP[1]} - Thành viên", [("Cộng đồng", "/cong-dong"), (QGROUP[1], qg)],
                                      f'{group_head(QGROUP)}<div class="joms-page"><ul class="joms-list">{members}</ul></div>'))
    groups = "".join(f'<li class="joms-list__item"><h4><a href="/cong-dong/groups/{gid}-{gs}">{esc(gn)}</a></h4><small>12 '
                     "thành viên</small></li>" for gid, gn, gs in (GROUP, QGROUP))
    site.page("/cong-dong/groups", layout("Nhóm", [("Cộng đồng", "/cong-dong"), ("Nhóm", "")],
                                          f'<div class="joms-page"><h3 class="joms-page__title">Tất cả nhóm</h3><ul class="'
                                          f'joms-list">{groups}</ul></div>'))
    site.page("/cong-dong/members", layout("Thành viên", [("Cộng đồng", "/cong-dong"), ("Thành viên", "")],
                                           f'<div class="joms-page"><ul class="joms-list">{members}</ul></div>'))
    site.page("/cong-dong/events", layout("Sự kiện", [("Cộng đồng", "/cong-dong"), ("Sự kiện", "")],
                                          '<div class="joms-page"><p class="joms-alert">Chưa có sự kiện nào.</p></div>'))
    site.non_articles += [G, f"{G}/members", qg, f"{qg}/discussions", f"{qg}/members", "/cong-dong/groups",
                          "/cong-dong/members", "/cong-dong/events"]

    # the activity stream (the community frontpage) and the profiles
    events = []
    for a in arts:
        verb = "đã tạo một thảo luận mới" if a.opts["kind"] == "discussion" else "đã đăng một thông báo"
        events.append((a.date, a.opts["by"], f'{verb} <a href="{a.path}">{esc(a.title)}</a> trong nhóm <a href="{G}">'
                       f"{esc(GROUP[1])}</a>", inline_text(a.blocks[0].text) if a.opts["kind"] == "discussion" else ""))
        for uid, text, when in a.opts.get("replies", []):
            events.append((when, uid, f'đã phản hồi thảo luận <a href="{a.path}">{esc(a.title)}</a>', ""))
    for uid, text, when in question["replies"]:
        events.append((when, uid, f'đã phản hồi thảo luận <a href="{qpath}">{esc(question["title"])}</a>', ""))
    events.append((STATUS[0], UID["Văn phòng Liên minh HTX"], "đã cập nhật trạng thái", STATUS[1]))
    events.append((question["date"], question["by"], f'đã tạo một thảo luận mới <a href="{qpath}">{esc(question["title"])}'
                   f'</a> trong nhóm <a href="{qg}">{esc(QGROUP[1])}</a>', question["text"]))
    events.sort(key=lambda e: e[0], reverse=True)

    def stream(items: list) -> str:
        return '<div class="joms-stream__wrapper">' + "".join(
            f'<div class="joms-stream joms-embedly--left"><div class="joms-stream__header">{avatar(uid, "joms-avatar--stream")}'
            f'<div class="joms-stream__meta"><a class="joms-stream__user" href="{profile(uid)}">{esc(USERS[uid])}</a> {what}'
            f'<span class="joms-stream__time">{ago(d)}</span></div></div>'
            + (f'<div class="joms-stream__body"><p>{esc(msg)}</p></div>' if msg else "") + "</div>"
            for d, uid, what, msg in items) + "</div>"

    hero = ('<div class="joms-landing"><div class="joms-landing__text"><h2>Chào mừng đến với Cộng đồng HTX Phú Yên</h2><p>Nơi '
            'cán bộ Liên minh HTX tỉnh và các HTX thành viên trao đổi thông tin, kinh nghiệm.</p><a href="/cong-dong/register" '
            'class="joms-button--primary">Đăng ký</a></div></div>')
    site.page("/cong-dong", layout("Cộng đồng", [("Cộng đồng", "")],
                                   hero + '<h3 class="joms-page__title">Hoạt động gần đây</h3>' + stream(events[:8])))
    site.non_articles.append("/cong-dong")
    site.trap("the community frontpage /cong-dong: the guest hero and the activity stream (8 newest activities: new "
              "discussions with their first paragraph, replies; relative ages '1 tuần trước' with the LC2 time in the "
              "tooltip): not articles", "/cong-dong")
    for uid in USERS:
        mine = [e for e in events if e[1] == uid][:3]
        site.page(profile(uid), layout(USERS[uid], [("Cộng đồng", "/cong-dong"), ("Thành viên", "/cong-dong/members"),
                                                    (USERS[uid], "")],
                                       f'<div class="joms-focus"><div class="joms-focus__header">{avatar(uid, "joms-avatar--focus")}'
                                       f'<h2>{esc(USERS[uid])}</h2><p>Thành viên từ 2023</p></div></div>'
                                       + stream(mine)))
        site.non_articles.append(profile(uid))
        site.binary(f"/images/avatar/thumb_{uid}.jpg", image_for(f"avatar-{uid}"))
    site.trap("profiles /cong-dong/profile/<id>-<slug> ('Super User', the office and cooperatives have accounts too): "
              "their 3 newest activities", profile(UID["Văn phòng Liên minh HTX"]))

    # the Joomla pages
    bul_alias = bulletin.aliases[0]
    home = (f'<div class="item-page"><h2>Chào mừng đến với {esc(SITENAME)}</h2><p>Trang mạng xã hội của Liên minh Hợp tác xã '
            f'tỉnh Phú Yên dành cho các HTX, tổ hợp tác.</p></div><div class="moduletable"><h3>Thông báo mới</h3><ul><li>'
            f'<a href="{attr(bul_alias)}">{esc(bulletin.title)}</a></li></ul></div>')
    site.page("/", layout("Trang chủ", [], home))
    for path, title, text in [("/gioi-thieu", "Giới thiệu", "Liên minh Hợp tác xã tỉnh Phú Yên là tổ chức kinh tế - xã hội "
                               "đại diện, hỗ trợ các HTX, tổ hợp tác trên địa bàn tỉnh."),
                              ("/lien-he", "Liên hệ", "Mọi thông tin xin gửi về Văn phòng Liên minh HTX tỉnh.")]:
        site.page(path, layout(title, [(title, "")], f'<div class="item-page"><div class="page-header"><h2 itemprop="headline">'
                                                     f'{title}</h2></div><div itemprop="articleBody"><p>{esc(text)}</p></div></div>'))
        site.non_articles.append(path)
    site.non_articles.append("/")
    site.trap("the home page: a welcome article and the 'Thông báo mới' module linking the bulletin non-SEF "
              "(index.php?option=com_community&view=groups&task=viewbulletin&…&Itemid=105)", "/")

    # the feed
    items = "".join(
        f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><guid isPermaLink=\"true\">{{{{base}}}}{a.path}"
        f"</guid><description><![CDATA[{body_html(a)}]]></description><author>{esc(USERS[a.opts['by']])}</author>"
        f"<pubDate>{a.date - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>"
        for a in sorted(discs, key=lambda a: a.date, reverse=True))
    site.page(f"{G}/discussions?format=feed&type=rss",
              f'<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n<rss '
              f'version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>{esc(GROUP[1])} - Thảo luận</title>'
              f"<description><![CDATA[{esc(about)}]]></description><link>{{{{base}}}}{G}/discussions</link><lastBuildDate>"
              f"{NOW - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} +0000</lastBuildDate><generator>Joomla! - Open Source Content "
              f"Management</generator><language>vi-vn</language>{items}</channel></rss>\n",
              content_type="application/rss+xml; charset=utf-8")
    site.trap("the discussions' feed …/discussions?format=feed&type=rss (the head's alternate on the group's pages): the "
              "whole post, pubDate in GMT '+0000'", f"{G}/discussions?format=feed&type=rss")

    # login, register, robots
    site.page("/component/users/?view=login&Itemid=105",
              layout("Đăng nhập", [("Đăng nhập", "")], '<div class="login"><form action="/component/users/?task=user.login" '
                     'method="post"><input type="text" name="username" /><input type="password" name="password" />'
                     '<button type="submit">Đăng nhập</button></form></div>'))
    site.page("/cong-dong/register", layout("Đăng ký", [("Đăng ký", "")], '<form method="post"><input name="jsname" />'
                                            "</form>"))
    site.never_fetched += ["/component/users/?view=login&Itemid=105", "/cong-dong/register"]
    site.static("/robots.txt", "User-agent: *\nDisallow: /administrator/\nDisallow: /bin/\nDisallow: /cache/\n"
                "Disallow: /cli/\nDisallow: /components/\nDisallow: /includes/\nDisallow: /installation/\n"
                "Disallow: /language/\nDisallow: /layouts/\nDisallow: /libraries/\nDisallow: /logs/\nDisallow: /modules/\n"
                "Disallow: /plugins/\nDisallow: /tmp/\nDisallow: /component/users/\nDisallow: /cong-dong/register\n")
    site.trap("robots.txt: Joomla's default lines plus /component/users/ (the toolbar's 'Đăng nhập') and "
              "/cong-dong/register (the hero's 'Đăng ký'): never fetched", "/component/users/?view=login&Itemid=105")
    for gid in (GROUP[0], QGROUP[0]):
        site.binary(f"/images/avatar/groups/cover-{gid}.jpg", image_for(f"cover-{gid}"))
        site.binary(f"/images/avatar/groups/thumb_{gid}.jpg", image_for(f"group-{gid}"))
    site.binary("/images/logo-lmhtx.png", image_for("logo"))
    site.binary("/templates/lmhtx/favicon.ico", b"\x00\x00\x01\x00")
    return site
