"""Fixtures every test module can ask for: the running sample portals, one full crawl of them,
the search server (tests/esserver.py) and an index alias per test."""

import json
import os
import uuid

import pytest
from aiosmtpd.controller import Controller

# Plain asserts in the shared modules report their values as a test's do.
pytest.register_assert_rewrite("tests.helpers", "tests.esserver")

from tests.helpers import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    SCREENS,
    Mailbox,
    Webhook,
    authenticate,
    free_port,
    run_scrapy,
)

# Tests search faster than staff type: the search rate limit is off unless a test sets it
# (tests/test_serve.py does).
os.environ.setdefault("LMHTX_SEARCH_RATE", "0")

# The osmem-server fixtures (es_server, es_url, es_index, es_private_server): tests/esserver.py.
pytest_plugins = ["tests.esserver"]


@pytest.fixture(scope="session")
def samples():
    from samples.server import SampleSites

    with SampleSites() as sites:
        sites.start()
        yield sites


@pytest.fixture(scope="session")
def crawl(samples, tmp_path_factory):
    """One full crawl of every sample portal; tests read its items, log and server hits."""
    tmp = tmp_path_factory.mktemp("crawl")
    registry = samples.write_registry(tmp / "sites.yaml")
    out = tmp / "items.jsonl"
    samples.reset_log()
    proc = run_scrapy(registry, out, env={"LMHTX_CONTACT": "archive-team@example.org"})
    assert proc.returncode == 0, proc.stderr[-4000:]
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    bases = {sid: samples.base(sid) for sid in samples.site_ids}
    return {"items": items, "log": proc.stderr, "hits": list(samples.requests), "bases": bases}


@pytest.fixture
def alias():
    """An index alias of its own for one test on the shared search server."""
    return f"t-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def webhook():
    hook = Webhook()
    yield hook
    hook.close()


@pytest.fixture
def smtp():
    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port(), authenticator=authenticate,
                            auth_require_tls=False)
    controller.start()
    box.address = f"127.0.0.1:{controller.port}"
    yield box
    controller.stop()


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium (tests/helpers.py CHROMIUM); the module is skipped without it."""
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium (apt-get install chromium): browser tests skipped")
    from playwright.sync_api import sync_playwright

    SCREENS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
