"""Alert actions, kept apart from the checks (app.monitoring.monitors): a short message to a webhook
(Slack/Mattermost compatible), by e-mail and/or to any service Apprise knows, for the findings
staff have not yet been told.

Configuration, from the environment or the `config` argument:
  LMHTX_ALERT_WEBHOOK          URL that gets POST {"text": ..., "findings": [...]} as JSON
  LMHTX_ALERT_SMTP             host:port of the mail server (465 means SMTP over TLS)
  LMHTX_ALERT_EMAIL_TO         comma-separated recipients
  LMHTX_ALERT_EMAIL_FROM       sender (default lmhtx-archive@localhost)
  LMHTX_ALERT_SMTP_USER / LMHTX_ALERT_SMTP_PASSWORD, LMHTX_ALERT_SMTP_STARTTLS (1/true/yes)
  LMHTX_ALERT_APPRISE          space-separated Apprise URLs (tgram://, ntfy://, matrix://, slack://,
                               mailto://, json:// …), each its own channel: subject and body
  LMHTX_ALERT_MIN_LEVEL        "warning" (default: everything) or "error"
  LMHTX_ALERT_REPEAT_DAYS      remind of a finding still open after this many days (default 0: never)
  LMHTX_ALERT_TIMEOUT          seconds per network operation (connect, each read; default 20)
  LMHTX_ALERT_DEADLINE         seconds a whole delivery may take (default 30): a receiver that
                               trickles its answer cannot hold the nightly and its lock
Nothing configured: nothing is sent, the report alone tells.

A message is written for staff: the findings' sentences (portal names, dd/mm/yyyy dates), the
last run in words; the monitor and subject of each finding follow last, for whoever fixes it.

A small state file (alerts.json in the data directory) remembers each open finding (monitor +
subject) and when each channel was told, so a province that stays quiet is reported once, not
every night; a finding that is gone is forgotten, and reported again if it comes back. A channel
that fails is logged and counted, never raised, and tries again on the next run. These rules are
ours: Apprise (like other notification libraries) sends what it is given, every time.

Why the webhook and e-mail channels stay hand-written (urllib, smtplib) rather than Apprise's
json:// and mailto://: receivers are given {"text", "findings"} (Apprise's json:// posts its
own fixed {"version", "title", "message", "type"} body, without a charset); one message goes to
all recipients (Apprise's mailto:// sends one per recipient); and a failure is recorded as what
went wrong ("HTTPError: HTTP Error 500", "SMTPAuthenticationError: …", in the run's alert result
and report), where Apprise answers only True/False and logs the cause as a warning line.
"""

from __future__ import annotations

import json
import logging
import os
import smtplib
import ssl
import threading
import urllib.request
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta
from email.header import Header
from email.mime.text import MIMEText
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Any

import apprise

from app import config as app_config
from app import wording
from crawler.dates import TZ

logger = logging.getLogger(__name__)

STATE_FILE = "alerts.json"
CONFIG_NAMES = (
    "LMHTX_ALERT_WEBHOOK", "LMHTX_ALERT_SMTP", "LMHTX_ALERT_EMAIL_TO", "LMHTX_ALERT_EMAIL_FROM",
    "LMHTX_ALERT_SMTP_USER", "LMHTX_ALERT_SMTP_PASSWORD", "LMHTX_ALERT_SMTP_STARTTLS",
    "LMHTX_ALERT_MIN_LEVEL", "LMHTX_ALERT_REPEAT_DAYS", "LMHTX_ALERT_TIMEOUT", "LMHTX_ALERT_DEADLINE",
    "LMHTX_ALERT_APPRISE",
)  # fmt: skip
SUBJECT_FINDINGS = 3  # findings named in the subject line
SUBJECT_LENGTH = 240  # characters: mail clients and chat previews cut the rest
LEVEL_WORDS = {"error": "lỗi", "warning": "chú ý"}


def alert_config(overrides: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None) -> dict:
    """The LMHTX_ALERT_* environment variables, then `overrides`."""
    env = os.environ if env is None else env
    config = {name: env[name] for name in CONFIG_NAMES if env.get(name)}
    config.update({k: v for k, v in (overrides or {}).items() if v is not None})
    return config


Deliver = Callable[[Mapping[str, Any], str, str, list], None]  # (config, subject, body, findings)


def channels(config: Mapping[str, Any]) -> list[str]:
    return list(_deliverers(config))


def _deliverers(config: Mapping[str, Any]) -> dict[str, Deliver]:
    """The configured channels by name, each with its delivery function."""
    out: dict[str, Deliver] = {}
    if config.get("LMHTX_ALERT_WEBHOOK"):
        out["webhook"] = _post_webhook
    if config.get("LMHTX_ALERT_SMTP"):
        out["email"] = _send_email
    for url in str(config.get("LMHTX_ALERT_APPRISE") or "").split():
        plugin = apprise.Apprise.instantiate(url)
        # the name is kept in the state file: Apprise's privacy form hides tokens and passwords
        name = f"apprise:{plugin.url(privacy=True).split('?')[0]}" if plugin else f"apprise:{url.split(':')[0]}:?"
        out[name] = _apprise(plugin, url)
    return out


def send_alerts(findings: Iterable, report: dict, config: Mapping[str, Any] | None = None, *,
                state: str | Path, now: datetime | None = None) -> dict[str, Any]:
    """Tell each configured channel the findings it has not been told yet.

    `findings`: app.monitoring.monitors Findings or their dicts; `config`: default alert_config();
    `state`: the data directory (alerts.json in it) or the state file itself. Returns what
    happened: {"channels", "open", "new", "resolved", "sent": {channel: n}, "failed": {channel:
    error}, "errors": n, "subject"}.
    """
    config = alert_config() if config is None else dict(config)
    now = datetime.now(TZ) if now is None else now if now.tzinfo else now.replace(tzinfo=TZ)
    least = str(config.get("LMHTX_ALERT_MIN_LEVEL") or "warning").lower()
    current = {}
    for f in findings:
        f = f if isinstance(f, dict) else f.as_dict()
        if least != "error" or f["level"] == "error":
            current[f"{f['monitor']}|{f['subject']}"] = f
    deliverers = _deliverers(config)
    result: dict[str, Any] = {"channels": list(deliverers), "open": len(current), "new": [], "resolved": [],
                              "sent": {}, "failed": {}, "errors": 0, "subject": None}
    if not result["channels"]:
        return result  # nothing configured: the report alone

    path = Path(state)
    if path.suffix != ".json":  # the data directory
        path.mkdir(parents=True, exist_ok=True)
        path = path / STATE_FILE
    known = _load_state(path)
    result["resolved"] = sorted(set(known) - set(current))
    known = {key: known.get(key) or {"first_seen": now.isoformat(timespec="seconds"), "sent": {}} for key in current}
    result["new"] = [key for key in current if not known[key]["sent"]]
    repeat = timedelta(days=float(config.get("LMHTX_ALERT_REPEAT_DAYS") or 0))

    def due(channel: str, key: str) -> bool:
        sent = known[key]["sent"].get(channel)
        return sent is None or (repeat > timedelta(0) and now - datetime.fromisoformat(sent) >= repeat)

    for channel in result["channels"]:
        keys = [key for key in current if due(channel, key)]
        if not keys:
            continue
        subject, body = compose([current[k] for k in keys], report, still_open=len(current) - len(keys))
        result["subject"] = subject
        try:
            _within(_seconds(config, "LMHTX_ALERT_DEADLINE"), deliverers[channel], config, subject, body,
                    [current[k] for k in keys])
        except Exception as exc:  # any failure of delivery: logged, counted, retried next run
            logger.warning("alert %s failed: %s", channel, exc)
            result["failed"][channel] = f"{type(exc).__name__}: {exc}"
            result["errors"] += 1
            continue
        logger.info("alert %s: sent %d finding(s)", channel, len(keys))
        result["sent"][channel] = len(keys)
        for key in keys:
            known[key]["sent"][channel] = now.isoformat(timespec="seconds")
    for key, f in current.items():
        known[key].update(monitor=f["monitor"], subject=f["subject"], level=f["level"], message=f["message"])
    _save_state(path, known)
    return result


def deliver(channel: str, config: Mapping[str, Any], subject: str, body: str, items: list[dict]) -> str | None:
    """One message to one configured channel now, within LMHTX_ALERT_DEADLINE: None when it
    took it, else what went wrong (logged, never raised). No state: the caller remembers who
    was told (app.monitoring.saved does, for saved searches)."""
    deliverers = _deliverers(config)
    if channel not in deliverers:
        return f"KeyError: no channel {channel!r} configured"
    try:
        _within(_seconds(config, "LMHTX_ALERT_DEADLINE"), deliverers[channel], config, subject, body, items)
    except Exception as exc:  # any failure of delivery: the caller tries again on the next run
        logger.warning("alert %s failed: %s", channel, exc)
        return f"{type(exc).__name__}: {exc}"
    return None


def compose(findings: list[dict], report: dict, *, still_open: int = 0) -> tuple[str, str]:
    """(subject line, plain-text body) of one alert message."""
    n = len(findings)
    named = ", ".join(f["message"] for f in findings[:SUBJECT_FINDINGS])
    head, more = f"[lmhtx] {n} cảnh báo: ", f", … (+{n - SUBJECT_FINDINGS})" if n > SUBJECT_FINDINGS else ""
    room = SUBJECT_LENGTH - len(head) - len(more)  # a long subject is cut in the sentences, never in the count
    subject = head + (named if len(named) <= room else named[:room - 1].rstrip() + "…") + more
    lines = [f"- [{LEVEL_WORDS.get(f['level'], f['level'])}] {f['message']}" for f in findings]
    run = report.get("last_run")
    if run:
        mode = f", {wording.RUN_MODE[run['mode']]}" if run.get("mode") in wording.RUN_MODE else ""
        status = wording.RUN_STATUS.get(run["status"], run["status"]).lower()
        why = f" ({'; '.join(run['causes'])})" if run.get("causes") else ""
        lines += ["", f"Lần thu thập gần nhất #{run['id']}{mode}, bắt đầu lúc {wording.day_time(run['started_at'])}: "
                      f"{status}{why}; {run['new_articles']} bài mới, {run['requests']} yêu cầu, {run['errors']} lỗi."]
    if still_open:
        lines.append(f"Còn {still_open} cảnh báo đã gửi trước đây chưa hết.")
    # the monitor and subject of each finding, for whoever fixes it (the sentences above are for staff)
    lines += ["", "Cho kỹ thuật viên (chi tiết: lmhtx report):"]
    lines += [f"- {f['monitor']} · {f['subject']}" for f in findings]
    return subject, "\n".join(lines) + "\n"


def _seconds(config: Mapping[str, Any], name: str) -> float:
    return float(config.get(name) or app_config.DEFAULTS[name])


def _timeout(config: Mapping[str, Any]) -> float:
    return min(_seconds(config, "LMHTX_ALERT_TIMEOUT"), _seconds(config, "LMHTX_ALERT_DEADLINE"))


def _within(deadline: float, deliver, *args) -> None:
    """deliver(*args), given up after `deadline` seconds in all. urllib and smtplib time out
    per operation only, so it runs in a daemon thread that is left to its socket timeout
    (it holds no lock and cannot keep the process alive)."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            deliver(*args)
            outcome.append(None)
        except BaseException as exc:  # handed to the caller
            outcome.append(exc)

    worker = threading.Thread(target=run, name="alert-delivery", daemon=True)
    worker.start()
    worker.join(deadline)
    if not outcome:
        raise TimeoutError(f"no complete answer within {deadline:g} s (LMHTX_ALERT_DEADLINE)")
    if outcome[0] is not None:
        raise outcome[0]


def _post_webhook(config: Mapping[str, Any], subject: str, body: str, findings: list[dict]) -> None:
    payload = json.dumps({"text": f"{subject}\n{body}", "findings": findings}, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(config["LMHTX_ALERT_WEBHOOK"], data=payload, method="POST",
                                     headers={"Content-Type": "application/json; charset=utf-8"})
    with urllib.request.urlopen(request, timeout=_timeout(config)) as response:  # HTTPError for 4xx/5xx
        response.read()


def _send_email(config: Mapping[str, Any], subject: str, body: str, findings: list[dict]) -> None:
    to = [a.strip() for a in str(config.get("LMHTX_ALERT_EMAIL_TO") or "").split(",") if a.strip()]
    if not to:
        raise ValueError("LMHTX_ALERT_EMAIL_TO is not set")
    host, _, port = str(config["LMHTX_ALERT_SMTP"]).rpartition(":")
    if not host or not port.isdigit():
        host, port = str(config["LMHTX_ALERT_SMTP"]), "25"
    # compat32's Header: the newer API drops spaces where it folds a long Vietnamese subject
    message = MIMEText(body, "plain", "utf-8")
    message["Subject"] = Header(subject, "utf-8")  # type: ignore[assignment]  # email accepts a Header
    message["From"] = config.get("LMHTX_ALERT_EMAIL_FROM") or "lmhtx-archive@localhost"
    message["To"] = ", ".join(to)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid("lmhtx")
    smtp_class = smtplib.SMTP_SSL if port == "465" else smtplib.SMTP
    with smtp_class(host.strip("[]"), int(port), timeout=_timeout(config)) as smtp:
        if str(config.get("LMHTX_ALERT_SMTP_STARTTLS") or "").lower() in ("1", "true", "yes", "on"):
            smtp.starttls(context=ssl.create_default_context())
        if config.get("LMHTX_ALERT_SMTP_USER"):
            smtp.login(config["LMHTX_ALERT_SMTP_USER"], config.get("LMHTX_ALERT_SMTP_PASSWORD") or "")
        smtp.send_message(message)


def _apprise(plugin, url: str) -> Deliver:
    """Delivery through one Apprise service: subject as title, the plain-text body."""

    def deliver(config: Mapping[str, Any], subject: str, body: str, findings: list[dict]) -> None:
        if plugin is None:
            raise ValueError(f"not an Apprise URL Apprise can use: {url.split(':')[0]}://…")
        for attr in ("socket_connect_timeout", "socket_read_timeout"):  # Apprise's per-operation timeouts
            if hasattr(plugin, attr):
                setattr(plugin, attr, _timeout(config))
        with apprise.LogCapture(level=logging.WARNING, fmt="%(message)s") as said:
            ok = plugin.notify(body=body, title=subject, body_format=apprise.NotifyFormat.TEXT)
        if not ok:  # Apprise answers True/False; the cause is in its warnings
            lines = [line.strip() for line in said.getvalue().splitlines() if line.strip()]
            raise RuntimeError(lines[-1] if lines else "Apprise could not deliver")

    return deliver


def _load_state(path: Path) -> dict[str, dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))["findings"]
        return {key: {**entry, "sent": dict(entry.get("sent") or {})} for key, entry in data.items()
                if isinstance(entry, dict) and entry.get("first_seen")}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:  # unreadable: start afresh rather than stop alerting
        logger.warning("alert state %s unreadable (%s): starting afresh", path, exc)
        return {}


def _save_state(path: Path, findings: dict[str, dict]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(json.dumps({"findings": findings}, ensure_ascii=False, indent=1, sort_keys=True),
                       encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        logger.warning("alert state %s not saved: %s", path, exc)
