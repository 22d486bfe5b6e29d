"""Time entries exported from FieldDay."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path


class BadEntry(ValueError):
    """A row of the entries file is not valid."""


@dataclass(frozen=True)
class TimeEntry:
    technician: str
    day: date
    minutes: int


def parse_row(row: dict[str, str], line: int) -> TimeEntry:
    try:
        entry = TimeEntry(row["technician"].strip(), date.fromisoformat(row["day"].strip()),
                          int(row["minutes"]))
    except (KeyError, ValueError, AttributeError) as exc:
        raise BadEntry(f"line {line}: {exc}") from None
    if not entry.technician or not 0 < entry.minutes <= 24 * 60:
        raise BadEntry(f"line {line}: bad technician or minutes")
    return entry


def read_entries(path: str | Path) -> list[TimeEntry]:
    with Path(path).open(newline="", encoding="utf-8") as fh:
        return [parse_row(row, n) for n, row in enumerate(csv.DictReader(fh), start=2)]
