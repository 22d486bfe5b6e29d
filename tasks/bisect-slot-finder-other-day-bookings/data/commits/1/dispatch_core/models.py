"""Technicians, jobs and appointments."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .timeutil import Interval

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Technician:
    """A field technician with skills and a weekly shift pattern (weekday name -> interval)."""

    id: str
    name: str
    skills: frozenset[str]
    shifts: dict[str, Interval] = field(default_factory=dict, hash=False)
    home_zone: str = "central"

    def shift_on(self, day: date) -> Interval | None:
        """The shift worked on ``day``, or None on a day off."""
        return self.shifts.get(WEEKDAYS[day.weekday()])

    def can_do(self, skill: str) -> bool:
        return skill in self.skills


@dataclass(frozen=True)
class Job:
    """A job request to schedule; ``window`` is the customer's preferred time window, if any."""

    id: str
    skill: str
    duration: int  # minutes
    zone: str = "central"
    window: Interval | None = None
    priority: int = 3  # 1 = most urgent, 5 = whenever

    def __post_init__(self) -> None:
        if self.duration <= 0:
            raise ValueError("duration must be positive")
        if not 1 <= self.priority <= 5:
            raise ValueError("priority must be between 1 and 5")


@dataclass(frozen=True)
class Appointment:
    """A job booked for a technician on a day."""

    job_id: str
    technician_id: str
    day: date
    slot: Interval
    zone: str = "central"


def weekly_shifts(pattern: str, days: str = "mon-fri") -> dict[str, Interval]:
    """The same shift on some weekdays: a range, a comma-separated list or both.

    ``weekly_shifts("08:00-16:00", "mon-fri")``, ``weekly_shifts("07:00-12:00", "mon,wed,fri")``,
    ``weekly_shifts("08:00-16:00", "mon-wed,sat")``.
    """
    shift = Interval.parse(pattern)
    result: dict[str, Interval] = {}
    for part in days.split(","):
        first, _, last = part.strip().partition("-")
        i, j = WEEKDAYS.index(first), WEEKDAYS.index(last or first)
        for k in range(i, j + 1):
            result[WEEKDAYS[k]] = shift
    return result
