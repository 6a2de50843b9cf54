"""docker-compose.yml, checked offline: valid against the Compose Specification's JSON schema,
and wired as the app expects (services, volumes, environment).

tests/data/compose-spec.json is the schema file shipped by Docker's own Compose implementation:
`compose/config/compose_spec.json` from the PyPI wheel docker_compose-1.29.2-py2.py3-none-any.whl
(sha256 8d5589373b35c8d3b1c8c1182c6e4a4ff14bffa3dd0b605fcd08f73c94cef809), copied unchanged.
"""

from __future__ import annotations

import copy
import hashlib
import ipaddress
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"
SCHEMA = Path(__file__).with_name("data") / "compose-spec.json"
SCHEMA_SHA256 = "0dc04bd346dcfee1b1419628fff79937bbf076925f298f272a2b490e2b112bac"

# Compose durations ("10s", "1m30s"): the schema's "duration" format, which jsonschema does not know.
_DURATION = re.compile(r"^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$")


def _checker() -> jsonschema.FormatChecker:
    checker = jsonschema.FormatChecker()
    checker.checks("duration", raises=ValueError)(lambda v: not isinstance(v, str) or bool(_DURATION.match(v)))
    return checker


@pytest.fixture(scope="module")
def schema():
    import json

    return json.loads(SCHEMA.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def errors(schema, document) -> list[str]:
    # The file declares draft 2019-09 as "http://json-schema.org/draft/2019-09/schema#", a spelling
    # jsonschema does not look up by itself.
    assert "2019-09" in schema["$schema"]
    cls = jsonschema.Draft201909Validator
    cls.check_schema(schema)
    validator = cls(schema, format_checker=_checker())
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]


def test_schema_is_the_vendored_compose_spec(schema):
    assert hashlib.sha256(SCHEMA.read_bytes()).hexdigest() == SCHEMA_SHA256
    assert schema["title"] == "Compose Specification"
    assert {"services", "volumes", "networks"} <= set(schema["properties"])


def test_compose_file_is_valid(schema, compose):
    assert errors(schema, compose) == []


@pytest.mark.parametrize("breakage", [
    lambda c: c["services"]["web"].update(restrat="always"),  # a typo
    lambda c: c["services"]["web"].update(depends_on={"elasticsearch": {"condition": "healthy"}}),
    lambda c: c["services"]["elasticsearch"]["healthcheck"].update(interval="ten seconds"),
    lambda c: c["services"]["elasticsearch"]["ulimits"]["memlock"].pop("hard"),
    lambda c: c.update(servics={}),
], ids=["typo", "bad-condition", "bad-duration", "half-ulimit", "unknown-top-level"])
def test_schema_catches_mistakes(schema, compose, breakage):
    broken = copy.deepcopy(compose)
    breakage(broken)
    assert errors(schema, broken)


def env(service: dict) -> dict[str, str]:
    e = service.get("environment") or {}
    if isinstance(e, list):
        e = dict(item.split("=", 1) for item in e)
    return {k: str(v) for k, v in e.items()}


def mounts(service: dict) -> dict[str, str]:
    """target -> source of the service's volumes (short syntax)."""
    out = {}
    for v in service.get("volumes") or []:
        source, target = v.split(":")[:2]
        out[target] = source
    return out


def test_services(compose):
    assert set(compose["services"]) == {"elasticsearch", "web", "crawler", "scheduler"}


def test_elasticsearch_service(compose):
    es = compose["services"]["elasticsearch"]
    image, tag = es["image"].rsplit(":", 1)
    assert image == "docker.elastic.co/elasticsearch/elasticsearch" and tag.split(".")[0] == "9"
    e = env(es)
    assert e["discovery.type"] == "single-node"
    assert e["xpack.security.enabled"] == "false"  # a choice explained in the file's comments
    assert e["bootstrap.memory_lock"] == "true"
    assert e["ES_JAVA_OPTS"] == "-Xms1g -Xmx1g"
    assert es["ulimits"]["memlock"] == {"soft": -1, "hard": -1}
    assert mounts(es) == {"/usr/share/elasticsearch/data": "esdata"}
    assert "ports" not in es  # not published on the host: no authentication
    test = " ".join(es["healthcheck"]["test"])
    assert "_cluster/health" in test and "9200" in test
    assert "security choice" in COMPOSE.read_text(encoding="utf-8").lower()


@pytest.mark.parametrize("name", ["web", "crawler", "scheduler"])
def test_app_services_share_image_env_and_data(compose, name):
    svc = compose["services"][name]
    assert svc["build"] == "."
    e = env(svc)
    assert e["ELASTICSEARCH_URL"] == "http://elasticsearch:9200"
    assert e["LMHTX_DATA"] == "/data"
    assert mounts(svc) == {"/data": "lmhtx-data"}
    assert svc["depends_on"] == {"elasticsearch": {"condition": "service_healthy"}}
    # The app reads these variables as the compose file sets them.
    from search.config import elasticsearch_settings

    assert elasticsearch_settings(e) == {"urls": ["http://elasticsearch:9200"]}
    assert e["ELASTICSEARCH_URL"].split("//")[1].split(":")[0] in compose["services"]


def test_web_service(compose):
    web = compose["services"]["web"]
    assert web["command"] == ["lmhtx", "serve", "--host", "0.0.0.0", "--port", "8000"]
    # published on the host's loopback only: the reverse proxy with TLS in front is the way in
    assert web["ports"] == ["127.0.0.1:8000:8000"]
    for port in web["ports"]:
        host_ip = str(port).split(":")[0]
        assert str(port).count(":") == 2 and ipaddress.ip_address(host_ip).is_loopback, port


def test_web_service_has_a_healthcheck_on_healthz(compose):
    web = compose["services"]["web"]
    check = web["healthcheck"]
    assert check["test"][0] == "CMD"  # no shell, no curl in python:slim: the image's own Python
    probe = check["test"][-1]
    assert "http://localhost:8000/healthz" in probe
    compile(probe, "<healthcheck>", "exec")  # the probe is valid Python
    assert {"interval", "timeout", "retries", "start_period"} <= set(check)
    # localhost is a name the app answers to whatever the allow-list says (app/web/hosts.py)
    from app import config
    from app.web.hosts import HostPolicy

    assert HostPolicy.from_config(config.load(env={}), "0.0.0.0").allows("localhost:8000")


ALERT_SECRETS = {"LMHTX_ALERT_WEBHOOK", "LMHTX_ALERT_SMTP", "LMHTX_ALERT_SMTP_USER", "LMHTX_ALERT_SMTP_PASSWORD",
                 "LMHTX_ALERT_APPRISE", "LMHTX_ALERT_EMAIL_TO", "LMHTX_ALERT_EMAIL_FROM"}


def test_alert_secrets_only_where_alerts_are_sent(compose):
    assert not ALERT_SECRETS & set(env(compose["services"]["web"]))  # the web faces the network
    assert not ALERT_SECRETS & set(env(compose["services"]["elasticsearch"]))
    for name in ("scheduler", "crawler"):  # `lmhtx nightly` sends them
        e = env(compose["services"][name])
        assert ALERT_SECRETS <= set(e)
        assert all(e[k] == f"${{{k}:-}}" for k in ALERT_SECRETS)  # from the host's environment, empty by default
    # nor any other alert setting: the web sends none
    assert not [k for k in env(compose["services"]["web"]) if k.startswith("LMHTX_ALERT")]


def test_web_login_settings_are_wired(compose):
    from app.config import DEFAULTS

    e = env(compose["services"]["web"])
    wired = {k for k in e if k in DEFAULTS}
    assert {"LMHTX_LOGIN", "LMHTX_PUBLIC_URL", "LMHTX_ALLOWED_HOSTS", "LMHTX_SESSION_HOURS"} <= wired
    assert e["LMHTX_LOGIN"] == "${LMHTX_LOGIN:-auto}"
    # with the defaults filled in, the app reads them, and its login is on in the container
    from app import config
    from app.web.auth import login_enabled

    filled = {k: re.sub(r"^\$\{[A-Z_]+:-(.*)\}$", r"\1", v) for k, v in e.items()}
    settings = config.load(env=filled)
    assert login_enabled(settings, web_host(compose)) is True
    assert settings["LMHTX_WEB_TRUSTED_PROXY"] == "*"  # the proxy's X-Forwarded-For names the client


def web_host(compose) -> str:
    command = compose["services"]["web"]["command"]
    return command[command.index("--host") + 1]


def test_elasticsearch_image_is_at_least_the_client(compose):
    pinned = dict(line.split("==") for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").split()
                  if "==" in line)
    client = tuple(int(x) for x in pinned["elasticsearch"].split(".")[:2])
    tag = compose["services"]["elasticsearch"]["image"].rsplit(":", 1)[1]
    server = tuple(int(x) for x in tag.split(".")[:2])
    assert server >= client, f"Elasticsearch {tag} is older than the client {pinned['elasticsearch']}"


def test_crawler_service(compose):
    crawler = compose["services"]["crawler"]
    assert crawler["command"] == ["lmhtx", "crawl"]
    assert crawler["restart"] == "no"
    assert crawler["profiles"] == ["crawl"]  # not started by `docker compose up`


def test_scheduler_service(compose, monkeypatch):
    scheduler = compose["services"]["scheduler"]
    assert scheduler["command"] == ["lmhtx", "schedule"]
    assert scheduler["restart"] == "unless-stopped" and "profiles" not in scheduler  # up with `docker compose up`
    e = env(scheduler)
    assert e["LMHTX_NIGHTLY_TZ"] == e["TZ"] == "Asia/Ho_Chi_Minh"
    assert e["LMHTX_NIGHTLY_AT"] == "${LMHTX_NIGHTLY_AT:-02:30}"  # configurable, 02:30 by default
    # `lmhtx schedule` takes its defaults from these variables
    from app.cli import build_parser

    monkeypatch.setenv("LMHTX_NIGHTLY_AT", "03:15")
    monkeypatch.setenv("LMHTX_NIGHTLY_TZ", "Asia/Ho_Chi_Minh")
    args = build_parser().parse_args(["schedule"])
    assert (args.at, args.tz) == ("03:15", "Asia/Ho_Chi_Minh")


def test_named_volumes_are_declared(compose):
    used = {src for svc in compose["services"].values() for src in mounts(svc).values() if not src.startswith((".", "/"))}
    assert used == {"esdata", "lmhtx-data"}
    assert used <= set(compose["volumes"])


def test_dockerfile():
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    joined = text.replace("\\\n", " ")  # continuation lines as Docker reads them
    lines = [line.strip() for line in joined.splitlines() if line.strip() and not line.startswith("#")]
    assert lines[0].startswith("FROM python:3.11")
    users = [line for line in lines if line.startswith("USER ")]
    assert users and users[-1] != "USER root"  # the app does not run as root
    assert any(line.startswith("HEALTHCHECK") and "/healthz" in line for line in lines)
    assert "-c constraints.txt" in text  # the pinned versions, as in development
