"""Runs inside bench/.venv-newsplease (news-please cannot share our venv: its boto3/botocore pin
python-dateutil<3, ours is 4.0). Reads JSON lines {"url", "html"} on a file, extracts each page
with NewsPlease.from_html `repeats` times, and prints one JSON document:
{"results": [{"url", "title", "text", "date"}...], "cpu_per_page": [seconds per pass...]}.

No network: every socket connection outside loopback is refused (images are not fetched)."""

import json
import socket
import sys
import time

_connect = socket.socket.connect


def _loopback_only(self, address):
    host = address[0] if isinstance(address, tuple) else ""
    if isinstance(address, tuple) and not (host.startswith("127.") or host in ("::1", "localhost")):
        raise OSError(f"benchmark: no network outside loopback ({host})")
    return _connect(self, address)


socket.socket.connect = _loopback_only


def main() -> None:
    path, repeats = sys.argv[1], int(sys.argv[2])
    import warnings

    warnings.filterwarnings("ignore")
    from newsplease import NewsPlease

    with open(path, encoding="utf-8") as f:
        pages = [json.loads(line) for line in f]
    NewsPlease.from_html(pages[0]["html"], url=pages[0]["url"], fetch_images=False)  # warm-up (lazy imports)
    results, cpu = [], []
    for r in range(repeats):
        t0 = time.process_time()
        for page in pages:
            try:
                art = NewsPlease.from_html(page["html"], url=page["url"], fetch_images=False)
            except Exception:  # noqa: BLE001  a failure is an empty result, scored as such
                art = None
            if r == 0:
                results.append({"url": page["url"],
                                "title": getattr(art, "title", None),
                                "text": getattr(art, "maintext", None),
                                "date": str(art.date_publish) if art is not None and art.date_publish else None})
        cpu.append((time.process_time() - t0) / len(pages))
    json.dump({"results": results, "cpu_per_page": cpu}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
