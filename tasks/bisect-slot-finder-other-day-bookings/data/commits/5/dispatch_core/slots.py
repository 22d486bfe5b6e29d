"""Candidate time slots for a job."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .availability import free_intervals
from .models import Appointment, Job, Technician
from .timeutil import fmt


@dataclass(frozen=True, order=True)
class Slot:
    """A possible booking: ``start``-``end`` with one technician. Sorts by start, then technician."""

    start: int
    technician_id: str
    end: int

    def __str__(self) -> str:
        return f"{fmt(self.start)}-{fmt(self.end)} {self.technician_id}"


def round_up(minutes: int, step: int) -> int:
    """The smallest multiple of ``step`` that is >= ``minutes``."""
    return -(-minutes // step) * step


def find_slots(
    job: Job,
    technicians: Sequence[Technician],
    appointments: Iterable[Appointment],
    day: date,
    step: int = 15,
    limit: int | None = None,
) -> list[Slot]:
    """Every start time (a multiple of ``step``) at which a qualified technician is free for the
    whole job, inside the job's preferred window if it has one.

    Existing appointments are padded with the travel time to the job's zone. Sorted by start
    time, then technician id; at most ``limit`` slots if given.
    """
    if step <= 0:
        raise ValueError("step must be positive")
    appointments = list(appointments)
    found: list[Slot] = []
    for tech in technicians:
        if not tech.can_do(job.skill) or tech.shift_on(day) is None:
            continue  # unqualified, or off that day
        for free in free_intervals(tech, day, appointments, job_zone=job.zone):
            window = free if job.window is None else free.intersect(job.window)
            if window is None:
                continue
            latest_start = window.end - job.duration
            if latest_start < window.start:
                continue  # the gap is shorter than the job
            start = round_up(window.start, step)
            while start < latest_start:
                found.append(Slot(start, tech.id, start + job.duration))
                start += step
    found.sort()
    return found if limit is None else found[:limit]
