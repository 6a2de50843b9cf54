"""The verdict on a crawl run: `finished`, `degraded` or `failed`, and why, in words staff act on.

Scrapy says "finished" whenever the spider ran out of requests, even when the archive could not
be written, every request failed, or search is behind the archive. An unattended job must not
say that. The verdict is a function of what the run record keeps (its stats and Scrapy's finish reason):
the archive pipeline stores its status with the run, and the exit status of `lmhtx crawl` /
`nightly`, the report, the monitors and the alerts judge the same record the same way, so they
cannot disagree.

- `failed`: the run stopped early (killed, shut down, out of time, an error), no page could be
  fetched at all, or articles could not be written to the archive of record.
- `degraded`: the crawl ran, but some work is not where it should be yet: the search index is
  behind the archive (documents waiting in the Elasticsearch spool), documents were set aside,
  raw pages were not written to WARC, a page could not be read (the crawler's own error), a
  site was cut short (pages, time), or failed articles were given up. The next nightly heals
  what can be healed; the verdict says what to look at.

One site that does not answer (its robots.txt neither: the site is skipped for the night) is not
a run-level fault, sixty portals are never all up; the site monitors report it, and the next
run walks its listings to the end.
"""

from __future__ import annotations

from dataclasses import dataclass

from .stats import count, site_values

FINISHED, DEGRADED, FAILED = "finished", "degraded", "failed"
# Exit status of `lmhtx crawl` and `lmhtx nightly` per verdict (75, EX_TEMPFAIL, is "locked").
EXIT_STATUS = {FINISHED: 0, FAILED: 1, DEGRADED: 3}

# Scrapy's finish reasons, in words.
_REASONS = {
    "shutdown": "bị dừng giữa chừng (tín hiệu dừng)",
    "run_time_limit": "vượt giới hạn thời gian của cả lần chạy",
    "closespider_timeout": "vượt giới hạn thời gian",
    "closespider_pagecount": "vượt giới hạn số trang",
    "closespider_errorcount": "quá nhiều lỗi",
    "disk_full": "ổ đĩa của thư mục dữ liệu đầy (hoặc gần đầy): dừng lại; giải phóng chỗ trống, đêm sau sẽ bù",
    "archive_unreadable": "kho lưu trữ bị hỏng, không đọc được: cần khôi phục",
    "archive_error": "không ghi được vào kho lưu trữ",
    "interrupted": "bị dừng đột ngột",
}
_CUT = {"pages": "hết hạn mức trang", "time": "hết thời gian"}


@dataclass(frozen=True)
class Verdict:
    status: str
    causes: tuple[str, ...] = ()

    @property
    def exit_status(self) -> int:
        return EXIT_STATUS[self.status]

    @property
    def reason(self) -> str:
        """The causes in one line, for logs and messages."""
        return "; ".join(self.causes) if self.causes else self.status


def judge(stats: dict, reason: str | None) -> Verdict:
    """The verdict on a run from its stats and Scrapy's finish reason."""
    reason = reason or "interrupted"
    failed: list[str] = []
    if reason != FINISHED:
        failed.append(_REASONS.get(reason) or reason)
    requests, responses = count(stats, "downloader/request_count"), count(stats, "response_received_count")
    if requests and not responses:
        failed.append(f"không tải được trang nào: cả {requests} yêu cầu đều lỗi")
    if written := count(stats, "archive/write_errors"):
        failed.append(f"{written} bài không ghi được vào kho lưu trữ (ổ đĩa đầy hoặc hỏng?); đêm sau sẽ tải lại")

    degraded: list[str] = []
    # What the index lacks is the loss; documents waiting in the spool are its usual cause (once
    # the archive's catch-up has sent them, the spool only holds copies).
    if behind := count(stats, "index/behind"):
        waiting = count(stats, "elasticsearch/spool_waiting")
        degraded.append(f"chỉ mục tìm kiếm còn thiếu {behind} bài so với kho lưu trữ"
                        + (f" ({waiting} bài chờ gửi tới Elasticsearch: máy chủ không nhận)" if waiting else ""))
    if set_aside := count(stats, "elasticsearch/rejected") + count(stats, "elasticsearch/quarantined"):
        degraded.append(f"{set_aside} bài bị Elasticsearch từ chối hoặc để riêng, cần người xem (es-spool/rejected)")
    if warc := count(stats, "warc/write_errors"):
        degraded.append(f"{warc} trang gốc không lưu được vào WARC")
    # A trap cut is the crawl protecting itself (the site monitor reports it); pages or time
    # cut short leave real articles for the next night.
    if cut := {s: v for s, v in site_values(stats, "cut").items() if v != "trap"}:
        degraded.append("dừng sớm ở " + ", ".join(f"{s} ({_CUT.get(str(v), v)})" for s, v in sorted(cut.items())))
    # A page whose reading raised (crawler.pageerrors): its article is not archived tonight.
    if unread := count(stats, "spider_exceptions/count"):
        degraded.append(f"{unread} trang không đọc được do lỗi chương trình (xem nhật ký); đêm sau sẽ đọc lại")
    if given_up := count(stats, "portals/failed_given_up"):
        degraded.append(f"bỏ hẳn {given_up} bài lỗi nhiều đêm liền")
    if failed:
        return Verdict(FAILED, tuple(failed + degraded))
    return Verdict(DEGRADED, tuple(degraded)) if degraded else Verdict(FINISHED)
