"""What the command modules share: JSON output, the data directory, option types (the
`-s NAME=VALUE` check against crawler/settings.py's defaults) and the learned site profiles."""

from __future__ import annotations

import argparse
import functools
import json
import sys
from pathlib import Path


def print_json(obj) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")



def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number, 1 or more, got {value!r}")
    return number


def port(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 65535:
        raise argparse.ArgumentTypeError(f"expected a TCP port from 1 to 65535, got {value!r}")
    return int(value)


@functools.lru_cache(maxsize=1)
def _setting_defaults():
    from scrapy.settings import Settings

    defaults = Settings()
    defaults.setmodule("crawler.settings", priority="project")
    return defaults


def scrapy_setting(pair: str) -> tuple[str, str]:
    """One `-s NAME=VALUE`, its value checked against the type of the setting's default
    (Scrapy's, as crawler/settings.py sets it): a bad one is a usage error at once, not a
    traceback in the middle of a crawl. A setting with no default is taken as given."""
    from scrapy.settings import BaseSettings, Settings

    name, sep, value = pair.partition("=")
    name = name.strip()
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {pair!r}")
    default = _setting_defaults().get(name)
    # a number for a number (an int default may be read with getfloat: LMHTX_PROGRESS_INTERVAL=0.5)
    for kind, read, wanted in ((bool, "getbool", f"true or false (default {default!r})"),
                               ((int, float), "getfloat", f"a number (default {default!r})"),
                               ((dict, BaseSettings), "getdict", "a JSON object")):
        if isinstance(default, kind):
            try:
                getattr(Settings({name: value}), read)(name)
            except (ValueError, TypeError):
                raise argparse.ArgumentTypeError(f"{name}={value}: expected {wanted}") from None
            break
    return name, value



def data_dir(args) -> Path:
    from crawler.archive import default_data_dir

    return Path(args.data_dir) if getattr(args, "data_dir", None) else default_data_dir()


def stored_profiles(args, sites) -> dict:
    """site id -> its learned template, for the sites the archive holds one of (a crawl has
    seen them); the archive is opened once, and never created by a command that only reads."""
    from crawler.archive import Archive

    path = data_dir(args)
    if not sites or not (path / "archive.sqlite3").exists():
        return {}
    with Archive(path) as archive:
        return {s.id: p for s in sites if (p := archive.load_profile(s.id)) is not None}
