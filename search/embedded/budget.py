"""A search's time budget inside SQLite: statements are interrupted through the progress
handler once the budget (search.base.Budget) says stop, and the interruption is told apart
from real errors, so that a search answers with what it has instead of failing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from ..base import Budget

PROGRESS_STEPS = 2_000  # SQLite VM steps between two looks at a search's time budget (~0.1 ms)


@contextmanager
def bounded(db: sqlite3.Connection, budget: Budget | None) -> Iterator[None]:
    """Statements on `db` in this block are interrupted (OperationalError "interrupted")
    once `budget.stop()` says so: SQLite asks every PROGRESS_STEPS steps."""
    if budget is None:
        yield
        return
    db.set_progress_handler(budget.stop, PROGRESS_STEPS)
    try:
        yield
    finally:
        db.set_progress_handler(None, 0)
        if db.in_transaction:  # an interrupted read (counting opens one): end it
            db.execute("ROLLBACK")


def interrupted(exc: sqlite3.OperationalError) -> bool:
    """True for the budget's interruption; anything else is raised again."""
    if "interrupt" not in str(exc):
        raise exc
    return True
