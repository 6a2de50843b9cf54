"""The staff accounts of the web app's login: `lmhtx users add|passwd|remove|list|feed`.

A password is never an argument (it would sit in the shell history and in `ps`): it is
prompted for twice on a terminal, or read as the first line of standard input
(`printf '%s\\n' "$PW" | lmhtx users add lan`)."""

from __future__ import annotations

import getpass
import sys

from .common import data_dir, print_json
from .errors import fail


def add_parser(sub) -> None:
    u = sub.add_parser("users", help="staff accounts of the web app's login")
    usub = u.add_subparsers(dest="action", required=True)
    a = usub.add_parser("add", help="add an account (password prompted, or the first line of stdin)")
    a.add_argument("name")
    a.add_argument("--role", default="reader", help="reader (read-only: search, read, dashboard, feeds)")
    p = usub.add_parser("passwd", help="set an account's password; its open sessions end")
    p.add_argument("name")
    r = usub.add_parser("remove", help="remove an account; its sessions and feed token stop working")
    r.add_argument("name")
    f = usub.add_parser("feed", help="give an account a new feed token (the old one stops working)")
    f.add_argument("name")
    f.add_argument("--base-url", default="", help="the app's public URL, to print whole feed addresses")
    lst = usub.add_parser("list", help="the accounts")
    lst.add_argument("--json", action="store_true")
    for parser, func in ((a, cmd_add), (p, cmd_passwd), (r, cmd_remove), (f, cmd_feed), (lst, cmd_list)):
        parser.add_argument("--data-dir")
        parser.set_defaults(func=func, writes_data=parser is not lst)


def read_password(confirm: bool = True) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if confirm and getpass.getpass("Again: ") != first:
            raise ValueError("the two passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _accounts(args):
    from app.web.accounts import Accounts

    return Accounts(data_dir(args))


def cmd_add(args) -> int:
    from app.web.accounts import check_name

    accounts = _accounts(args)
    check_name(args.name)  # before asking for a password
    if accounts.get(args.name):
        return fail(f"an account named {args.name!r} exists (`lmhtx users passwd {args.name}` changes its password)")
    accounts.add(args.name, read_password(), role=args.role)
    print(f"account {args.name} added ({args.role}) in {accounts.path}")
    return 0


def cmd_passwd(args) -> int:
    accounts = _accounts(args)
    if accounts.get(args.name) is None:
        return fail(f"no account named {args.name!r}")
    accounts.set_password(args.name, read_password())
    print(f"password of {args.name} changed; its open sessions have ended")
    return 0


def cmd_remove(args) -> int:
    accounts = _accounts(args)
    accounts.remove(args.name)
    print(f"account {args.name} removed")
    return 0


def cmd_feed(args) -> int:
    token = _accounts(args).new_feed_token(args.name)
    base = args.base_url.rstrip("/")
    print(f"feed token of {args.name} (shown once; the previous one no longer works):\n{token}")
    print(f"e.g. {base}/feeds/all.atom?token={token}")
    return 0


def cmd_list(args) -> int:
    accounts = sorted(_accounts(args).load().values(), key=lambda a: a.name)
    if args.json:
        print_json([{"name": a.name, "role": a.role, "created": a.created, "feed_token": bool(a.feed_token_sha256)}
                    for a in accounts])
        return 0
    if not accounts:
        print("no accounts (`lmhtx users add NAME` adds one)")
    for a in accounts:
        print(f"{a.name}\t{a.role}\tcreated {a.created[:10]}\t{'feed token' if a.feed_token_sha256 else '-'}")
    return 0
