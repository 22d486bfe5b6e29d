"""SQLite storage of job requests."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

STATUSES = ("received", "scheduled", "completed", "cancelled")
# Sort keys of GET /v1/jobs and the column each one orders by.
SORTS = {"created": "id", "preferred_date": "json_extract(payload, '$.preferred_date')"}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS job_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'received',
    created_at TEXT NOT NULL
)
"""


class JobStore:
    """Job requests per customer; a customer only ever sees its own requests."""

    def __init__(self, path: str = ":memory:") -> None:
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._db.execute(_SCHEMA)

    def add(self, customer_id: str, request: dict[str, str], now: datetime) -> dict[str, Any]:
        """Store a validated request; returns it with ``id``, ``status`` and ``created_at``."""
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO job_requests (customer_id, payload, created_at) VALUES (?, ?, ?)",
                (customer_id, json.dumps(request, sort_keys=True), now.isoformat(timespec="seconds")),
            )
        found = self.get(customer_id, int(cursor.lastrowid or 0))
        assert found is not None
        return found

    def get(self, customer_id: str, job_id: int) -> dict[str, Any] | None:
        row = self._db.execute(
            "SELECT * FROM job_requests WHERE id = ? AND customer_id = ?", (job_id, customer_id)
        ).fetchone()
        return None if row is None else _as_dict(row)

    def list(self, customer_id: str, status: str | None = None, trade: str | None = None,
             sort: str = "created") -> list[dict[str, Any]]:
        """The customer's requests, optionally only those with ``status`` and/or ``trade``, sorted by
        ``sort``: a key of ``SORTS`` (``created``, ``preferred_date``), ``-`` in front for newest first."""
        query = "SELECT * FROM job_requests WHERE customer_id = ?"
        params: tuple[str, ...] = (customer_id,)
        if status is not None:
            query += " AND status = ?"
            params += (status,)
        if trade is not None:
            query += f" AND json_extract(payload, '$.trade') = '{trade.strip().lower()}'"
        direction = "DESC" if sort.startswith("-") else "ASC"
        column = SORTS.get(sort.lstrip("-"), sort.lstrip("-"))
        query += f" ORDER BY {column} {direction}, id {direction}"
        return [_as_dict(r) for r in self._db.execute(query, params)]

    def set_status(self, job_id: int, status: str) -> None:
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        with self._db:
            self._db.execute("UPDATE job_requests SET status = ? WHERE id = ?", (status, job_id))


def _as_dict(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "status": row["status"],
        "created_at": row["created_at"],
        **json.loads(row["payload"]),
    }
