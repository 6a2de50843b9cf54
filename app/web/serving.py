"""The web app's HTTP server: waitress (maintained, pure Python) instead of the standard
library's wsgiref, which is not meant for production (HTTP/1.0, no keep-alive, a listen
backlog of 5, no timeouts, a thread per connection).

    WebServer(app, host, port, settings)  -> serve_forever() / shutdown() / server_close()

waitress gives keep-alive, a real listen backlog, a bounded pool of worker threads, a cap on
open connections and an idle-connection timeout; the numbers are app/config.py's
LMHTX_WEB_* settings. Behind a reverse proxy (LMHTX_WEB_TRUSTED_PROXY) waitress takes the
client's address from the proxy's X-Forwarded-For, and from nowhere else.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from typing import Any

from waitress.server import create_server

log = logging.getLogger(__name__)

POLL_SECONDS = 0.5  # how often the loop looks whether shutdown() was called


def adjustments(settings: Mapping[str, Any]) -> dict[str, Any]:
    """waitress's options from the LMHTX_WEB_* settings (app.config.load())."""
    options: dict[str, Any] = {
        "threads": settings["LMHTX_WEB_THREADS"],
        "backlog": settings["LMHTX_WEB_BACKLOG"],
        "connection_limit": settings["LMHTX_WEB_CONNECTION_LIMIT"],
        "channel_timeout": settings["LMHTX_WEB_CHANNEL_TIMEOUT"],
        "max_request_body_size": settings["LMHTX_WEB_MAX_BODY"],
        "cleanup_interval": max(1, min(30, settings["LMHTX_WEB_CHANNEL_TIMEOUT"] // 2)),
        # read ahead one request, so a worker can see that its client hung up
        # (environ["waitress.client_disconnected"]) and stop the search it runs for it
        "channel_request_lookahead": 1,
        "expose_tracebacks": False,
        "ident": "lmhtx",
    }
    proxy = settings["LMHTX_WEB_TRUSTED_PROXY"].strip()
    if proxy:
        options.update(trusted_proxy=proxy, trusted_proxy_count=1, trusted_proxy_headers={"x-forwarded-for"},
                       clear_untrusted_proxy_headers=True)
    return options


class WebServer:
    """A waitress server with the stop/close calls of socketserver (what the tests and
    `lmhtx serve` use): serve_forever() in one thread, shutdown() from another."""

    def __init__(self, app: Callable, host: str, port: int, settings: Mapping[str, Any],
                 on_close: Callable[[], None] | None = None):
        self._server: Any = create_server(app, host=host, port=port, **adjustments(settings))
        self._on_close = on_close
        self._stop = threading.Event()
        self._stopped = threading.Event()
        self._stopped.set()  # not serving yet

    @property
    def server_address(self) -> tuple[str, int]:
        return str(self._server.effective_host), int(self._server.effective_port)

    def serve_forever(self) -> None:
        self._stopped.clear()
        try:
            while not self._stop.is_set():
                # one pass of waitress's own loop (wasyncore.loop); the same map it runs
                self._server.asyncore.loop(timeout=POLL_SECONDS, map=self._server._map, count=1)
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        """Stop serve_forever() (running in another thread) and wait until it returned."""
        self._stop.set()
        self._server.pull_trigger()  # wakes the loop's select()
        self._stopped.wait()

    def server_close(self) -> None:
        """Close the listening socket and every open connection; stop the worker threads."""
        for channel in list(self._server._map.values()):
            if channel is not self._server and channel is not self._server.trigger:
                try:
                    channel.close()
                except OSError:  # already gone
                    pass
        self._server.task_dispatcher.shutdown(cancel_pending=True, timeout=5)
        self._server.close()
        if self._on_close is not None:
            self._on_close()
