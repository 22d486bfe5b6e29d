from datetime import date, timedelta

from dispatch_core.availability import booked, booked_minutes, free_intervals
from dispatch_core.models import Appointment, Technician
from dispatch_core.timeutil import Interval


def appt(job: str, tech: str, day: date, slot: str, zone: str = "central") -> Appointment:
    return Appointment(job, tech, day, Interval.parse(slot), zone)


def test_whole_shift_is_free_without_appointments(ana: Technician, monday: date) -> None:
    assert free_intervals(ana, monday, []) == [Interval.parse("08:00-16:00")]


def test_appointments_cut_the_shift(ana: Technician, monday: date) -> None:
    appointments = [appt("j-2", "t-ana", monday, "13:00-14:30"), appt("j-1", "t-ana", monday, "09:00-10:00")]
    assert free_intervals(ana, monday, appointments) == [
        Interval.parse("08:00-09:00"),
        Interval.parse("10:00-13:00"),
        Interval.parse("14:30-16:00"),
    ]
    assert [a.job_id for a in booked(ana, monday, appointments)] == ["j-1", "j-2"]
    assert booked_minutes(ana, monday, appointments) == 150


def test_other_technicians_and_days_are_ignored(ana: Technician, monday: date) -> None:
    appointments = [
        appt("j-1", "t-ben", monday, "09:00-10:00"),
        appt("j-2", "t-ana", monday + timedelta(days=1), "09:00-10:00"),
    ]
    assert free_intervals(ana, monday, appointments) == [Interval.parse("08:00-16:00")]


def test_no_time_on_a_day_off(ben: Technician, monday: date) -> None:
    friday = monday + timedelta(days=4)
    assert free_intervals(ben, friday, []) == []


def test_travel_time_pads_appointments_for_a_new_job(ana: Technician, monday: date) -> None:
    appointments = [appt("j-1", "t-ana", monday, "10:00-11:00", zone="north")]
    assert free_intervals(ana, monday, appointments, job_zone="north") == [
        Interval.parse("08:00-09:45"),
        Interval.parse("11:15-16:00"),
    ]
    assert free_intervals(ana, monday, appointments, job_zone="east") == [
        Interval.parse("08:00-09:30"),
        Interval.parse("11:30-16:00"),
    ]
    assert free_intervals(ana, monday, appointments, job_zone="south") == [  # measured: 45 minutes
        Interval.parse("08:00-09:15"),
        Interval.parse("11:45-16:00"),
    ]
