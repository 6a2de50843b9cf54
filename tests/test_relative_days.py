"""A post's day given relative to when its page was made ("Hôm nay lúc 09:20", "Yesterday at 3:40 PM")
is that page's day, as the page's own clock prints it (a forum's user bar), never the fetch's: a page
served from a cache or a copy was made earlier. No clock on the page: no date from a relative day."""

from datetime import datetime

import lxml.html

from crawler.dates import TZ, find_published

FETCHED = datetime(2024, 5, 15, 10, 41, tzinfo=TZ)  # (a minute after the page was made)
URL = "https://dien-dan.example.vn/index.php?topic=224.0"
BODY = "".join(f"<p>Đoạn {n}: HTX Nông nghiệp Phong Phú thu hoạch mía tím trên 30 ha, năng suất cao hơn năm trước.</p>"
               for n in range(4))


def _page(stamp: str, *, clock: str | None = '<time datetime="2024-05-15T03:40:12Z">15 Tháng Năm, 2024, 10:40:12 AM</time>',
          started: str | None = None) -> str:
    bar = f'<div class="user_bar"><p>Chào Khách. {clock}</p></div>' if clock else ""
    head = f"<p>Bắt đầu bởi Bùi Thị Hạnh, {started}</p>" if started else ""
    return (f"<html><body>{bar}<div id='display_head'><h1>Mùa thu hoạch mía tím ở HTX Phong Phú</h1>{head}</div>"
            f"<div class='post'><div class='keyinfo'>« vào lúc: {stamp} »</div><div class='inner'>{BODY}</div></div>"
            "</body></html>")


def _published(html: str):
    return find_published(lxml.html.fromstring(html), URL, fetched_at=FETCHED).published


def test_today_is_the_day_of_the_pages_own_clock():
    assert _published(_page("Hôm nay lúc 09:20:05 AM")) == datetime(2024, 5, 15, 9, 20, 5, tzinfo=TZ)


def test_yesterday_is_the_day_before_the_pages_clock():
    assert _published(_page("Hôm qua lúc 04:12:09 PM")) == datetime(2024, 5, 14, 16, 12, 9, tzinfo=TZ)


def test_a_moment_after_the_pages_clock_is_no_post_of_that_day():
    # (today at 11:00 PM, on a page made at 10:40 AM: not today's post)
    assert _published(_page("Hôm nay lúc 11:00:00 PM")) is None


def test_without_a_clock_of_its_own_a_relative_day_gives_no_date():
    assert _published(_page("Hôm nay lúc 09:20:05 AM", clock=None)) is None


def test_a_list_items_time_is_no_clock_of_the_page():
    listed = '<ul><li><a href="/x">Bài khác</a> <time datetime="2024-05-15T03:40:12Z">15/05/2024</time></li></ul>'
    assert _published(_page("Hôm nay lúc 09:20:05 AM", clock=listed)) is None


def test_the_threads_starter_line_dates_the_thread():
    assert _published(_page("Hôm nay lúc 09:20:05 AM", started="18 Tháng Tư, 2024, 03:40:22 PM", clock=None)) \
        == datetime(2024, 4, 18, 15, 40, 22, tzinfo=TZ)
