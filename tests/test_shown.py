"""What a reader of the page sees: content the page hides is none of its title, date or text
(Carrd's one document of every section), a <title> many pages share names no article, a post's
title may be its own permalink, and a list archive's mail shows its header and signature around
the message."""

from datetime import datetime

from crawler.authors import is_meta_line
from crawler.blocks import segment
from crawler.dates import TZ, find_published
from crawler.extract import _before_signature, _entry_of
from crawler.families import rules_for
from crawler.parsing import parse_html
from crawler.profile import SiteProfile
from crawler.titles import find_title

PROSE = ("<p>Liên minh Hợp tác xã tỉnh tổ chức hội nghị tổng kết công tác năm, đánh giá kết quả hoạt động của các "
         "hợp tác xã và đề ra nhiệm vụ trọng tâm cho năm tới.</p>")
FETCHED = datetime(2026, 1, 10, 9, 0, tzinfo=TZ)


def _one_page_site(shown: str) -> str:
    """Carrd's document: every section on every address, all but the asked one hidden."""
    sections = {
        "hoi-nghi": ("Hội nghị tổng kết công tác năm 2024 của Liên minh HTX tỉnh", "Đăng ngày 08/01/2025 - 09:00"),
        "sau-rieng": ("Ảnh: HTX Sầu riêng Long Khánh vào mùa thu hoạch", "Đăng ngày 12/05/2025 - 16:20"),
    }
    # (the hidden list of news first: its teaser under the same title, dated by its day)
    out = ['<section id="tin-tuc-section" class="inactive" style="display: none;"><h2>Tin tức</h2>'
           '<p>22/04/2025</p><h3>Ảnh: HTX Sầu riêng Long Khánh vào mùa thu hoạch</h3>'
           '<p>Đầu tháng 5, các thành viên HTX Sầu riêng Long Khánh bước vào mùa thu hoạch sầu riêng.</p></section>']
    for name, (title, line) in sections.items():
        hide = "" if name == shown else ' class="inactive" style="display: none;"'
        out.append(f'<section id="{name}-section"{hide}><h2>{title}</h2><p>{line}</p>{PROSE}</section>')
    return (f"<html><head><title>{sections[shown][0]}</title></head><body><h1>Liên minh HTX tỉnh Đồng Nai</h1>"
            + "".join(out) + "</body></html>")


def test_what_the_page_hides_names_neither_its_title_nor_its_date():
    doc = parse_html(_one_page_site("sau-rieng"))
    title, el = find_title(doc, rules_for("generic"))
    assert title == "Ảnh: HTX Sầu riêng Long Khánh vào mùa thu hoạch"
    found = find_published(doc, "https://htx-dongnai.example.vn/sau-rieng", title_element=el, fetched_at=FETCHED)
    assert found.published == datetime(2025, 5, 12, 16, 20, tzinfo=TZ)
    # nor is it a block of the page (the site's profile learns what is shown)
    texts = {b.text for b in segment(doc)}
    assert "Đăng ngày 12/05/2025 - 16:20" in texts and "Đăng ngày 08/01/2025 - 09:00" not in texts


def test_a_title_many_pages_share_is_a_kind_of_pages_and_the_post_titles_itself_by_its_permalink():
    url = "https://lmhtx.example.vn/share/page/site/lmhtx/blog-postview?postId=blog-1716543900000-3425"
    page = ('<html><head><title>Alfresco &raquo; Xem bài đăng blog</title></head><body>'
            '<div class="backLink"><a href="/share/page/site/lmhtx/blog-postlist">Quay lại danh sách</a></div>'
            '<div class="nodeTitle"><a href="/share/page/site/lmhtx/blog-postview?postId=blog-1716543900000-3425">'
            'Ảnh: HTX Nông nghiệp Đạo Lý thu hoạch lúa chiêm xuân</a> <span class="nodeStatus">(Đã cập nhật)</span></div>'
            f'<div class="published">Đăng lúc: T6 24 Thg 5 2024 16:45:00</div>{PROSE}</body></html>')
    doc = parse_html(page)
    profile = SiteProfile("x")
    for place, crop in (("Nhân Đạo", "ngô"), ("Bắc Lý", "lạc"), ("Hòa Hậu", "khoai lang")):
        profile.add(parse_html(page.replace("Đạo Lý", place).replace("lúa chiêm", crop)))
    assert profile.title_recurs(doc)
    site_titles = {"Alfresco » Xem bài đăng blog"}
    title, _ = find_title(doc, rules_for("generic"), names={"Xem bài đăng blog"} | site_titles,
                          site_titles=site_titles, url=url)
    assert title == "Ảnh: HTX Nông nghiệp Đạo Lý thu hoạch lúa chiêm xuân"
    # a link to another page is no title of this one
    other = url.replace("3425", "3426")
    assert find_title(doc, rules_for("generic"), names={"Xem bài đăng blog"} | site_titles,
                      site_titles=site_titles, url=other)[0] != title


def test_a_mails_header_opening_its_text_is_metadata():
    assert is_meta_line("Từ: Văn phòng Liên minh HTX tỉnh Tiền Giang <vanphong AT lienminhhtx.tiengiang.gov.vn>")
    assert is_meta_line("From: Nguyen Van A <a@htx.vn>")
    assert is_meta_line("Chủ đề: [thongbao] Thông báo số 05/TB-LMHTX về việc tổ chức lớp bồi dưỡng")
    # "Từ" is a common word: a sentence opening with it is text
    assert not is_meta_line("Từ đầu năm, các HTX đã ký hợp đồng tiêu thụ 1.200 tấn lúa: doanh thu tăng 12%.")
    assert not is_meta_line("Từ: ngày 27/5 đến ngày 29/5/2024 tại Hội trường Liên minh HTX tỉnh")


def test_a_mails_signature_and_what_the_archive_shows_after_it_are_no_text():
    lines = ["Mỗi HTX cử 01 kế toán tham dự.", "KT. CHỦ TỊCH", "Lê Văn Dũng", "--",
             "Văn phòng Liên minh HTX tỉnh Tiền Giang", "ĐT: 0273.3872.614", "Attachment:",
             "Description: Adobe PDF document"]
    assert _before_signature(lines) == lines[:3]
    # a dash line far above the end is the text's own
    long = ["--"] + [f"Đoạn {n} của bài viết về hợp tác xã." for n in range(20)]
    assert _before_signature(long) == long


def test_the_pages_own_entry_in_its_thread_under_the_text_is_no_text():
    title = "Ảnh: HTX Xoài Hòa Lộc vào vụ thu hoạch xoài cát"
    assert _entry_of(f"[thongbao] {title}, Phan Văn Tài, 05/13/2024", title)
    assert _entry_of(title, title)
    # the text's own sentence opening with the title's words goes on
    assert not _entry_of(f"{title} là hoạt động thường niên của các hợp tác xã trong tỉnh, thu hút hàng trăm "
                         "thành viên tham gia và nhiều doanh nghiệp đến thu mua tại vườn.", title)
