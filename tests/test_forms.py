"""Form posts (app/web/forms.py) through the WSGI app: only registered paths take a post,
and only from this site (Sec-Fetch-Site or Origin); bad bodies are refused with a reason."""

from __future__ import annotations

import io
from urllib.parse import urlencode

from app.web.server import make_app
from search.embedded import EmbeddedIndex


def call(app, method, path, body=b"", **headers):
    environ = {"REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": "", "wsgi.input": io.BytesIO(body),
               "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": "application/x-www-form-urlencoded",
               "HTTP_HOST": "staff.example:8000", "SERVER_NAME": "staff.example", "SERVER_PORT": "8000",
               "wsgi.url_scheme": "http"}
    environ.update({f"HTTP_{k.upper()}": v for k, v in headers.items()})
    seen = {}

    def start_response(status, headers):
        seen["status"], seen["headers"] = int(status.split()[0]), dict(headers)

    body = b"".join(app(environ, start_response))
    return seen["status"], seen["headers"], body.decode("utf-8")


def test_posts_reach_only_registered_paths_from_this_site(tmp_path):
    backend = EmbeddedIndex(tmp_path / "index.sqlite3")
    app = make_app(backend)
    got = []
    app.posts["/echo"] = lambda form, environ: (got.append(form) or (204, [], b""))
    body = urlencode({"name": "Hợp tác xã", "x": ""}).encode()
    assert call(app, "POST", "/echo", body, sec_fetch_site="same-origin")[0] == 204
    assert got[-1] == {"name": ["Hợp tác xã"], "x": [""]}
    assert call(app, "POST", "/echo", body, origin="http://staff.example:8000")[0] == 204
    # forged from elsewhere, or with no statement of origin at all
    for headers in ({"sec_fetch_site": "cross-site"}, {"origin": "http://evil.example"}, {"origin": "null"}, {}):
        status, _, text = call(app, "POST", "/echo", body, **headers)
        assert status == 403 and "trang khác" in text, headers
    assert len(got) == 2
    status, headers, _ = call(app, "POST", "/echo", b"x" * 20_000, sec_fetch_site="same-origin")
    assert status == 403
    status, headers, _ = call(app, "POST", "/", body, sec_fetch_site="same-origin")
    assert status == 405 and headers["Allow"] == "GET, HEAD"
    status, headers, _ = call(app, "PUT", "/echo", body, sec_fetch_site="same-origin")
    assert status == 405 and headers["Allow"] == "GET, HEAD, POST"
    backend.close()
