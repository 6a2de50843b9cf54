"""Line-level cleanup after trafilatura: portal furniture that can sit inside an article's
container (rating widgets, share bars, counters, licence lines) and the tail after which
nothing belongs to the article ("Tin liên quan", comment blocks)."""

import re
import unicodedata

from .dates import is_date_line, is_field_line, is_update_line
from .text import CATEGORY_LABEL, POSTED_BY, clean_line, field_row, row_as_line

_FILE_NAME = r"[\w.\-]+(?:\s[\w.\-]+){0,3}\.(pdf|docx?|xlsx?|pptx?|zip|rar)"  # a linked file's name ("KH-12-LMHTX.pdf", "QĐ 25-LMHTX.pdf")
_FILE_SIZE_NOTE = r"(\s*\(\s*[\d.,]+\s*[KMG]?i?B\s*\))?"  # its size after it: "(118 KB)"

# A whole line that is furniture. Anchored, so an article sentence that merely mentions
# "chia sẻ" or "bản quyền" stays.
FURNITURE_LINE = re.compile(
    r"(?ix)^(?:"
    r"A-\s*A\s*A\+.*|.*Tăng\s+tương\s+phản.*|Giảm\s+tương\s+phản"
    r"|Tổng\s+số\s+điểm\s+của\s+bài\s+viết.*|Click\s+để\s+đánh\s+giá.*|Đánh\s+giá\s+bài\s+viết.*"
    # a thread's rating, its stars images, a counter after them (MyBB's "Đánh giá chủ đề: 230 lượt xem")
    r"|(Đánh\s+giá\s+chủ\s+đề|Thread\s+Rating|Rate\s+this\s+(thread|topic|post|article))\s*:.{0,40}"
    r"|Thống\s+kê\s+truy\s+cập.*|Hôm\s+(nay|qua)\s*:\s*[\d.,]+.*|Tổng\s+(số|lượt\s+truy\s+cập)\s*:\s*[\d.,]+.*"
    r"|Đang\s+(truy\s+cập|online)\s*:?\s*[\d.,]*|(Số\s+)?[Ll]ượt\s+(xem|truy\s+cập|đọc)\s*:?\s*[\d.,]+"
    r"|Thời\s+tiết(\s+[\wÀ-ỹ ]{2,20})?|Biểu\s+quyết|Xem\s+kết\s+quả"
    r"|Chia\s+sẻ(\s*:)?(\s*(Facebook|Zalo|Twitter|Email))*|In\s+(bài(\s+viết)?|trang(\s+này)?|tài\s+liệu|văn\s+bản)|Gửi\s+(email|bài\s+viết)|Lưu\s+bài\s+viết"
    r"|(Facebook|Zalo|Twitter|Tweet|Email|Print)(\s*[|,]\s*(Facebook|Zalo|Twitter|Tweet|Email|Print))*"
    r"|Chịu\s+trách\s+nhiệm\s+(nội\s+dung|chính|xuất\s+bản).*|Giấy\s+phép(\s+số)?\s*:?.*\d.*"
    r"|.*Ghi\s+rõ\s+nguồn.*|.*Copyright\s*©?.*|©.*|.*Technology\s+Supported\s+by.*|(?:Proudly\s+)?Powered\s+by\s+\S.{0,60}|.*Thiết\s+kế\s+bởi.*"
    r"|Bản\s+quyền\s+(thuộc|©).*"
    r"|Nhiệt\s+liệt\s+chào\s+mừng.*"
    r"|(Thứ\s+(hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|Chủ\s+nhật)\s*,?\s*(ngày\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
    r"(\s*[-|,]?\s*\d{1,2}[:h]\d{2}(:\d{2})?)?"
    r"|\(?\d{1,2}:\d{2}\s*\|\s*\d{1,2}/\d{1,2}/\d{4}\)?"
    r"|(Cập\s+nhật(\s+lúc)?|Ngày\s+đăng)\s*:?\s*[\d/:\s-]+(\s*(SA|CH|AM|PM))?"
    r"|Ngày\s+\d{1,2}[-/]\d{1,2}([-/]\d{4})?\s*-\s*Lượt\s+xem\s*:?\s*\d+"
    # a code box's button (phpBB's, vBulletin's "Chọn tất cả")
    r"|((Mã|Code)\s*:\s*)?(Chọn\s+tất\s+cả|Select\s+all)"
    # a link to the whole list under the text (NetCat's "Tất cả tin tức"), a property table's caption
    # whose rows are the page's fields (HostCMS' "Thuộc tính")
    r"|(Xem\s+)?[Tt]ất\s+cả\s+(các\s+)?(tin(\s+tức|\s+bài)?|bài\s+viết|thông\s+báo)(\s*[»›>→…]+)?|Xem\s+tất\s+cả(\s*[»›>→…]+)?"
    r"|Thuộc\s+tính"
    # a post's buttons under it (SMF's "Thích", "Trích dẫn"); a picture's badge saying it has an alt text
    # (Mastodon's, Misskey's "ALT")
    r"|Thích|Trích\s+dẫn|Quote|Like|ALT"
    # who liked it (a social network's under each post: Friendica's "Lê Thị Hồng, Đào Văn Tí thích điều này.")
    r"|[^.!?]{1,160}\s(thích|không\s+thích)\s+điều\s+này\.?|[^.!?]{1,160}\s(likes?|dislikes?)\s+this\.?"
    # its poster's status under it (FluxBB's, punBB's "Ngoại tuyến")
    r"|(Đang\s+)?(Ngoại|Trực)\s+tuyến|Offline|Online"
    # who may comment, where the comments' form would be (PostNuke's, uCoz's)
    r"|Khách\s+chưa\s+được\s+phép\s+(gửi|viết)\s+(lời\s+bình|bình\s+luận|ý\s+kiến).{0,40}"
    r"|Only\s+registered\s+users\s+can\s+(add|post|write)\s+comments\.?"
    r"|Chưa\s+có\s+(bình\s+luận|ý\s+kiến|phản\s+hồi)(\s+nào)?(\s+cho\s+bài\s+viết\s+này)?\.?|No\s+comments(\s+yet)?\.?"
    r"|Bạn\s+(cần|phải)\s+đăng\s+nhập\s+(để|mới\s+có\s+thể)\s+(gửi|viết|đăng)\s+(lời\s+bình|bình\s+luận|ý\s+kiến).{0,40}"
    r"|You\s+must\s+(be\s+logged\s+in|log\s+in)\s+to\s+(post|leave|write)\s+a\s+comment\.?"
    # a forum's clock and who-is-online box (phpBB's "Bây giờ là …", "Có tổng cộng 23 người dùng trực
    # tuyến :: …", "Số người dùng trực tuyến nhiều nhất là …", its totals; "It is currently", "In total there are")
    r"|(Bây\s+giờ\s+là|It\s+is\s+currently)\s.{0,40}\d{1,2}:\d{2}(\s*(am|pm|SA|CH))?"
    r"|Có\s+tổng\s+cộng\s+[\d.,]+\s+người\s+dùng\s+trực\s+tuyến.*|In\s+total\s+there\s+(is|are)\s+[\d.,]+\s+users?\s+online.*"
    r"|Số\s+người\s+dùng\s+trực\s+tuyến\s+nhiều\s+nhất.*|Most\s+users\s+ever\s+online.*"
    r"|Thành\s+viên\s+đang\s+trực\s+tuyến\s*:.*|Registered\s+users\s*:.*"
    r"|Tổng\s+số\s+bài\s+viết\s+[\d.,]+.*Tổng\s+số\s+(chủ\s+đề|thành\s+viên).*|Total\s+posts\s+[\d.,]+.*Total\s+(topics|members).*"
    # a post's notes, one reader's action a line (Tumblr's "htxphanrang đã reblog bài này từ …",
    # a social plug-in's "Lan đã thích bài viết này")
    r"|\S+(\s+\S+){0,3}\s+đã\s+(thích|reblog|chia\s+sẻ|đăng\s+lại)\s+(bài\s+(viết\s+)?)?(này|điều\s+này)(\s+từ\s+\S+)?"
    r"|\S+(\s+\S+){0,3}\s+(liked|reblogged|shared)\s+this(\s+(post|from\s+\S+))?"
    # a blog's archive box's heading, its months gone as links (Blogger's, nopCommerce's "Lưu trữ blog")
    r"|Lưu\s+trữ(\s+(blog|tin(\s+tức|\s+bài)?|bài\s+viết))?"
    # a back button, its arrows and where it goes ("<< Quay lại trang trước": News Manager's)
    r"|(?:<<|«|‹|←)?\s*(?:Quay\s+(?:lại|về)|Trở\s+(?:lại|về))(?:\s+(?:trang\s+trước|trang\s+chủ|đầu\s+trang|danh\s+sách))?"
    r"|Về\s+đầu\s+trang|Xem\s+thêm|Đọc\s+tiếp|Trang\s+chủ"
    # a post's number alone ("#1", its permalink: MyBB's, NodeBB's)
    r"|\#\d{1,6}"
    # an ellipsis alone, where a post's teaser was cut ("<p class=evo_post_more_anchor>...</p>": b2evolution's)
    r"|(\.{3}|…)"
    # a post's hashtags, after its date or alone (WonderCMS' Simple Blog: "20 November 2025 #taphuan #ketoan")
    r"|(\d{1,2}[./\s]\s*\w{1,12}[./\s,]\s*\d{4}\s+)?\#[^\W\d_][\w-]*(\s+\#[^\W\d_][\w-]*)*"
    # a page's feedback box (a documentation site's: GitBook's "Nội dung này có hữu ích không?", Docusaurus'
    # and Material for MkDocs' "Was this page helpful?"), its yes / no buttons gone
    r"|(Nội\s+dung|Bài\s+viết|Trang|Thông\s+tin)(\s+này)?\s+có\s+hữu\s+ích(\s+(cho|với)\s+bạn)?\s+không\s*\??"
    r"|(Was|Is)\s+this\s+(page|article|content|post|information)\s+helpful\s*\??|Did\s+this\s+(page|article)\s+help(\s+you)?\s*\??"
    # a last update's label alone, its moment gone as the page's date stamp ("Cập nhật lần cuối <time>…</time>")
    r"|(Cập\s+nhật|Sửa\s+đổi|Chỉnh\s+sửa)\s+lần\s+cuối(\s+(lúc|vào|ngày))?\s*:?|Last\s+(updated|modified)(\s+(on|at))?\s*:?"
    # a reactions box's question (Discuz's "Bạn cảm thấy thế nào khi đọc bài viết này?")
    r"|Bạn\s+cảm\s+thấy\s+(thế\s+nào|như\s+thế\s+nào)\s+(khi|sau\s+khi|về)\s+(đọc\s+)?(bài\s+viết|bài|tin)(\s+này)?\s*\??"
    # a forum's clock and its debug counters in the footer (Discuz's "GMT+7, 2025-9-18 10:30, Processed in
    # 0.052371 second(s), 24 queries .")
    r"|(GMT\s*[+-]\s*\d{1,2}\s*,\s*[\d:\s/-]+\s*,?\s*)?Processed\s+in\s+[\d.]+\s+second\(?s?\)?.*"
    # a form's thanks, shown once it is sent (a newsletter box's popup, a contact form's)
    r"|Cảm\s+ơn\s+(bạn|quý\s+(vị|khách))\s+đã\s+(đăng\s+ký|liên\s+hệ|gửi|góp\s+ý|bình\s+luận)\b.{0,120}"
    r"|Thank\s+you\s+for\s+(subscribing|signing\s+up|your\s+(message|submission|comment))\b.{0,120}"
    # a breadcrumb from the home page ("Trang chủ > Tin tức - Sự kiện > <title>", SPIP's p.arbo)
    # (or under its label: Cotonti's "Xếp vào: Trang chủ > Tin tức - Sự kiện", "Bạn đang ở: …")
    r"|((Xếp\s+vào|Filed\s+under|Bạn\s+đang\s+ở|Vị\s+trí|You\s+are\s+here)\s*:?\s*)?(Trang\s+chủ|Trang\s+nhất|Home)\s*[>»›/|]\s*\S.*"
    # the theme's headings over the footnotes and the post-scriptum (SPIP's "Ghi chú", "P.S."): their text stays
    r"|Ghi\s+chú|P\.\s?S\.?"
    # the heading over a post's table of fields (Oxwall's "Thông tin bài viết": by, added)
    r"|Thông\s+tin\s+(bài\s+viết|bài\s+đăng|tin\s+bài)"
    # a scholarly page's fields: its DOI, the label over its abstract (the abstract stays)
    r"|DOI\s*:?(\s*(https?://(dx\.)?doi\.org/|doi:)?10\.\d{4,9}/\S+)?|https?://(dx\.)?doi\.org/10\.\d{4,9}/\S+|Tóm\s+tắt|Abstract"
    # a reading time (Hashnode's, Ghost's, Medium's "2 min read")
    r"|(Thời\s+gian\s+đọc\s*:?\s*)?\d+\s+phút\s+đọc|\d+\s+min(ute)?s?\s+read|Reading\s+time\s*:?\s*\d+\s+min(ute)?s?|[\d.,]+\s+lượt\s+(chia\s+sẻ|thích|bình\s+luận|xem|đọc)"
    # a hits counter (K2's "Đọc 98 lần"), the heading of a CMS's extra fields (K2's "Thông tin bổ sung")
    r"|(Đã\s+)?(Đọc|xem)\s+[\d.,]+\s+lần|Hits?\s*:?\s*[\d.,]+|Thông\s+tin\s+bổ\s+sung"
    r"|" + _FILE_NAME + r"(\s*\((\w{2,4}\s*,\s*)?[\d.,]+\s*[KMG]?i?B(\s*,\s*[\d.,]+\s+(lượt\s+tải|lần\s+tải|downloads?|views?))?\))?"  # a file field: the attachment
    r"|(Tập\s+tin|Tệp(\s+tin)?|File|Văn\s+bản|Tài\s+liệu)\s+đính\s+kèm\s*:?.*|Đính\s+kèm\s*:?\s*(?:" + _FILE_NAME + r")?|Tải\s+(?:về|xuống|văn\s+bản|tệp(?:\s+tin)?|tài\s+liệu)\s*:?\s*\(?" + _FILE_NAME + r"\)?" + _FILE_SIZE_NOTE + r"|(Từ\s+khóa|Tags?|Chuyên\s+mục|Danh\s+mục|((Đã\s+)?gắn\s+)?thẻ|Nhãn|Categor(y|ies))\s*:.*"
    r"|TrackBack\s+URL\s*:.*|Đường\s+dẫn\s+trackback.*"
    # a file's size and its downloads or views beside its name (a forum's attachment: "KH-21.pdf
    # (215.4 KiB) Đã tải về 87 lần", "anh-1.png (118.5 KiB) Đã xem 64 lần")
    r"|([\w.\-]+\.\w{2,4}\s*)?\(\s*[\d.,]+\s*[KMG]i?B\s*\)\s*[-–,]?\s*((Đã\s+)?(tải(\s+về|\s+xuống)?|xem)\s+[\d.,]+\s+lần"
    r"|Lượt\s+tải\s*:?\s*[\d.,]+|(Downloaded|Viewed)\s+[\d.,]+\s+times?)"
    # ... its downloads labelled, its upload's time after them (Discuz's "KH.pdf 215.4 KB, Lượt tải xuống: 34
    # 2025-9-17 15:37 Tải lên", "KH.pdf (126.5 KB, Lượt tải xuống: 41)"; the name on a line of its own)
    r"|(" + _FILE_NAME + r")?\s*\(?\s*[\d.,]+\s*[KMG]i?B\s*,\s*Lượt\s+tải(\s+xuống|\s+về)?\s*:\s*[\d.,]+\s*\)?([\d\s/:-]+Tải\s+lên)?"
    r"|[\d\s/:-]+Tải\s+lên"  # ... its upload's time alone, the file's card gone with its link
    # ... its size and views or downloads after a dot, its name before (XenForo's "TB-15.pdf" over "182,4 KB · Xem: 57")
    r"|(" + _FILE_NAME + r")?\s*[\d.,]+\s*[kKMG]i?B\s*·\s*(Xem|Lượt\s+xem|Lượt\s+tải(\s+xuống|\s+về)?|Views?|Downloads?)\s*:?\s*[\d.,]+"
    # a document's link named by its title, its type and size after it (SPIP's "Kế hoạch số 15/KH-LMHTX (PDF - 186.3 kio)")
    r"|.{1,160}\(\s*(pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar)\s*[-–,]\s*[\d.,]+\s*([KMG]i?B|[kM]i?o)\s*\)"
    # ... a file list's line of fields: type, size, date, downloads (phpwcms' "pdf, 186.2 KB, 04/07/25, 41 downloads")
    r"|(pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar)\s*,\s*[\d.,]+\s*[KMG]i?B(\s*,\s*[\d/.:\s-]+)?(\s*,\s*[\d.,]+\s+(lượt\s+tải|lần\s+tải|downloads?))?"
    # a photo's file name printed for want of its caption (a gallery template's "DSC_0412.jpg")
    r"|[\w.\-]+\.(jpe?g|png|gif|webp|bmp|tiff?)"
    r"|\(?(Dung\s+lượng|Kích\s+thước(\s+tệp)?|File\s+size)\s*:\s*[\d.,]+\s*[KMG]?i?B\)?|\(?[\d.,]+\s*(?:[kKMG]i?B|bytes?)(\s*,\s*[\d.,]+\s+(lượt\s+tải(\s+xuống|\s+về)?|lần\s+tải|downloads?))?\)?|Tải\s+(về\s+|xuống\s+)?(tệp|về|xuống|văn\s+bản|tài\s+liệu)(\s+tệp)?\s*(\((pdf|docx?|xlsx?)\))?\s*:?"
    r")$"
)

# (a pager's pair too: "« Bài trước  Bài sau »")
_PAGER_STEP = r"(?:[«‹←<]\s*)?(?:Bài\s+(?:viết\s+)?|Tin\s+)(?:tiếp\s+theo|kế\s+tiếp|trước|sau)(?:\s*[»›→>])?"
_NEXT = (rf"{_PAGER_STEP}(?:\s*[|/–-]?\s*{_PAGER_STEP})?"
         r"|(Next|Previous)\s+(post|article)")
# A line after which the rest of the extracted text is not the article.
TAIL_MARKER = re.compile(
    r"(?i)^((Tin|Bài\s+viết)\s+cùng\s+(chuyên\s+mục|danh\s+mục|chủ\s+đề)|(Trong\s+)?cùng\s+(chuyên\s+mục|danh\s+mục|chủ\s+đề)"
    r"|Tin\s+(liên\s+quan|khác|tiêu\s+điểm|mới(\s+nhất)?|đã\s+đưa|(xem|đọc)\s+nhiều(\s+nhất)?|nổi\s+bật)"
    r"|Các\s+tin\s+(khác|đã\s+đưa)|Bài\s+(viết\s+)?(mới|xem\s+nhiều|đọc\s+nhiều)|(Tài\s+liệu|Văn\s+bản|Bài\s+viết)\s+khác"
    r"|Bài\s+(?:viết\s+)?liên\s+quan|Sản\s+phẩm\s+(?:liên\s+quan|khác|cùng\s+loại|tương\s+tự)|Related\s+(?:products?|posts?|articles?)"
    r"|Bình\s+luận|Ý\s+kiến\s+bạn\s+đọc|Gửi\s+bình\s+luận|Viết\s+bình\s+luận"
    r"|Để\s+lại\s+bình\s+luận|Khảo\s+sát(\s+ý\s+kiến)?|Thăm\s+dò\s+ý\s+kiến|Trackbacks?(\s*\(\d+\))?"
    # a comments section's disclaimer (XOOPS') opening it
    r"|(Các\s+)?(bình\s+luận|ý\s+kiến(\s+đóng\s+góp)?)\s+thuộc\s+về\s+người\s+gửi.*|Người\s+gửi"
    r"|The\s+comments\s+are\s+owned\s+by\s+the\s+poster.*"
    # a taxonomy's label alone on its line, its terms on the next ("Từ khóa" / "OCOP, HTX")
    r"|Từ\s+khóa|Thẻ|Nhãn|Tags?|Keywords?"
    # a bibliography under the text: sources, not the text (a journal's landing page, a study's post)
    r"|Tài\s+liệu\s+tham\s+khảo|References|Chú\s+thích|Liên\s+kết\s+ngoài"  # (a wiki's notes, its external links)
    # a forum's who-is-online box under the posts
    r"|Ai\s+đang\s+trực\s+tuyến|Who\s+is\s+online|Người\s+dùng\s+đang\s+xem\s+chủ\s+đề\s+này\s*:.*"
    # a forum's related threads under the posts (MyBB's "Các chủ đề có thể liên quan…")
    r"|(?:Các\s+)?chủ\s+đề\s+(?:có\s+thể\s+)?(?:liên\s+quan|tương\s+tự)\s*(?:…|\.\.\.)?|Similar\s+threads"
    # the next article loaded below this one (infinite scroll), or the links to it, by title too
    # (Typecho's "Bài viết trước: <title>", "Bài viết sau: Không có")
    r"|(?:" + _NEXT + r")(?:\s*:\s*\S.{0,160})?)(?:\s*\(\d+\))?\s*:?$"  # (with its count: "Bình luận (1)")
)


# A wiki's links to edit a section, after its heading ("Kết quả năm 2025[sửa | sửa mã nguồn]").
_EDIT_SECTION = re.compile(r"\s*\[\s*(?:sửa|edit)(?:\s*\|\s*(?:sửa\s+mã\s+nguồn|edit\s+source))?\s*\]$")
_NUMBERED = re.compile(r"(?:^|\|\s*)Số\s*:?\s*\d")  # a document's number, alone or in its header table's cell
_ONE_CELL = re.compile(r"^\|\s*([^|]+?)\s*\|$")
# The rule under a table's header row as trafilatura prints it ("|---|---|"): markup, not text.
_HEADER_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+$")
# A label closing the text ("Tài liệu đính kèm:", "Download:"): what it introduced (files,
# links) is gone, so it introduces nothing.
_DANGLING_LABEL = re.compile(r"^[^.!?]{2,40}:$")
# A journal post's "currents" closing it (LiveJournal's and Dreamwidth's "Current mood: happy",
# "Current music: …", in a table under the tags): what the poster felt or heard, no line of the text.
_CURRENTS = re.compile(r"(?i)^(?:current\s+(?:mood|music|location)|tâm\s+trạng|(?:nhạc\s+)?đang\s+nghe)\s*:\s*\S.{0,80}(?<![.!?…])$")
# The post's subject or kind closing the text ("Chủ đề: Kinh tế tập thể", a blog's categories line
# after its content, K2's "Đăng trong HTX điển hình"): the site's taxonomy, no sentence of the text.
_TAXONOMY = re.compile(r"(?i)^(?:(chủ\s+đề|thể\s+loại)\s*:|(?:được\s+)?đăng\s+trong|published\s+in|posted\s+in)\s*[^.!?]{1,60}$"
                       # a wiki's categories, CamelCase page names closing the page ("CategoryTinTuc": WikkaWiki's)
                       r"|^(?-i:Category[A-ZĐ]\w*)(?:[\s,|]+(?-i:Category[A-ZĐ]\w*))*$")
# A metadata field's label standing alone, its value in the next block (Drupal's field-label).
FIELD_LABEL = re.compile(r"(?i)^(tác\s+giả|người\s+viết|nguồn(\s+tin)?|theo|biên\s+tập|ảnh)\s*:$")
_FIELD_VALUE_CHARS = 80
KICKER_CHARS = 60  # a kicker's or a site name's line above the title
HEAD_LINES = 3  # the title repeated among the first lines is an echo, not text
# ... also under a label and with its views ("Chủ đề: <title> (Đã xem 305 lần)": SMF's topic header)
_ECHO_LABEL = re.compile(r"(?i)^(?:chủ\s+đề|tiêu\s+đề|topic|subject)\s*:\s*")
_ECHO_COUNTER = re.compile(r"(?i)\s*\((?:đã\s+)?(?:xem|đọc|read|viewed)\s+[\d.,]+\s+(?:lần|times?)\)\s*$")


_FILE_CELL = re.compile(r"(?i)^" + _FILE_NAME + "$")
_ROW_CELL_CHARS = 60


# A file's line: its name after a download or attachment label ("Tải về: TB-18-LMHTX.pdf"). At the text's end it
# labels the attachment; with the text going on after it (a notice's signer under it) the writer set it in the text.
_FILE_LINE = re.compile(r"(?i)^(Tải\s+(về|xuống|văn\s+bản|tài\s+liệu)|(Tệp|File|Tập\s+tin)\s+đính\s+kèm|Download)\s*:\s*"
                        + _FILE_NAME + _FILE_SIZE_NOTE + "$")


def _file_row(line: str) -> bool:
    """A table row listing a file ("| 1 | KH-112-LMHTX.pdf | Tải về |"): the file is the
    article's attachment; its row is no text."""
    if not (line.startswith("|") and line.endswith("|")):
        return False
    cells = [c.strip() for c in line.strip("|").split("|")]
    return any(_FILE_CELL.match(c) for c in cells) and all(len(c) <= _ROW_CELL_CHARS for c in cells)


def _header_row(line: str) -> bool:
    """A table row of labels only: short cells without a digit."""
    if not (line.startswith("| ") and line.endswith(" |")):
        return False
    cells = [c.strip() for c in line.strip("|").split("|")]
    return all(c and len(c) <= _ROW_CELL_CHARS and not any(ch.isdigit() for ch in c) for c in cells)


_PARTS = re.compile(r"\s+[|·•]\s+")


def _furniture_parts(line: str) -> bool:
    """A line of furniture items set apart by bars ("Trở về | In tài liệu")."""
    parts = _PARTS.split(line)
    return len(parts) > 1 and all(FURNITURE_LINE.match(part) for part in parts)


# A field's label whose value is gone, and a post's category: the parts of a line of fields whose
# date and name the site profile took out (met again on the site's listings, as template)
_BARE_LABEL = re.compile(r"(?i)^(?:(?:ngày\s+)?đăng(?:\s+(?:ngày|lúc|bởi))?|cập\s+nhật|sửa\s+đổi|tác\s+giả"
                         rf"|{POSTED_BY}|bởi|by|posted(?:\s+on)?|nguồn(?:\s+tin)?"
                         r"|lượt\s+(?:xem|đọc)|thời\s+gian)\s*:?$")
_CATEGORY_PART = re.compile(rf"(?i)^{CATEGORY_LABEL}\s*:?\s*[^.!?:]{{1,60}}$")


def _emptied_fields(line: str) -> bool:
    """A line of fields left without its values: "Đăng · Tác giả · Chuyên mục Phóng sự ảnh"."""
    parts = _PARTS.split(line)
    return len(parts) > 1 and any(_BARE_LABEL.match(p) for p in parts) \
        and all(_BARE_LABEL.match(p) or _CATEGORY_PART.match(p) or FURNITURE_LINE.match(p) for p in parts)


# "in <section>" alone: lowercase, a few words of a name, no sentence's punctuation
_IN_SECTION = re.compile(r"^(?:đăng\s+)?(?:trong|thuộc|in|posted\s+in|filed\s+under)\s+[^\W\d_][^.!?,;:]{0,48}$")


def _symbols_only(line: str) -> bool:
    """A line of pictographs only (a callout's "📌", an icon font's glyph), or the separators left
    between fields whose words went (Hashnode's "·" before the date, Volto's "— —" of its byline
    "bởi X — xuất bản … — sửa đổi …"): no text. (A divider of punctuation, "___" or "* * *", stays,
    as a page's reader sees it.)"""
    return all(part in _SEPARATORS for part in line.split()) \
        or all(unicodedata.category(c)[0] in "SZ" or c in "\ufe0f\u200d" for c in line)


_SEPARATORS = frozenset("·•|/-–—")


# A post's edit note: "Được sửa bởi BBT Liên minh Thứ Ba lúc 14:02", "Edited by admin", phpBB's "Sửa
# lần cuối bởi X vào lúc …, đã sửa tổng cộng 1 lần." (the reason on the line after it: "Lý do: …")
_EDIT_NOTE = re.compile(r"(?i)^(?:được\s+)?(?:chỉnh\s+)?sửa\s+bởi\s[^.!?]{1,80}$|^edited\s+(?:by\s|\d).{0,80}$"
                        r"|^(?:chỉnh\s+)?sửa\s+lần\s+cuối\s+bởi\s|^last\s+edited\s+by\s"
                        # Discuz's "Bài viết được X chỉnh sửa lần cuối vào 2025-9-17 16:02", PHPWind's
                        # "[Bài viết được admin chỉnh sửa lúc 2024-05-14 08:02]"
                        r"|^\[?(?:bài\s+viết\s+)?được\s+\S.{0,40}?\s(?:chỉnh\s+)?sửa\s+(?:lần\s+cuối\s+)?(?:vào|lúc)\s"
                        # JForum's "Thông điệp đã được sửa 1 lần. Lần sửa cuối bởi X vào 09/04/2025 10:05:40"
                        r"|^(?:thông\s+điệp|bài\s+viết|bài\s+gửi)\s+(?:này\s+)?đã\s+được\s+(?:chỉnh\s+)?sửa\s+\d+\s+lần"
                        r"|^lần\s+sửa\s+cuối\s+bởi\s|^this\s+message\s+was\s+edited\s+\d+\s+times?")
_EDIT_REASON = re.compile(r"(?i)^(?:lý\s+do|reason)\s*:")


def _cells_line(row: str) -> str:
    """A table row's filled cells as one line: "| Bài trước | Bài tiếp theo |" -> "Bài trước | Bài tiếp theo"."""
    return " | ".join(cell for c in row.strip("| ").split(" | ") if (cell := c.strip()))


def _glued_to_title(line: str, title: str) -> bool:
    """Whether a line is the title after one word run into it, no space between: the poster's name
    in an element of its own beside the caption that opens with the title ("htxlangson" + "HTX Mẫu
    Linh …": Pixelfed's)."""
    head = line[: len(line) - len(title)]
    return line.endswith(title) and 0 < len(head) <= KICKER_CHARS and not head[-1].isspace() and " " not in head


# an event's fields in a notice's text: "Thời gian: 8 giờ ngày 26/6/2025." then "Địa điểm: …"
_EVENT_FIELD = re.compile(r"(?i)^(?:[-+•]\s*)?(?:địa\s+điểm|thành\s+phần|chủ\s+trì|hình\s+thức)\s*:")


def scheduled(lines: list[str], at: int) -> bool:
    """Whether the date line at `at` is an event's time in the text: the next line is another field
    of the event (its place, who attends), which no stamp of the page is followed by."""
    return next((_EVENT_FIELD.match(line) is not None for line in lines[at + 1:] if line), False)


def clean_lines(lines, *, title: str | None = None) -> list[str]:
    """Normalise lines, drop furniture lines, the title echo and a date line at the top, cut at
    a tail marker, drop labels left closing the text. A one-cell table row (a caption under a
    photo in a table layout) is its text; a data table's rows stay "| a | b |" lines, without the
    rule under their header."""
    out: list[str] = []
    fields = False  # inside a field table (a row of it was furniture)
    held: list[str] = []  # files' lines, the text's if more text follows
    edited = False  # the line before was a post's edit note (its reason may follow)
    title_key = clean_line(title).casefold() if title else None
    lines = [clean_line(raw) for raw in lines]
    for at, line in enumerate(lines):
        if line.endswith("]"):
            line = _EDIT_SECTION.sub("", line)
        if one := _ONE_CELL.match(line):
            line = one.group(1)
        if not line or _HEADER_RULE.match(line) or _symbols_only(line):
            continue
        if _EDIT_NOTE.match(line) or (edited and _EDIT_REASON.match(line)):
            edited = True  # a post's edit note, then its reason (Invision's "Được sửa bởi X" / "Lý do: …")
            continue
        edited = False
        if (is_date_line(line) or is_field_line(line) or is_update_line(line)) and not (out and scheduled(lines, at)):
            if (row := field_row(line)) is not None:
                # a field table's date row ("| Đã thêm: | Tháng 12 30 '24, 15:40 |"): its other label |
                # value rows ("| Bởi: | Nguyễn Thu Hà |") are the page's fields too
                while out and field_row(out[-1]) is not None:
                    out.pop()
                fields = True
            continue  # the page's date line at the top; elsewhere a list item's date (a posts widget)
        if (TAIL_MARKER.match(line) or (line.startswith("| ") and TAIL_MARKER.match(_cells_line(line)))) and out:
            break  # (a layout table's row too: "| Bài trước | Bài tiếp theo |", "| Các tin khác | | |")
        if _file_row(line):
            if out and _header_row(out[-1]):
                out.pop()  # the files table's header ("| Tệp đính kèm | Kích thước | Ngày tải lên |")
            continue
        row = field_row(line)
        # (a list item's too: "- Tệp đính kèm", a forum's box of files as a definition list)
        if FURNITURE_LINE.match(row or line) or (line.startswith("- ") and FURNITURE_LINE.match(line[2:])) \
                or _furniture_parts(line) or _emptied_fields(line):
            if row is not None:
                # A field table ("| Ngày đăng | … |", "| Tác giả | … |", "| Lượt xem | … |"): its
                # other label | value rows are the page's fields too, not the article's text.
                while out and field_row(out[-1]) is not None:
                    out.pop()
                fields = True
            elif _FILE_LINE.match(line):
                held.append(line)
            continue
        if fields and row is not None:
            continue
        if row is not None and row.endswith(":") and line.split("|")[1].strip().endswith(":"):
            continue  # a field left empty ("| Người viết: | |"): it says nothing
        fields = False
        if (title_key and len(out) < HEAD_LINES
                and (line.casefold() == title_key
                     or _ECHO_COUNTER.sub("", _ECHO_LABEL.sub("", line)).casefold() == title_key
                     or _glued_to_title(line.casefold(), title_key))
                and not any(prev.endswith((".", "!", "?", "…")) or _NUMBERED.search(prev) for prev in out)):
            # the title repeated above the text, after a kicker or a site name at most, which are
            # the page's heading, no text (a document's own heading under its number is its text)
            if all(len(prev) <= KICKER_CHARS for prev in out):
                out.clear()
            continue
        if len(out) < HEAD_LINES and _IN_SECTION.match(line) and all(len(prev) <= KICKER_CHARS for prev in out):
            continue  # the post's section left under its heading, its date gone (Vanilla's "trong <a>Thông báo</a>")
        if out and len(line) <= _FIELD_VALUE_CHARS and ":" not in line and FIELD_LABEL.match(out[-1]):
            out[-1] = f"{out[-1]} {line}"  # a field's label and value in two blocks: "Tác giả:" | "Trần Minh Đức"
            continue
        out.extend(held)
        held.clear()
        out.append(line)
    while len(out) > 1 and (_DANGLING_LABEL.match(last := row_as_line(out[-1])) or _TAXONOMY.match(out[-1])
                            or _CURRENTS.match(last)):
        out.pop()
    # (a field's label left alone, its value an avatar or a link gone: InstantCMS' "Tác giả:")
    out = [line for line in out if not FIELD_LABEL.match(line)] or out
    return _without_copies(_without_pull_quotes(out))




PULL_QUOTE_CHARS = 40  # a sentence; a short caption may well repeat the start of a paragraph
PULL_QUOTE_REACH = 2  # lines between a pull quote and its paragraph after it
PULL_QUOTE_AFTER = 6  # ... and before it: a page builder's quote block closes the section it quotes
_QUOTE_MARKS = " \"'“”‘’«».!?…"


def _without_pull_quotes(lines: list[str]) -> list[str]:
    """Without the sentences set again in large type beside their paragraph (a magazine's pull
    quote): a line that is a whole sentence or clause of a longer line near it, its quotation
    marks aside.
    (A document's subject line is part of a sentence of the next one: it stays.)"""
    folded = [line.casefold() for line in lines]
    drop = set()
    for i, line in enumerate(folded):
        core = line.strip(_QUOTE_MARKS)
        if len(core) < PULL_QUOTE_CHARS:
            continue
        if any(len(folded[j]) > len(line) and _said_in(core, folded[j])
               for j in range(max(0, i - PULL_QUOTE_AFTER), min(len(lines), i + PULL_QUOTE_REACH + 1))):
            drop.add(i)
    return [line for i, line in enumerate(lines) if i not in drop] if drop else lines


def _said_in(core: str, line: str) -> bool:
    """Whether `core` is a whole sentence or clause of `line`: it starts the line, follows a
    sentence's or clause's end or an opening quote, and ends where they end. (String tests: a
    pattern compiled for every line cost half an extraction.)"""
    start = line.find(core)
    while start >= 0:
        end = start + len(core)
        before = line[:start].rstrip()
        opens = not before or before[-1] in _CLAUSE_ENDS or before[-1] in _OPENING_QUOTES
        if opens and (end == len(line) or line[end] in _CLOSERS):
            return True
        start = line.find(core, start + 1)
    return False


_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)\s*(?:\S+(?:\s\S+)?)?$")  # "… more", "... Xem thêm"
_AFTER_ELLIPSIS_CHARS = 15


def _without_copies(lines: list[str]) -> list[str]:
    """Without a sentence-long line shown again cut short by an ellipsis ("<caption start> ...
    more") after the whole of it (a gallery's caption in the slide and again in its caption
    bar). A line repeated whole stays: interviews repeat their questions, plans their lines."""
    seen: list[str] = []
    out = []
    for line in lines:
        folded = line.casefold()
        cut = _ELLIPSIS.search(folded)
        if cut and len(folded[cut.start():].strip(" .…")) <= _AFTER_ELLIPSIS_CHARS:
            stem = folded[: cut.start()]
            if len(stem) >= PULL_QUOTE_CHARS and any(other != folded and other.startswith(stem) for other in seen):
                continue
        seen.append(folded)
        out.append(line)
    return out


_CLAUSE_ENDS = ".!?…:,;"
_OPENING_QUOTES = "“\"‘«"
_CLOSERS = " .!?…,;”\"’»"
