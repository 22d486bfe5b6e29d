"""The hours file for the payroll provider, and the command line."""

from __future__ import annotations

import sys
from pathlib import Path

from bridge.entries import BadEntry, TimeEntry, read_entries
from bridge.weeks import weekly_hours

HEADER = "technician,week_start,regular_hours,overtime_hours"


def hours(minutes: int) -> str:
    return f"{minutes / 60:.2f}"


def export_rows(entries: list[TimeEntry]) -> list[str]:
    """The file's lines: the header, then one row per technician and week, sorted."""
    rows = [HEADER]
    for (technician, week), week_hours in sorted(weekly_hours(entries).items()):
        rows.append(f"{technician},{week.isoformat()},{hours(week_hours.regular_minutes)},"
                    f"{hours(week_hours.overtime_minutes)}")
    return rows


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m bridge.export ENTRIES_CSV HOURS_CSV", file=sys.stderr)
        return 2
    try:
        entries = read_entries(args[0])
    except (OSError, BadEntry) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    Path(args[1]).write_text("\n".join(export_rows(entries)) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
