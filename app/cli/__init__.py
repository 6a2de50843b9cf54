"""`lmhtx`: the project's command line. Each command group is one module of this package
that registers its subcommands (`add_parser`) with thin handlers (parse, call the library,
print); errors.py turns the known failures into one line."""

from __future__ import annotations

import argparse
import sys

from crawler import __version__

from . import archive, crawl, errors, extract, search, sites, users

GROUPS = (extract, sites, crawl, search, archive, users)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lmhtx", description="Archive of Vietnam's cooperative-alliance news.")
    p.add_argument("--version", action="version", version=f"lmhtx-archive {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    for group in GROUPS:
        group.add_parser(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    return errors.run(build_parser().parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
