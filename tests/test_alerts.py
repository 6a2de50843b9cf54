"""Alerts delivered for real: to a webhook receiver on loopback and to an SMTP sink (aiosmtpd),
once per finding however many nights it stays open, again when it comes back; a dead
channel is logged and counted, never raised, and tried again on the next run."""

import json
import re
import socket
import time
from datetime import timedelta

from app.monitoring import build_report
from app.monitoring.alerts import STATE_FILE, alert_config, send_alerts
from app.monitoring.monitors import Finding
from crawler.archive import Archive
from tests.helpers import NOW, Webhook, add, finish, free_port, run_stats, site, site_stats


def config(webhook=None, smtp=None, **extra):
    conf = {"LMHTX_ALERT_TIMEOUT": 5}
    if webhook:
        conf["LMHTX_ALERT_WEBHOOK"] = webhook.url
    if smtp:
        conf.update(LMHTX_ALERT_SMTP=smtp.address, LMHTX_ALERT_EMAIL_TO="lan@lmhtx.example.vn, hung@lmhtx.example.vn",
                    LMHTX_ALERT_EMAIL_FROM="lmhtx-archive@lmhtx.example.vn")
    return {**conf, **extra}


REPORT = {"last_run": {"id": 7, "mode": "incremental", "status": "finished", "started_at": "2025-06-10T02:00:00+07:00",
                       "new_articles": 3, "requests": 120, "errors": 4}}
SERVER_500 = Finding("SiteMonitor.test_no_server_errors", "error", "site:lmhtx-x",
                     "Cổng Liên minh HTX tỉnh X: 4 lần tải trang hỏng trong lần thu thập gần nhất (HTTP 500 ×4)")
NO_LINKS = Finding("SiteMonitor.test_listings_have_article_links", "error", "site:lmhtx-y",
                   "Cổng Liên minh HTX tỉnh Y: tải 6 trang nhưng không thấy liên kết bài nào (có thể cổng đã đổi bố cục trang)")
QUIET = Finding("ProvinceMonitor.test_not_quiet", "warning", "province:dak-nong",
                "Tỉnh Đắk Nông: không có bài mới đã 45 ngày (bài gần nhất ngày 26/04/2025, ngưỡng 30 ngày)")


def test_webhook_and_email_get_one_short_message(webhook, smtp, tmp_path):
    result = send_alerts([SERVER_500, NO_LINKS, QUIET], REPORT, config(webhook, smtp), state=tmp_path, now=NOW)
    assert result["sent"] == {"webhook": 3, "email": 3} and result["failed"] == {} and result["errors"] == 0
    assert result["channels"] == ["webhook", "email"] and len(result["new"]) == 3
    # the three sentences, cut at 240 characters (the whole of each is in the body)
    subject = ("[lmhtx] 3 cảnh báo: Cổng Liên minh HTX tỉnh X: 4 lần tải trang hỏng trong lần thu thập gần nhất (HTTP 500 ×4), "
               "Cổng Liên minh HTX tỉnh Y: tải 6 trang nhưng không thấy liên kết bài nào (có thể cổng đã đổi bố cục trang), "
               "Tỉnh Đắk Nông: không…")
    assert result["subject"] == subject and len(subject) == 240
    (post,) = webhook.posts
    assert post["path"] == "/hooks/lmhtx" and post["type"] == "application/json; charset=utf-8"
    text = post["json"]["text"]
    assert text.splitlines()[0] == subject
    assert f"- [lỗi] {SERVER_500.message}" in text and "- [chú ý] Tỉnh Đắk Nông: không có bài mới" in text
    assert ("Lần thu thập gần nhất #7, tăng dần (chỉ bài mới), bắt đầu lúc 10/06/2025 02:00: hoàn tất; "
            "3 bài mới, 120 yêu cầu, 4 lỗi.") in text
    # for whoever fixes it: each finding's monitor and subject, after the sentences staff read
    assert text.endswith("Cho kỹ thuật viên (chi tiết: lmhtx report):\n"
                         "- SiteMonitor.test_no_server_errors · site:lmhtx-x\n"
                         "- SiteMonitor.test_listings_have_article_links · site:lmhtx-y\n"
                         "- ProvinceMonitor.test_not_quiet · province:dak-nong\n")
    assert post["json"]["findings"] == [SERVER_500.as_dict(), NO_LINKS.as_dict(), QUIET.as_dict()]
    (mail,) = smtp.messages
    assert mail["from"] == "lmhtx-archive@lmhtx.example.vn"
    assert mail["to"] == ["lan@lmhtx.example.vn", "hung@lmhtx.example.vn"]
    assert mail["message"]["Subject"] == subject
    assert "- [lỗi] Cổng Liên minh HTX tỉnh Y: tải 6 trang" in mail["message"].get_content()


def test_an_open_finding_is_sent_once_and_again_when_it_comes_back(webhook, smtp, tmp_path):
    conf = config(webhook, smtp)
    send_alerts([SERVER_500, QUIET], REPORT, conf, state=tmp_path, now=NOW)
    # the next night: the same two still open, nothing sent
    again = send_alerts([SERVER_500, QUIET], REPORT, conf, state=tmp_path, now=NOW + timedelta(days=1))
    assert again["sent"] == {} and again["new"] == [] and again["open"] == 2 and again["subject"] is None
    assert len(webhook.posts) == len(smtp.messages) == 1
    # a new problem: only it is sent, the message says the others are still open
    third = send_alerts([SERVER_500, QUIET, NO_LINKS], REPORT, conf, state=tmp_path, now=NOW + timedelta(days=2))
    assert third["sent"] == {"webhook": 1, "email": 1}
    assert webhook.posts[-1]["json"]["findings"] == [NO_LINKS.as_dict()]
    assert "Còn 2 cảnh báo đã gửi trước đây chưa hết." in webhook.posts[-1]["json"]["text"]
    assert smtp.messages[-1]["message"]["Subject"].startswith("[lmhtx] 1 cảnh báo: Cổng Liên minh HTX tỉnh Y: tải 6 trang")
    # the site is fixed: its finding is cleared, and reported again if it breaks again
    fixed = send_alerts([QUIET, NO_LINKS], REPORT, conf, state=tmp_path, now=NOW + timedelta(days=3))
    assert fixed["resolved"] == ["SiteMonitor.test_no_server_errors|site:lmhtx-x"] and fixed["sent"] == {}
    back = send_alerts([SERVER_500, QUIET, NO_LINKS], REPORT, conf, state=tmp_path, now=NOW + timedelta(days=4))
    assert back["sent"] == {"webhook": 1, "email": 1} and webhook.posts[-1]["json"]["findings"] == [SERVER_500.as_dict()]
    state = json.loads((tmp_path / STATE_FILE).read_text(encoding="utf-8"))["findings"]
    assert state["ProvinceMonitor.test_not_quiet|province:dak-nong"]["first_seen"] == "2025-06-10T08:00:00+07:00"
    assert state["SiteMonitor.test_no_server_errors|site:lmhtx-x"]["first_seen"] == "2025-06-14T08:00:00+07:00"
    assert len(webhook.posts) == len(smtp.messages) == 3


def test_reminder_after_repeat_days(webhook, tmp_path):
    conf = config(webhook, LMHTX_ALERT_REPEAT_DAYS="7")
    send_alerts([QUIET], REPORT, conf, state=tmp_path, now=NOW)
    assert send_alerts([QUIET], REPORT, conf, state=tmp_path, now=NOW + timedelta(days=6))["sent"] == {}
    assert send_alerts([QUIET], REPORT, conf, state=tmp_path, now=NOW + timedelta(days=7))["sent"] == {"webhook": 1}
    assert len(webhook.posts) == 2


def test_dead_webhook_is_logged_counted_and_retried(smtp, tmp_path, caplog):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/hook"
    conf = config(smtp=smtp, LMHTX_ALERT_WEBHOOK=dead)
    result = send_alerts([SERVER_500], REPORT, conf, state=tmp_path, now=NOW)
    assert result["errors"] == 1 and "Connection refused" in result["failed"]["webhook"]
    assert result["sent"] == {"email": 1} and len(smtp.messages) == 1  # the other channel still told
    assert "alert webhook failed" in caplog.text
    # next night, the webhook is back: it gets the finding, e-mail is not told twice
    hook = Webhook()
    try:
        retry = send_alerts([SERVER_500], REPORT, {**conf, "LMHTX_ALERT_WEBHOOK": hook.url}, state=tmp_path,
                            now=NOW + timedelta(days=1))
        assert retry["sent"] == {"webhook": 1} and retry["failed"] == {} and len(smtp.messages) == 1
        assert hook.posts[0]["json"]["findings"] == [SERVER_500.as_dict()]
    finally:
        hook.close()


def test_slow_webhook_is_cut_at_the_total_deadline(webhook, smtp, tmp_path, caplog):
    webhook.drip = 0.2  # each read gets a byte well within LMHTX_ALERT_TIMEOUT; the answer never ends
    conf = config(webhook, smtp, LMHTX_ALERT_TIMEOUT=5, LMHTX_ALERT_DEADLINE=1.5)
    started = time.monotonic()
    result = send_alerts([SERVER_500], REPORT, conf, state=tmp_path, now=NOW)
    assert 1.5 <= time.monotonic() - started < 3
    assert result["errors"] == 1 and "within 1.5 s (LMHTX_ALERT_DEADLINE)" in result["failed"]["webhook"]
    assert result["sent"] == {"email": 1} and len(webhook.posts) == 1  # the other channel still told
    assert "alert webhook failed: no complete answer within 1.5 s" in caplog.text
    webhook.drip = 0  # next night it answers: the finding was not marked as told
    retry = send_alerts([SERVER_500], REPORT, conf, state=tmp_path, now=NOW + timedelta(days=1))
    assert retry["sent"] == {"webhook": 1} and len(webhook.posts) == 2 and len(smtp.messages) == 1


def test_webhook_answering_an_error_is_a_failure(webhook, tmp_path):
    webhook.status = 500
    result = send_alerts([QUIET], REPORT, config(webhook), state=tmp_path, now=NOW)
    assert result["sent"] == {} and result["errors"] == 1 and "HTTP Error 500" in result["failed"]["webhook"]
    webhook.status = 200
    assert send_alerts([QUIET], REPORT, config(webhook), state=tmp_path, now=NOW)["sent"] == {"webhook": 1}


def test_dead_smtp_and_missing_recipients(tmp_path):
    dead = send_alerts([QUIET], REPORT, {"LMHTX_ALERT_SMTP": f"127.0.0.1:{free_port()}", "LMHTX_ALERT_TIMEOUT": 3,
                                         "LMHTX_ALERT_EMAIL_TO": "lan@lmhtx.example.vn"}, state=tmp_path, now=NOW)
    assert dead["errors"] == 1 and "ConnectionRefusedError" in dead["failed"]["email"]
    nobody = send_alerts([QUIET], REPORT, {"LMHTX_ALERT_SMTP": "127.0.0.1:25"}, state=tmp_path, now=NOW)
    assert nobody["failed"] == {"email": "ValueError: LMHTX_ALERT_EMAIL_TO is not set"}


def test_smtp_login(smtp, tmp_path):
    conf = config(smtp=smtp, LMHTX_ALERT_SMTP_USER="canh-bao", LMHTX_ALERT_SMTP_PASSWORD="bi-mat")
    assert send_alerts([QUIET], REPORT, conf, state=tmp_path, now=NOW)["sent"] == {"email": 1}
    assert smtp.messages[0]["login"] == b"canh-bao"
    wrong = send_alerts([NO_LINKS], REPORT, {**conf, "LMHTX_ALERT_SMTP_PASSWORD": "sai"}, state=tmp_path, now=NOW)
    assert wrong["errors"] == 1 and "SMTPAuthenticationError" in wrong["failed"]["email"] and len(smtp.messages) == 1


def test_no_configuration_sends_nothing(tmp_path, monkeypatch):
    for name in ("LMHTX_ALERT_WEBHOOK", "LMHTX_ALERT_SMTP"):
        monkeypatch.delenv(name, raising=False)
    result = send_alerts([SERVER_500], REPORT, state=tmp_path, now=NOW)
    assert result["channels"] == [] and result["sent"] == {} and result["open"] == 1
    assert not (tmp_path / STATE_FILE).exists()


def test_configuration_from_the_environment(webhook, tmp_path, monkeypatch):
    monkeypatch.setenv("LMHTX_ALERT_WEBHOOK", webhook.url)
    monkeypatch.setenv("LMHTX_ALERT_MIN_LEVEL", "error")
    assert alert_config()["LMHTX_ALERT_WEBHOOK"] == webhook.url
    result = send_alerts([SERVER_500, QUIET], REPORT, state=tmp_path / "alerts.json", now=NOW)
    assert result["sent"] == {"webhook": 1} and result["open"] == 1  # warnings below the level
    assert (tmp_path / "alerts.json").is_file()


def test_unreadable_state_starts_afresh(webhook, tmp_path):
    (tmp_path / STATE_FILE).write_text("{not json", encoding="utf-8")
    assert send_alerts([QUIET], REPORT, config(webhook), state=tmp_path, now=NOW)["sent"] == {"webhook": 1}
    assert json.loads((tmp_path / STATE_FILE).read_text(encoding="utf-8"))["findings"]


def test_apprise_service_is_a_channel_under_the_same_rules(webhook, tmp_path, caplog):
    """Any Apprise URL is a channel of its own, told once per finding like the others: here
    json:// to the loopback receiver, which gets Apprise's own body (title, message)."""
    url = webhook.url.replace("http://", "json://")
    name = f"apprise:{url}"
    conf = config(LMHTX_ALERT_APPRISE=url)
    result = send_alerts([SERVER_500, QUIET], REPORT, conf, state=tmp_path, now=NOW)
    assert result["channels"] == [name] and result["sent"] == {name: 2} and result["errors"] == 0
    (post,) = webhook.posts
    assert post["path"] == "/hooks/lmhtx" and post["json"]["title"] == result["subject"]
    assert f"- [lỗi] {SERVER_500.message}" in post["json"]["message"]
    assert "Lần thu thập gần nhất #7" in post["json"]["message"]
    assert send_alerts([SERVER_500, QUIET], REPORT, conf, state=tmp_path, now=NOW + timedelta(days=1))["sent"] == {}
    webhook.status = 500  # a new finding, the service fails: counted, logged, told the next night
    failed = send_alerts([SERVER_500, QUIET, NO_LINKS], REPORT, conf, state=tmp_path, now=NOW + timedelta(days=2))
    assert failed["sent"] == {} and failed["errors"] == 1 and "error=500" in failed["failed"][name]
    assert f"alert {name} failed" in caplog.text
    webhook.status = 200
    retry = send_alerts([SERVER_500, QUIET, NO_LINKS], REPORT, conf, state=tmp_path, now=NOW + timedelta(days=3))
    assert retry["sent"] == {name: 1} and len(webhook.posts) == 3
    assert webhook.posts[-1]["json"]["title"].startswith("[lmhtx] 1 cảnh báo: Cổng Liên minh HTX tỉnh Y")


def test_apprise_dead_unknown_and_slow_services_fail_alone(webhook, tmp_path):
    dead = f"json://127.0.0.1:{free_port()}/hook"
    slow = webhook.url.replace("http://", "json://")
    webhook.drip = 0.2  # the answer never ends
    conf = config(LMHTX_ALERT_APPRISE=f"{dead} nosuch://x {slow}", LMHTX_ALERT_DEADLINE=1.5)
    started = time.monotonic()
    result = send_alerts([QUIET], REPORT, conf, state=tmp_path, now=NOW)
    assert time.monotonic() - started < 4
    assert result["sent"] == {} and result["errors"] == 3
    assert "Connection error" in result["failed"][f"apprise:{dead}"]
    assert "not an Apprise URL" in result["failed"]["apprise:nosuch:?"]
    assert "within 1.5 s (LMHTX_ALERT_DEADLINE)" in result["failed"][f"apprise:{slow}"]
    assert len(webhook.posts) == 1


def test_broken_site_failed_run_and_quiet_province_reach_webhook_and_mail(webhook, smtp, tmp_path):
    """From the archive to the inbox: the nightly's report, its monitors, its alerts."""
    sites = [site("lmhtx-thaibinh", "thai-binh", "Liên minh Hợp tác xã tỉnh Thái Bình"),
             site("lmhtx-nghean", "nghe-an", "Liên minh Hợp tác xã tỉnh Nghệ An"),
             site("lmhtx-daknong", "dak-nong", "Liên minh Hợp tác xã tỉnh Đắk Nông")]
    with Archive(tmp_path / "data") as a:
        run = a.start_run([s.id for s in sites], mode="backfill")
        add(a, "lmhtx-thaibinh", "thai-binh", 1, "2025-06-09T08:00:00+07:00", run)
        add(a, "lmhtx-nghean", "nghe-an", 1, "2025-06-08T08:00:00+07:00", run)
        add(a, "lmhtx-daknong", "dak-nong", 1, "2025-04-20T08:00:00+07:00", run)
        finish(a, run, run_stats(*(site_stats(s.id, article=1, links=5, items=1, dated=1, new=1) for s in sites)))
        run = a.start_run([s.id for s in sites], mode="incremental")
        finish(a, run, run_stats(
            site_stats("lmhtx-thaibinh", listing=0, http={"500": 5}, errors=5),
            site_stats("lmhtx-nghean", listing=4, other={"stub": 3}, links=12, known=9),
            site_stats("lmhtx-daknong", listing=3, links=4, known=4)), status="failed", reason="error: out of memory")
        with a.db:  # the night of 10/06/2025 (start_run writes the real clock's time)
            a.db.execute("UPDATE runs SET started_at = ? WHERE id = ?", ("2025-06-10T02:00:00+07:00", run))
        report = build_report(a, now=NOW, sites=sites)
    result = send_alerts(report["findings"], report, config(webhook, smtp), state=tmp_path / "data", now=NOW)
    assert result["sent"] == {"webhook": 4, "email": 4}
    text = webhook.posts[0]["json"]["text"]
    assert text.startswith("[lmhtx] 4 cảnh báo: Lần thu thập ngày 10/06/2025 (#2) thất bại: error: out of memory, "
                           "Cổng Liên minh HTX tỉnh Thái Bình trả về lỗi từ 10/06/2025 (HTTP 500 ×5), không tải được "
                           "trang nào, Cổng Liên minh HTX tỉnh Nghệ An: tải 3 trang")
    assert "- [chú ý] Tỉnh Đắk Nông: không có bài mới đã 51 ngày (bài gần nhất ngày 20/04/2025, ngưỡng 30 ngày)" in text
    # what staff read has no ISO date and no monitor name; the developers' lines have the monitors
    staff, developers = text.split("Cho kỹ thuật viên")
    assert not re.search(r"\d{4}-\d{2}-\d{2}", staff) and "Monitor" not in staff and "lmhtx-" not in staff
    assert "- SiteMonitor.test_site_answered · site:lmhtx-thaibinh" in developers
    assert [f["subject"] for f in webhook.posts[0]["json"]["findings"]] == [
        "run", "site:lmhtx-thaibinh", "site:lmhtx-nghean", "province:dak-nong"]
    assert smtp.messages[0]["message"]["Subject"].endswith(", … (+1)")
    assert (tmp_path / "data" / STATE_FILE).is_file()
