"""Free time of a technician on a given day."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from .models import Appointment, Technician
from .timeutil import Interval, subtract
from .travel import travel_minutes


def booked(technician: Technician, day: date, appointments: Iterable[Appointment]) -> list[Appointment]:
    """The technician's appointments on ``day``, in time order."""
    mine = (a for a in appointments if a.technician_id == technician.id and a.day == day)
    return sorted(mine, key=lambda a: a.slot)


def booked_minutes(technician: Technician, day: date, appointments: Iterable[Appointment]) -> int:
    """Total booked minutes of the technician on ``day``."""
    return sum(a.slot.duration for a in booked(technician, day, appointments))


def free_intervals(
    technician: Technician,
    day: date,
    appointments: Iterable[Appointment],
    job_zone: str | None = None,
) -> list[Interval]:
    """The parts of the technician's shift on ``day`` not taken by appointments.

    With ``job_zone``, each appointment also blocks the travel time between its zone and
    ``job_zone`` before and after it, so a new job in that zone leaves room to drive.
    """
    shift = technician.shift_on(day)
    if shift is None:
        return []
    if job_zone is None:
        return subtract(shift, [a.slot for a in booked(technician, day, appointments)])
    # The buffer only depends on the two zones: look it up once per zone, not once per appointment.
    buffers: dict[str, int] = {}
    blocked = []
    for appointment in appointments:
        if appointment.technician_id != technician.id:
            continue
        if appointment.zone not in buffers:
            buffers[appointment.zone] = travel_minutes(appointment.zone, job_zone)
        buffer = buffers[appointment.zone]
        blocked.append(appointment.slot.expand(buffer, buffer))
    return subtract(shift, blocked)
