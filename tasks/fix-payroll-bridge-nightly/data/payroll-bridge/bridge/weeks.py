"""Weekly hours per technician: payroll weeks run Sunday to Saturday; over 40 hours a week is overtime."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from bridge.entries import TimeEntry

REGULAR_MINUTES = 40 * 60


@dataclass(frozen=True)
class WeekHours:
    regular_minutes: int
    overtime_minutes: int


def payroll_week(day: date) -> date:
    """The Sunday that starts ``day``'s payroll week (weeks run Sunday to Saturday)."""
    return day - timedelta(days=(day.weekday() + 1) % 7)


def weekly_hours(entries: list[TimeEntry]) -> dict[tuple[str, date], WeekHours]:
    """(technician, week start) -> regular and overtime minutes."""
    totals: dict[tuple[str, date], int] = defaultdict(int)
    for entry in entries:
        totals[(entry.technician, payroll_week(entry.day))] += entry.minutes
    return {key: WeekHours(min(total, REGULAR_MINUTES), max(0, total - REGULAR_MINUTES))
            for key, total in totals.items()}
