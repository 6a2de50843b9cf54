"""Site `quyhtx-hanoi` (registry family `generic`): the Quỹ hỗ trợ phát triển hợp tác xã of Hà Nội (the
cooperative development fund run by the city's cooperative alliance), on XOOPS 2.5 with the News
module and a classic three-column theme (blocks left and right); written as a held-out test: no
family module, no selectors.

Why it is hard: the page has no heading for the story: the only `<h1>` is the logo (the site's
name) and the story's title sits in `div.itemHead span.itemTitle` after its topic link
("<a>Hoạt động Quỹ</a>: <a>Title</a>"), so the topic is not part of the title. Every story answers at
`/modules/news/article.php?storyid=N`, at `…&com_mode=flat&com_order=0` (the listings' comment-count
links) and as the printer page `/modules/news/print.php?storyid=N` (a bare table layout with an
`<h3>` title, the date, no poster): one article. `makepdf.php` returns a PDF of the story. The
`div.itemInfo` line "Đăng bởi <a href='/userinfo.php?uid=2'>…</a> vào 14/03/2026 08:30 (1234 lần
đọc)" names the poster's account: the admin "quantri" (never an author) or a person's real name (the
author when no byline names someone else). Under the text: "Bài trước / Tin tiếp theo" links, a
"Tin cùng chủ đề" block with dates, and a comments block (XOOPS' "Các bình luận thuộc về người
gửi…" and dated comments). One plan's own date (02/02/2026) precedes its posting (05/02/2026); a
conference "Ngày 14/11" is posted 18/11/2025. Listings are the news index by topic
(`?storytopic=1`, paged by `&start=5`) with the hometext and "Đọc tiếp…"; the month archive, user
profiles (`/userinfo.php?uid=N`, with the user's stories), the search, the static pages of the
tinycontent module, contact, login and the story-submission form are not articles.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "quyhtx-hanoi"
NAME = "Quỹ hỗ trợ phát triển hợp tác xã Hà Nội"
HTML = "text/html; charset=utf-8"
NEWS = "/modules/news/"
PER = 5
PDF_PATH = "/uploads/news/file/KH-12-QHTX-2026.pdf"
TOPICS = {1: "Hoạt động Quỹ", 2: "Hợp tác xã - OCOP", 3: "Văn bản - Thông báo"}
USERS = {1: ("quantri", "quantri", "12/05/2019"), 7: ("huongnt", "Nguyễn Thu Hương", "03/03/2021"),
         9: ("khanhtv", "Trần Văn Khánh", "18/08/2022")}

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Quỹ hỗ trợ phát triển HTX Hà Nội - Đồng hành cùng kinh tế tập thể Thủ đô"]
BLOCKS = ["Menu chính", "Chủ đề tin", "Tin mới nhất", "Lãi suất cho vay", "Tìm kiếm", "Tìm nâng cao",
          "Đăng nhập", "Tên truy cập", "Mật khẩu", "Quên mật khẩu?", "Đăng ký ngay!", "Ai đang trực tuyến",
          "Có 7 người đang truy cập (2 người đang xem Tin tức)", "Thành viên: 0", "Khách: 7",
          "Cho vay ngắn hạn: 6,0%/năm", "Cho vay trung, dài hạn: 6,6%/năm", "Hotline hỗ trợ vay vốn: 024.3943.5120",
          "Lưu trữ tin", "Liên kết"]
LABELS = ["Đăng bởi", "lần đọc", "Bản để in", "Tạo file PDF từ bài viết này", "Gửi bài này cho bạn bè",
          "Bài trước:", "Tin tiếp theo:", "Tin cùng chủ đề", "Chế độ xem bình luận", "Phẳng", "Lồng nhau",
          "Cũ nhất trước",
          "Các bình luận thuộc về người gửi. Chúng tôi không chịu trách nhiệm về nội dung của họ.",
          "Người gửi", "Gửi lúc:", "Khách"]
FOOTER = ["Quỹ hỗ trợ phát triển hợp tác xã Hà Nội - Liên minh Hợp tác xã thành phố Hà Nội",
          "Địa chỉ: Số 5 Lý Thường Kiệt, phường Hoàn Kiếm, thành phố Hà Nội",
          "Điện thoại: 024.3943.5120 - Fax: 024.3943.5121 - Email: quyhtxhanoi@gmail.com",
          "Chịu trách nhiệm nội dung: Ông Đỗ Quang Vinh - Giám đốc Quỹ",
          "Powered by XOOPS © 2001-2026 The XOOPS Project"]
COMMENTS = {
    412: [("Khách", "15/03/2026 09:12", "Re: Quỹ giải ngân", "HTX chúng tôi ở xã Sóc Sơn muốn vay đợt 2 thì nộp hồ sơ ở đâu?"),
          ("Phạm Văn Tuấn", "16/03/2026 20:40", "Re: Quỹ giải ngân", "Thủ tục nhanh gọn, cảm ơn cán bộ Quỹ đã hướng dẫn tận tình.")],
    398: [("Khách", "19/11/2025 07:55", "Re: Hội nghị", "Mong Quỹ tổ chức thêm các lớp tập huấn lập phương án vay vốn.")],
}
BOILERPLATE = [TODAY, *SLOGANS, *BLOCKS, *LABELS, *FOOTER] + [c[3] for cs in COMMENTS.values() for c in cs]


def story(n: int) -> str:
    return f"{NEWS}article.php?storyid={n}"


def timed(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=story(412), title="Quỹ giải ngân 15 tỷ đồng cho 9 HTX nông nghiệp đợt 1 năm 2026",
          date=datetime(2026, 3, 14, 8, 30),
          body="""
Sáng 13/3, Quỹ hỗ trợ phát triển hợp tác xã Hà Nội tổ chức giải ngân đợt 1 năm 2026 với tổng số tiền 15 tỷ đồng cho 9 HTX nông nghiệp trên địa bàn Thủ đô.
Các khoản vay có thời hạn từ 36 đến 60 tháng, lãi suất 6,6%/năm, tập trung cho các dự án ứng dụng công nghệ cao, nhà màng, kho lạnh bảo quản nông sản.
[img giai-ngan-dot-1-2026.png] Đại diện Quỹ trao quyết định cho vay cho các HTX
Trong số 9 HTX được vay vốn, HTX Nông nghiệp Văn Đức (xã Gia Lâm) vay 2,5 tỷ đồng xây dựng nhà sơ chế rau đạt chuẩn VietGAP; HTX Chăn nuôi Ba Vì (xã Ba Vì) vay 2 tỷ đồng đầu tư dây chuyền chế biến sữa.
Năm 2026, Quỹ dự kiến cho vay 120 tỷ đồng, ưu tiên các HTX có sản phẩm OCOP và liên kết theo chuỗi giá trị.
""",
          author="Nguyễn Thu Hương", **timed(datetime(2026, 3, 14, 8, 30)),
          opts={"uid": 7, "topic": 1, "hits": 1234},
          notes=["no byline: the author is the poster's real name in div.itemInfo ('Đăng bởi Nguyễn Thu Hương vào "
                 "14/03/2026 08:30 (1234 lần đọc)'); two readers' comments dated 15/03 and 16/03/2026 under the text"]),
        A(path=story(409), title="Kế hoạch hoạt động cho vay của Quỹ hỗ trợ phát triển hợp tác xã Hà Nội năm 2026",
          date=datetime(2026, 2, 5, 15, 20),
          body="""
LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HÀ NỘI
QUỸ HỖ TRỢ PHÁT TRIỂN HỢP TÁC XÃ
Số: 12/KH-QHTX
Hà Nội, ngày 02 tháng 02 năm 2026
KẾ HOẠCH
Hoạt động cho vay của Quỹ hỗ trợ phát triển hợp tác xã Hà Nội năm 2026
Căn cứ Quyết định số 6218/QĐ-UBND ngày 25/12/2025 của UBND thành phố Hà Nội về việc giao chỉ tiêu kế hoạch năm 2026;
Căn cứ Nghị định số 45/2021/NĐ-CP ngày 31/3/2021 của Chính phủ về thành lập, tổ chức và hoạt động của Quỹ hỗ trợ phát triển hợp tác xã;
Quỹ hỗ trợ phát triển hợp tác xã Hà Nội xây dựng Kế hoạch hoạt động cho vay năm 2026 như sau:
I. MỤC ĐÍCH, YÊU CẦU
Đáp ứng kịp thời nhu cầu vốn của HTX, liên hiệp HTX; bảo toàn và phát triển nguồn vốn của Quỹ.
II. CHỈ TIÊU
1. Cho vay mới 120 tỷ đồng cho khoảng 70 dự án.
2. Tỷ lệ nợ quá hạn dưới 0,5% tổng dư nợ.
III. TỔ CHỨC THỰC HIỆN
Các phòng nghiệp vụ của Quỹ căn cứ Kế hoạch này triển khai thực hiện; định kỳ hằng quý báo cáo Giám đốc Quỹ.
Nơi nhận: Thường trực Liên minh HTX thành phố; Lưu: VT.
GIÁM ĐỐC Đỗ Quang Vinh
""",
          author=None, doc_number="12/KH-QHTX", **timed(datetime(2026, 2, 5, 15, 20)),
          attachments=[{"path": PDF_PATH, "text": "KH-12-QHTX-2026.pdf"}],
          opts={"uid": 1, "topic": 3, "hits": 486, "home": 4},
          notes=["official plan 'Số: 12/KH-QHTX' dated 'Hà Nội, ngày 02 tháng 02 năm 2026', citing a decision of "
                 "25/12/2025; the itemInfo says 'vào 05/02/2026 15:20' (the page's date); signer last, author null "
                 "(the poster is quantri); the PDF linked under 'Tệp đính kèm:'"]),
        A(path=story(405), title="Ảnh: HTX rau an toàn Văn Đức vào vụ đông",
          date=datetime(2025, 12, 22, 10, 5),
          body="""
[img van-duc-1.png] Thành viên HTX Nông nghiệp Văn Đức thu hoạch su hào, bắp cải vụ đông
[img van-duc-2.png] Rau được sơ chế, đóng gói ngay tại nhà sơ chế xây bằng vốn vay của Quỹ
[img van-duc-3.png] Mỗi ngày HTX cung cấp khoảng 5 tấn rau cho các bếp ăn và siêu thị nội thành
[img van-duc-4.png] Tem truy xuất nguồn gốc được dán trên từng sản phẩm
Ảnh: Minh Đức
""",
          author="Minh Đức", **timed(datetime(2025, 12, 22, 10, 5)),
          opts={"uid": 1, "topic": 2, "hits": 752, "home": 1},
          notes=["photo story: four captioned photos (caption in <em> under the <img> of a centred <p>) and the closing "
                 "'Ảnh: Minh Đức' (author: Minh Đức); the poster quantri is the admin account"]),
        A(path=story(398), title="Hội nghị tổng kết 5 năm hoạt động cho vay của Quỹ giai đoạn 2021-2025",
          date=datetime(2025, 11, 18, 9, 0),
          body="""
Ngày 14/11, Quỹ hỗ trợ phát triển hợp tác xã Hà Nội tổ chức hội nghị tổng kết 5 năm hoạt động cho vay giai đoạn 2021-2025.
Trong 5 năm, Quỹ đã cho vay 412 dự án với tổng số tiền 486 tỷ đồng, giúp các HTX tạo việc làm cho hơn 9.000 lao động.
## Nâng mức vốn điều lệ
Hội nghị thống nhất kiến nghị UBND thành phố bổ sung vốn điều lệ cho Quỹ lên 500 tỷ đồng trong giai đoạn 2026-2030.
* Mở rộng cho vay đối với HTX thương mại, dịch vụ;
* Rút ngắn thời gian thẩm định hồ sơ xuống còn 10 ngày làm việc;
* Phối hợp với các xã, phường mới hướng dẫn HTX lập phương án vay.
Bài, ảnh: Lê Hải Yến
""",
          byline=None, author="Lê Hải Yến", **timed(datetime(2025, 11, 18, 9, 0)),
          opts={"uid": 1, "topic": 1, "hits": 903, "byline": "Bài, ảnh: Lê Hải Yến"},
          notes=["the conference was 'Ngày 14/11'; the itemInfo says 'vào 18/11/2025 09:00'; a reader's comment of "
                 "19/11/2025 below; 'Bài, ảnh: Lê Hải Yến' closes the text (author), the poster is quantri"]),
        A(path=story(390), title="HTX Nông nghiệp Đông Anh mở rộng vùng trồng dưa lưới công nghệ cao",
          date=datetime(2025, 9, 30, 16, 10),
          body="""
Từ nguồn vốn vay 1,8 tỷ đồng của Quỹ hỗ trợ phát triển hợp tác xã Hà Nội, HTX Nông nghiệp Đông Anh đã xây thêm 6.000 m² nhà màng trồng dưa lưới theo công nghệ tưới nhỏ giọt.
Mỗi năm HTX trồng 3 vụ, năng suất bình quân đạt 30 tấn/ha/vụ, giá bán ổn định từ 45.000 đến 60.000 đồng/kg.
Sản phẩm dưa lưới của HTX đã đạt chứng nhận OCOP 3 sao và được các hệ thống siêu thị bao tiêu.
Nguồn: Báo Hànộimới
""",
          author=None, **timed(datetime(2025, 9, 30, 16, 10)),
          opts={"uid": 1, "topic": 2, "hits": 611},
          notes=["closing line 'Nguồn: Báo Hànộimới' is a source and the poster is the admin account quantri: "
                 "author null"]),
        A(path=story(377), title="Quỹ tiếp nhận hồ sơ vay vốn theo địa bàn xã, phường mới",
          date=datetime(2025, 7, 8, 14, 45),
          body="""
Thực hiện sắp xếp đơn vị hành chính cấp xã từ ngày 1/7/2025, Quỹ hỗ trợ phát triển hợp tác xã Hà Nội hướng dẫn các HTX cập nhật địa chỉ theo tên xã, phường mới trong hồ sơ đề nghị vay vốn.
Các khoản vay đang còn hiệu lực không phải ký lại hợp đồng; HTX chỉ cần gửi văn bản thông báo thay đổi địa chỉ trụ sở kèm bản sao giấy chứng nhận đăng ký HTX đã điều chỉnh.
Quỹ bố trí cán bộ tín dụng phụ trách theo từng cụm xã, phường để hỗ trợ HTX kịp thời.
Thanh Tâm
""",
          author="Thanh Tâm", **timed(datetime(2025, 7, 8, 14, 45)),
          opts={"uid": 9, "topic": 1, "hits": 1502, "byline": "Thanh Tâm"},
          notes=["poster 'Trần Văn Khánh' (a person) in the itemInfo, but the closing byline 'Thanh Tâm' names the "
                 "writer: author Thanh Tâm"]),
        A(path=story(352), title="HTX nuôi trồng thủy sản Tiền Phong vay 800 triệu đồng nuôi cá lồng",
          date=datetime(2024, 10, 16, 8, 15),
          body="""
HTX nuôi trồng thủy sản Tiền Phong (huyện Mê Linh) vừa được Quỹ hỗ trợ phát triển HTX Hà Nội cho vay 800 triệu đồng để đầu tư 20 lồng nuôi cá trên sông Hồng.
HTX hiện có 32 thành viên, nuôi chủ yếu cá trắm, cá lăng và cá chép giòn.
Sau khi mở rộng, sản lượng cá thương phẩm dự kiến đạt 150 tấn/năm, doanh thu khoảng 9 tỷ đồng.
Hoàng Anh
""",
          author="Hoàng Anh", **timed(datetime(2024, 10, 16, 8, 15)),
          opts={"uid": 1, "topic": 2, "hits": 2210, "byline": "Hoàng Anh"},
          notes=["migrated 2024 story of the old district-level Hà Nội ('huyện Mê Linh'); byline 'Hoàng Anh' last"]),
        A(path=story(331), title="Quỹ ký kết thỏa thuận hỗ trợ vốn cho các chủ thể OCOP",
          date=datetime(2024, 4, 9, 10, 40),
          body="""
Ngày 8/4, Quỹ hỗ trợ phát triển HTX Hà Nội và Văn phòng Điều phối nông thôn mới thành phố ký kết thỏa thuận hỗ trợ vốn cho các chủ thể sản phẩm OCOP giai đoạn 2024-2025.
## Nội dung phối hợp
* Giới thiệu các HTX có sản phẩm OCOP từ 3 sao trở lên tiếp cận vốn vay ưu đãi;
* Tập huấn lập phương án sản xuất kinh doanh cho chủ thể OCOP;
* Theo dõi, đánh giá hiệu quả sử dụng vốn vay.
Theo thỏa thuận, mỗi chủ thể OCOP có thể được vay tối đa 3 tỷ đồng với thời hạn đến 60 tháng.
""",
          author="Nguyễn Thu Hương", **timed(datetime(2024, 4, 9, 10, 40)),
          opts={"uid": 7, "topic": 1, "hits": 1888, "home": 1},
          notes=["no byline: the author is the poster's real name in div.itemInfo ('Nguyễn Thu Hương')"]),
        A(path=story(415), title="HTX Chăn nuôi Ba Vì có thêm 2 sản phẩm sữa đạt OCOP 4 sao",
          date=datetime(2026, 3, 20, 17, 5),
          body="""
UBND thành phố Hà Nội vừa công nhận sữa chua nếp cẩm và bánh sữa Ba Vì của HTX Chăn nuôi Ba Vì đạt OCOP 4 sao.
Năm 2025, HTX được Quỹ hỗ trợ phát triển HTX Hà Nội cho vay 2 tỷ đồng đầu tư dây chuyền chế biến, nhờ đó nâng công suất lên 3 tấn sữa/ngày.
[img sua-ba-vi.png] Sản phẩm sữa của HTX Chăn nuôi Ba Vì
Hiện HTX liên kết với 85 hộ chăn nuôi bò sữa, thu mua sữa tươi với giá ổn định.
""",
          author=None, **timed(datetime(2026, 3, 20, 17, 5)),
          opts={"uid": 1, "topic": 2, "hits": 97},
          notes=["no byline and the poster is the admin account quantri: author null"]),
    ]


def sid(a: Article) -> int:
    return int(a.path.rsplit("=", 1)[1])


def user_name(uid: int) -> str:
    return USERS[uid][1]


def img(name: str) -> str:
    return f"/uploads/news/image/{name}"


def block_html(b) -> str:
    if b.kind == "p":
        return f"<p>{inline_html(b.text)}</p>"
    if b.kind == "h":
        return f"<p><strong>{inline_html(b.text)}</strong></p>"
    if b.kind == "ul":
        return "<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>"
    return (f'<p style="text-align: center;"><img src="{img(b.src)}" alt="" width="600" height="400" />'
            + (f"<br /><em>{inline_html(b.text)}</em>" if b.text else "") + "</p>")


def split_text(a: Article) -> tuple[str, str]:
    """XOOPS' hometext (the intro shown on listings) and bodytext."""
    blocks = a.blocks
    n = a.opts.get("home", 1)
    home = "\n".join(block_html(b) for b in blocks[:n])
    rest = [block_html(b) for b in blocks[n:]]
    last = a.opts.get("byline")
    if last and rest and rest[-1] == f"<p>{inline_html(last)}</p>":
        rest[-1] = f'<p style="text-align: right;"><strong>{esc(last)}</strong></p>'
    return home, "\n".join(rest)


def xo_block(title: str, content: str) -> str:
    return f'<div class="xo-block"><div class="xo-blocktitle">{title}</div><div class="xo-blockcontent">{content}</div></div>'


def layout(title: str, main: str, arts: list[Article], module: str = "Tin tức") -> str:
    topics = "".join(f'<li><a href="{NEWS}index.php?storytopic={k}">{v}</a></li>' for k, v in TOPICS.items())
    recent = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({a.date:%d/%m/%Y})</span></li>'
                     for a in arts[:5])
    menu = (f'<ul class="mainmenu"><li><a href="/">Trang chủ</a></li><li><a href="/modules/tinycontent/index.php?id=1">Giới thiệu</a></li>'
            f'<li><a href="{NEWS}">Tin tức</a></li><li><a href="{NEWS}archive.php">Lưu trữ tin</a></li>'
            f'<li><a href="{NEWS}submit.php">Gửi tin</a></li><li><a href="/modules/tinycontent/index.php?id=2">Sản phẩm cho vay</a></li>'
            f'<li><a href="/modules/contact/">Liên hệ</a></li></ul>')
    login = ('<form action="/user.php" method="post">' f'{BLOCKS[7]}<br /><input type="text" name="uname" size="12" /><br />'
             f'{BLOCKS[8]}<br /><input type="password" name="pass" size="12" /><br /><input type="hidden" name="op" value="login" />'
             '<input type="submit" value="Đăng nhập" /></form>'
             f'<a href="/user.php#lost">{BLOCKS[9]}</a><br /><a href="/register.php">{BLOCKS[10]}</a>')
    search = ('<form action="/search.php" method="get"><input type="text" name="query" size="14" />'
              '<input type="hidden" name="action" value="results" /><input type="submit" value="Tìm kiếm" /></form>'
              f'<a href="/search.php">{BLOCKS[5]}</a> | <a href="/search.php?query=ocop&amp;action=results">Tìm nhiều: OCOP</a>')
    links = ('<ul><li><a href="{{base:offsite}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li>'
             '<li><a href="{{base:offsite}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul>')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<meta name="generator" content="XOOPS" />
<meta name="author" content="{NAME}" />
<meta name="keywords" content="quỹ hỗ trợ phát triển hợp tác xã, HTX, Hà Nội, vay vốn" />
<title>{esc(title)} - {esc(module)} - {NAME}</title>
<link rel="stylesheet" type="text/css" media="all" href="/xoops.css" />
<link rel="stylesheet" type="text/css" media="all" href="/themes/default/style.css" />
<script type="text/javascript" src="/include/xoops.js"></script>
</head>
<body id="news" class="vi">
<div id="xo-canvas">
<div id="xo-header"><div id="xo-headerlogo"><h1><a href="/" title="{NAME}"><img src="/themes/default/images/logo.png" alt="" />{NAME}</a></h1></div>
<div id="xo-headerbanner"><span class="today">{TODAY}</span> <marquee>{esc(SLOGANS[0])}</marquee></div></div>
<div id="xo-canvas-content">
<div id="xo-canvas-columns">
<div id="xo-canvas-leftcolumn">
{xo_block(BLOCKS[0], menu)}
{xo_block(BLOCKS[1], f"<ul>{topics}</ul>")}
{xo_block(BLOCKS[4], search)}
{xo_block(BLOCKS[6], login)}
</div>
<div id="xo-canvas-centercolumn"><div id="xo-content">
{main}
</div></div>
<div id="xo-canvas-rightcolumn">
{xo_block(BLOCKS[2], f"<ul>{recent}</ul>")}
{xo_block(BLOCKS[3], f"<p>{BLOCKS[15]}</p><p>{BLOCKS[16]}</p><p>{BLOCKS[17]}</p>")}
{xo_block(BLOCKS[11], f"<p>{BLOCKS[12]}</p><p>{BLOCKS[13]}<br />{BLOCKS[14]}</p>")}
{xo_block(BLOCKS[18], f'<a href="{NEWS}archive.php">Xem tin theo tháng</a>')}
{xo_block(BLOCKS[19], links)}
</div>
</div></div>
<div id="xo-footer">{"<br />".join(esc(x) for x in FOOTER)}</div>
</div>
</body>
</html>
"""


def info(a: Article) -> str:
    uid = a.opts["uid"]
    return (f'<div class="itemInfo"><span class="itemPoster">Đăng bởi <a href="/userinfo.php?uid={uid}">'
            f'{esc(user_name(uid))}</a></span> <span class="itemPostDate">vào {a.date:%d/%m/%Y %H:%M}</span> '
            f'<span class="itemStats">({a.opts["hits"]} lần đọc)</span></div>')


def head(a: Article, link_title: bool) -> str:
    t = a.opts["topic"]
    title = f'<a href="{a.path}">{esc(a.title)}</a>' if link_title else esc(a.title)
    return (f'<div class="itemHead"><span class="itemTitle"><a href="{NEWS}index.php?storytopic={t}">'
            f'{TOPICS[t]}</a>: {title}</span></div>')


def comments(a: Article) -> str:
    cs = COMMENTS.get(sid(a), [])
    rows = "".join(f'<tr><td class="odd">{esc(n)}</td><td class="odd"><div class="comDate"><span class="comDateCaption">'
                   f'Gửi lúc:</span> {d}</div><div class="comTitle">{esc(t)}</div><div class="comText">{esc(c)}</div></td></tr>'
                   for n, d, t, c in cs)
    table = f'<table class="outer" cellspacing="1"><tr><th>Người gửi</th><th>Chủ đề</th></tr>{rows}</table>' if cs else ""
    return (f'<div style="text-align: center; padding: 3px; margin: 3px;"><form method="get" action="{NEWS}article.php">'
            '<table width="95%" class="outer" cellspacing="1"><tr><td class="even" align="center">Chế độ xem bình luận '
            '<select name="com_mode"><option value="nest">Lồng nhau</option><option value="flat" selected="selected">Phẳng</option>'
            '</select> <select name="com_order"><option value="0" selected="selected">Cũ nhất trước</option><option value="1">Mới nhất trước</option></select>'
            f'<input type="hidden" name="storyid" value="{sid(a)}" /> <input type="submit" value="Làm mới" class="formButton" /> '
            f'<input type="button" onclick="self.location.href=\'comment_new.php?com_itemid={sid(a)}\'" class="formButton" value="Gửi bình luận" />'
            '</td></tr></table></form>Các bình luận thuộc về người gửi. Chúng tôi không chịu trách nhiệm về nội dung của họ.</div>'
            f'<div style="margin: 3px; padding: 3px;">{table}</div>')


def detail(a: Article, arts: list[Article]) -> str:
    home, body = split_text(a)
    files = "".join(f'<p class="attach">Tệp đính kèm: <a href="{x["path"]}">{esc(x["text"])}</a></p>' for x in a.attachments)
    order = sorted(arts, key=lambda x: x.date)
    i = order.index(a)
    nav = []
    if i > 0:
        nav.append(f'<span class="prev">Bài trước: <a href="{order[i - 1].path}">{esc(order[i - 1].title)}</a></span>')
    if i + 1 < len(order):
        nav.append(f'<span class="next">Tin tiếp theo: <a href="{order[i + 1].path}">{esc(order[i + 1].title)}</a></span>')
    same = [x for x in arts if x.opts["topic"] == a.opts["topic"] and x is not a][:4]
    rel = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a> ({x.date:%d/%m/%Y})</li>' for x in same)
    n = sid(a)
    foot = (f'<div class="itemFoot"><span class="itemPermaLink"><a href="{NEWS}print.php?storyid={n}" rel="nofollow">'
            f'<img src="/modules/news/images/print.png" alt="Bản để in" title="Bản để in" /> Bản để in</a> '
            f'<a href="{NEWS}makepdf.php?storyid={n}" rel="nofollow"><img src="/modules/news/images/acrobat.png" '
            f'alt="Tạo file PDF từ bài viết này" title="Tạo file PDF từ bài viết này" /> Tạo file PDF từ bài viết này</a> '
            f'<a href="mailto:?subject={attr(a.title)}&amp;body={{{{base}}}}{NEWS}article.php%3Fstoryid%3D{n}" rel="nofollow">'
            f'<img src="/modules/news/images/friend.png" alt="Gửi bài này cho bạn bè" title="Gửi bài này cho bạn bè" /> Gửi bài này cho bạn bè</a></span></div>')
    return (f'<div class="news-article"><div class="item">{head(a, False)}{info(a)}'
            f'<div class="itemBody"><div class="itemText">\n{home}\n{body}\n</div>{files}</div>{foot}</div>'
            f'<div class="news-nav" style="text-align: center;">{" | ".join(nav)}</div>'
            f'<div class="news-related"><h4>Tin cùng chủ đề</h4><ul>{rel}</ul></div>'
            f'<a name="comments"></a>{comments(a)}</div>')


def teaser(a: Article) -> str:
    home, body = split_text(a)
    n = sid(a)
    ncom = len(COMMENTS.get(n, []))
    more = len(body.encode("utf-8"))
    links = f'<a href="{a.path}">Đọc tiếp...</a> | {more} ký tự còn lại' if body else ""
    if ncom:
        links += f' | <a href="{NEWS}article.php?storyid={n}&amp;com_mode=flat&amp;com_order=0">{ncom} bình luận</a>'
    return (f'<div class="item">{head(a, True)}{info(a)}<div class="itemBody"><div class="itemText">{home}</div></div>'
            f'<div class="itemFoot"><span class="itemAdminLink">{links}</span></div></div>')


def print_page(a: Article) -> str:
    home, body = split_text(a)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head><meta http-equiv="content-type" content="text/html; charset=UTF-8" /><title>{esc(a.title)} - {NAME}</title>
<meta name="robots" content="noindex,nofollow" /></head>
<body bgcolor="#ffffff" text="#000000" onload="window.print()">
<table border="0" style="font: 12px Tahoma;"><tr><td align="center">
<table border="0" width="100%" cellpadding="0" cellspacing="1" bgcolor="#000000"><tr><td>
<table border="0" width="100%" cellpadding="20" cellspacing="1" bgcolor="#ffffff"><tr><td align="center">
<img src="/themes/default/images/logo.png" border="0" alt="" /><br /><br />
<h3>{esc(a.title)}</h3>
<small><b>Ngày:</b>&nbsp;{a.date:%d/%m/%Y %H:%M} | <b>Chủ đề:</b>&nbsp;{TOPICS[a.opts["topic"]]}</small><br /><br /></td></tr>
<tr valign="top" style="font:12px;"><td>{home}
{body}<br /></td></tr></table></td></tr></table>
<br /><br />Bài viết này từ {NAME}<br /><a href="{a.path}">{{{{base}}}}{a.path}</a>
</td></tr></table>
</body>
</html>
"""


def listing(title: str, items: list[Article], pagenav: str = "") -> str:
    return (f'<div class="news-index"><div class="news-topic-title">{esc(title)}</div>'
            + "".join(teaser(a) for a in items) + (f'<div id="xo-pagenav">{pagenav}</div>' if pagenav else "") + "</div>")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-noi", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        n = sid(a)
        site.page(a.path, layout(a.title, detail(a, arts), arts), content_type=HTML)
        flat = f"{NEWS}article.php?storyid={n}&com_mode=flat&com_order=0"
        site.same_page(flat, a.path)
        prn = f"{NEWS}print.php?storyid={n}"
        site.page(prn, print_page(a), content_type=HTML)
        a.aliases = [prn] + ([flat] if COMMENTS.get(n) else [])
        mk = f"{NEWS}makepdf.php?storyid={n}"
        file = f"_routes/makepdf-{n}.pdf"
        site.files[file] = pdf(a.title, ["Quy ho tro phat trien HTX Ha Noi", f"storyid={n}"])
        site.routes.append({"path": mk, "file": file, "content_type": "application/pdf"})
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 12/KH-QHTX", ["KE HOACH HOAT DONG CHO VAY NAM 2026",
                                                         "Quy ho tro phat trien HTX Ha Noi", "So: 12/KH-QHTX"]))
    site.trap("title only in div.itemHead span.itemTitle after its topic link ('Hoạt động Quỹ: <title>'); the only "
              "<h1> is the logo; every story also answers at print.php?storyid=N (printer page, an <h3> title and no "
              "poster) and at &com_mode=flat&com_order=0 (the listings' comment links): one article; makepdf.php "
              "returns a PDF of the story", story(412))

    # news index (= home page) and topic listings, paged by &start=5
    def paged(base: str, title: str, items: list[Article]) -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        sep = "&" if "?" in base else "?"
        for k, chunk in enumerate(chunks):
            here = base if k == 0 else f"{base}{sep}start={k * PER}"
            nav = ""
            if len(chunks) > 1:
                nav = " ".join(f"<strong>({j + 1})</strong>" if j == k else
                               f'<a href="{base if j == 0 else f"{base}{sep}start={j * PER}".replace("&", "&amp;")}">{j + 1}</a>'
                               for j in range(len(chunks)))
                if k + 1 < len(chunks):
                    nav += f' <a href="{f"{base}{sep}start={(k + 1) * PER}".replace("&", "&amp;")}">&raquo;</a>'
            site.page(here, layout(title, listing(title, chunk, nav), arts), content_type=HTML)
            site.non_articles.append(here)

    paged(f"{NEWS}index.php", "Tin tức", arts)
    site.same_page("/", f"{NEWS}index.php")
    site.same_page(NEWS, f"{NEWS}index.php")
    site.non_articles += ["/", NEWS]
    for t, name in TOPICS.items():
        paged(f"{NEWS}index.php?storytopic={t}", name, [a for a in arts if a.opts["topic"] == t])
    site.trap("news index (the home page) and topic listings ?storytopic=N paged by &start=5: each teaser is the "
              "hometext with itemHead/itemInfo, 'Đọc tiếp... | N ký tự còn lại | 2 bình luận': not articles",
              f"{NEWS}index.php?storytopic=1&start=5")

    # archive
    months = sorted({(a.date.year, a.date.month) for a in arts}, reverse=True)
    rows = "".join(f'<li><a href="{NEWS}archive.php?year={y}&amp;month={m}">Tháng {m}/{y}</a></li>' for y, m in months)
    site.page(f"{NEWS}archive.php", layout("Lưu trữ tin", f'<h2>Lưu trữ tin</h2><ul>{rows}</ul>', arts), content_type=HTML)
    site.non_articles.append(f"{NEWS}archive.php")
    for y, m in months:
        items = [a for a in arts if (a.date.year, a.date.month) == (y, m)]
        trs = "".join(f'<tr class="even"><td><a href="{NEWS}index.php?storytopic={a.opts["topic"]}">{TOPICS[a.opts["topic"]]}</a></td>'
                      f'<td><a href="{a.path}">{esc(a.title)}</a></td><td>{a.opts["hits"]}</td><td>{a.date:%d/%m/%Y %H:%M}</td></tr>'
                      for a in items)
        main = (f'<h2>Lưu trữ tin: Tháng {m}/{y}</h2><ul>{rows}</ul><table class="outer"><tr><th>Chủ đề</th><th>Bài viết</th>'
                f'<th>Đọc</th><th>Ngày</th></tr>{trs}</table><p>Có {len(items)} bài viết</p>')
        p = f"{NEWS}archive.php?year={y}&month={m}"
        site.page(p, layout(f"Lưu trữ tin {m}/{y}", main, arts), content_type=HTML)
        site.non_articles.append(p)

    # users
    for uid, (uname, name, joined) in USERS.items():
        mine = [a for a in arts if a.opts["uid"] == uid]
        lis = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({a.date:%d/%m/%Y})</li>' for a in mine)
        main = (f'<h2>Thông tin thành viên: {esc(uname)}</h2><table class="outer"><tr><td class="head">Tên thật</td>'
                f'<td class="odd">{esc(name)}</td></tr><tr><td class="head">Tham gia</td><td class="odd">{joined}</td></tr>'
                f'<tr><td class="head">Bài gửi</td><td class="odd">{len(mine)}</td></tr></table>'
                f'<h3>Tin tức ({len(mine)})</h3><ul>{lis}</ul>')
        p = f"/userinfo.php?uid={uid}"
        site.page(p, layout(f"Thông tin thành viên {uname}", main, arts, "Thành viên"), content_type=HTML)
        site.non_articles.append(p)
    site.trap("user profiles /userinfo.php?uid=N (the itemInfo links) list the user's stories with dates: not articles",
              "/userinfo.php?uid=7")

    # static and service pages
    about = ("<h2>Giới thiệu Quỹ hỗ trợ phát triển hợp tác xã Hà Nội</h2><p>Quỹ hỗ trợ phát triển hợp tác xã Hà Nội "
             "được thành lập năm 2009, trực thuộc Liên minh Hợp tác xã thành phố Hà Nội, hoạt động không vì mục tiêu lợi "
             "nhuận, bảo toàn và phát triển vốn.</p><p>Quỹ cho vay ưu đãi đối với hợp tác xã, liên hiệp hợp tác xã và tổ "
             "hợp tác để đầu tư phát triển sản xuất, kinh doanh, đổi mới công nghệ, mở rộng thị trường.</p>"
             "<p><strong>Chức năng, nhiệm vụ</strong></p><ul><li>Cho vay đầu tư, cho vay vốn lưu động;</li>"
             "<li>Bảo lãnh tín dụng cho HTX vay vốn tại các tổ chức tín dụng;</li><li>Tiếp nhận, quản lý nguồn vốn tài trợ.</li></ul>")
    products = ("<h2>Sản phẩm cho vay</h2><p>Quỹ cho vay ngắn hạn đến 12 tháng và trung, dài hạn đến 60 tháng. Mức cho vay "
                "tối đa đối với một dự án không quá 3 tỷ đồng.</p><table class=\"outer\"><tr><th>Loại vay</th><th>Lãi suất</th></tr>"
                "<tr><td>Ngắn hạn</td><td>6,0%/năm</td></tr><tr><td>Trung, dài hạn</td><td>6,6%/năm</td></tr></table>")
    contact = ('<h2>Liên hệ</h2><form method="post" action="/modules/contact/index.php"><p>Họ tên <input name="usersName" /></p>'
               '<p>Email <input name="usersEmail" /></p><p>Nội dung <textarea name="usersComments"></textarea></p>'
               '<input type="submit" name="submit" value="Gửi" /></form>')
    login = ('<h2>Đăng nhập</h2><form action="/user.php" method="post"><p>Tên truy cập <input name="uname" /></p><p>Mật khẩu '
             '<input type="password" name="pass" /></p><input type="hidden" name="op" value="login" /><input type="submit" '
             'value="Đăng nhập" /></form><a name="lost"></a><h3>Quên mật khẩu?</h3><form action="/lostpass.php" method="post">'
             '<input name="email" /><input type="submit" value="Gửi mật khẩu" /></form>')
    register = ('<h2>Đăng ký thành viên</h2><form action="/register.php" method="post"><p>Tên truy cập <input name="uname" /></p>'
                '<p>Email <input name="email" /></p><input type="submit" value="Đăng ký" /></form>')
    submit = (f'<h2>Gửi tin</h2><form action="{NEWS}submit.php" method="post"><p>Tiêu đề <input name="title" /></p>'
              '<p>Chủ đề <select name="topic_id"><option value="1">Hoạt động Quỹ</option></select></p>'
              '<p>Nội dung <textarea name="hometext"></textarea></p><input type="submit" name="preview" value="Xem trước" />'
              '<input type="submit" name="post" value="Gửi" /></form>')
    search_form = ('<h2>Tìm kiếm</h2><form action="/search.php" method="get"><input name="query" /><select name="andor">'
                   '<option value="AND">Tất cả các từ</option></select><input type="hidden" name="action" value="results" />'
                   '<input type="submit" value="Tìm kiếm" /></form>')
    hits = [a for a in arts if "OCOP" in a.body or "OCOP" in a.title]
    results = ('<h2>Kết quả tìm kiếm</h2><p>Từ khóa: <strong>ocop</strong></p><h4>Tin tức</h4>'
               + "".join(f'<p><img src="/modules/news/images/forum.png" alt="" /> <b><a href="{a.path}">{esc(a.title)}</a></b><br />'
                         f'<small>(<a href="/userinfo.php?uid={a.opts["uid"]}">{esc(user_name(a.opts["uid"]))}</a>, '
                         f'{a.date:%d/%m/%Y %H:%M})</small></p>' for a in hits))
    for path, title, main, mod in [("/modules/tinycontent/index.php?id=1", "Giới thiệu", about, "Giới thiệu"),
                                   ("/modules/tinycontent/index.php?id=2", "Sản phẩm cho vay", products, "Giới thiệu"),
                                   ("/modules/contact/", "Liên hệ", contact, "Liên hệ"),
                                   ("/user.php", "Đăng nhập", login, "Thành viên"),
                                   ("/register.php", "Đăng ký", register, "Thành viên"),
                                   (f"{NEWS}submit.php", "Gửi tin", submit, "Tin tức"),
                                   ("/search.php", "Tìm kiếm", search_form, "Tìm kiếm"),
                                   ("/search.php?query=ocop&action=results", "Tìm kiếm", results, "Tìm kiếm")]:
        site.page(path, layout(title, main, arts, mod), content_type=HTML)
        site.non_articles.append(path)
    site.trap("static pages of the tinycontent module (introduction with a list, loan products with a table), "
              "contact, login, registration, the story-submission form and search results: not articles",
              "/modules/tinycontent/index.php?id=1")
    site.static("/robots.txt", "User-agent: *\nDisallow: /cache/\nDisallow: /class/\nDisallow: /include/\n"
                "Disallow: /install/\nDisallow: /kernel/\nDisallow: /language/\nDisallow: /templates_c/\n")
    return site
