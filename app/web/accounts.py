"""Staff accounts of the web app: a users file and a session secret in the data directory.

    Accounts(data_dir)           the users file, `users.json` (mode 0600), re-read when it changes
    accounts.verify(name, pw)    -> Account, or None (same work whether or not the name exists)
    accounts.add / set_password / remove / end_sessions / new_feed_token / by_feed_token
    session_secret(data_dir)     -> the key that signs session cookies, `session.key` (0600),
                                    created on first use

A file rather than a table in the archive: the archive is the crawl's, rebuilt and copied
around, while accounts belong to one deployment; a small JSON file is also easy to back up and
to read by eye. Passwords are argon2id hashes (argon2-cffi's defaults, RFC 9106). Each account
has an `epoch`: a session cookie names the epoch it was issued in, so changing the password,
removing the account or logging out (which ends the account's sessions everywhere) bumps it
and every older cookie stops working. A feed token is kept only as its SHA-256.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
import tempfile
import threading
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from filelock import FileLock

USERS_FILE = "users.json"
SECRET_FILE = "session.key"
ROLES = ("reader",)  # read-only staff: search, read, dashboard, feeds
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")
MIN_PASSWORD = 10
MAX_PASSWORD = 1024

_hasher = PasswordHasher()
# each check takes 64 MiB and about a quarter second of CPU by design: a burst of logins queues here instead of
# taking the server's memory (searches never wait on it)
_CHECKS = threading.BoundedSemaphore(2)
# verified against when the name is unknown, so a wrong name costs what a wrong password costs
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class AccountError(ValueError):
    """A request about accounts that cannot be done; the message says why."""


@dataclass
class Account:
    name: str
    password_hash: str
    role: str = "reader"
    created: str = ""
    epoch: int = 0  # bumped to end every session of the account
    feed_token_sha256: str = ""


def check_name(name: str) -> str:
    if not NAME_RE.match(name or ""):
        raise AccountError(f"account name {name!r}: 2-40 characters, lower-case letters, digits, '.', '_' or '-'")
    return name


def check_password(password: str) -> str:
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise AccountError(f"a password needs {MIN_PASSWORD} to {MAX_PASSWORD} characters")
    return password


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _write_private(path: Path, data: bytes) -> None:
    """Write atomically (a temporary file renamed over the old one), readable by the owner only."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Accounts:
    def __init__(self, data_dir: Path | str):
        self.path = Path(data_dir) / USERS_FILE
        self._lock = FileLock(str(self.path) + ".lock")  # the CLI and the web app both write
        self._cache: tuple[tuple[int, int, int], dict[str, Account]] | None = None
        self._mutex = threading.Lock()

    # -- reading ----------------------------------------------------------------------------
    def load(self) -> dict[str, Account]:
        """name -> Account, re-read only when the file changed (a stat per call)."""
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return {}
        stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
        with self._mutex:
            if self._cache is None or self._cache[0] != stamp:
                raw = json.loads(self.path.read_text(encoding="utf-8") or "{}")
                accounts = {a["name"]: Account(**a) for a in raw.get("accounts", [])}
                self._cache = (stamp, accounts)
            return self._cache[1]

    def get(self, name: str) -> Account | None:
        return self.load().get(name)

    def __len__(self) -> int:
        return len(self.load())

    def verify(self, name: str, password: str) -> Account | None:
        account = self.get(name)
        try:
            with _CHECKS:
                _hasher.verify(account.password_hash if account else _DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            return None
        if account is None:
            return None
        if _hasher.check_needs_rehash(account.password_hash):  # argon2's parameters were raised
            self._update(name, password_hash=_hasher.hash(password))
        return account

    def by_feed_token(self, token: str) -> Account | None:
        if not token:
            return None
        digest = _token_digest(token)
        for account in self.load().values():
            if account.feed_token_sha256 and hmac.compare_digest(account.feed_token_sha256, digest):
                return account
        return None

    # -- writing ----------------------------------------------------------------------------
    def _save(self, accounts: dict[str, Account]) -> None:
        doc = {"accounts": [asdict(a) for a in sorted(accounts.values(), key=lambda a: a.name)]}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        _write_private(self.path, (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))

    def _update(self, name: str, **changes: object) -> Account:
        with self._lock:
            accounts = dict(self.load())
            if name not in accounts:
                raise AccountError(f"no account named {name!r}")
            account = Account(**{**asdict(accounts[name]), **changes})
            accounts[name] = account
            self._save(accounts)
            return account

    def add(self, name: str, password: str, role: str = "reader") -> Account:
        check_name(name)
        check_password(password)
        if role not in ROLES:
            raise AccountError(f"role {role!r}: one of {', '.join(ROLES)}")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            accounts = dict(self.load())
            if name in accounts:
                raise AccountError(f"an account named {name!r} exists (`lmhtx users passwd {name}` changes its password)")
            created = datetime.now(UTC).isoformat(timespec="seconds")
            accounts[name] = Account(name, _hasher.hash(password), role, created)
            self._save(accounts)
            return accounts[name]

    def set_password(self, name: str, password: str) -> Account:
        check_password(password)
        account = self.get(name)
        epoch = account.epoch + 1 if account else 0
        return self._update(name, password_hash=_hasher.hash(password), epoch=epoch)

    def end_sessions(self, name: str) -> Account:
        account = self.get(name)
        return self._update(name, epoch=(account.epoch + 1) if account else 0)

    def new_feed_token(self, name: str) -> str:
        token = secrets.token_urlsafe(24)
        self._update(name, feed_token_sha256=_token_digest(token))
        return token

    def remove(self, name: str) -> None:
        with self._lock:
            accounts = dict(self.load())
            if accounts.pop(name, None) is None:
                raise AccountError(f"no account named {name!r}")
            self._save(accounts)


def session_secret(data_dir: Path | str) -> bytes:
    """The key signing session cookies: 32 random bytes in `session.key` (mode 0600), made
    the first time it is asked for. Deleting the file ends every session."""
    path = Path(data_dir) / SECRET_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        # written aside, then linked into place: a second process starting at the same time
        # either wins the link or reads the whole key, never half of it
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{SECRET_FILE}.")
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as fh:
                fh.write(secrets.token_bytes(32).hex() + "\n")
            try:
                os.link(tmp, path)
            except FileExistsError:
                pass
        finally:
            Path(tmp).unlink(missing_ok=True)
    if path.stat().st_mode & 0o077:  # readable by others: tighten it
        path.chmod(0o600)
    try:
        key = bytes.fromhex(path.read_text(encoding="ascii").strip())
    except ValueError:
        key = b""
    if len(key) < 32:
        raise AccountError(f"{path} holds no usable key: delete it (a new one is made; sessions end)")
    return key
