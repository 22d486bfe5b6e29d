from datetime import date, timedelta

import pytest

from dispatch_core.models import Appointment, Job, Technician
from dispatch_core.slots import Slot, find_slots, round_up
from dispatch_core.timeutil import Interval, to_minutes


def starts(slots: list[Slot]) -> list[str]:
    return [str(s) for s in slots]


def test_round_up() -> None:
    assert round_up(480, 15) == 480
    assert round_up(481, 15) == 495
    assert round_up(0, 30) == 0


def test_only_qualified_technicians_are_offered(ana: Technician, ben: Technician, monday: date) -> None:
    job = Job("j-1", "plumbing", 50)
    slots = find_slots(job, [ana, ben], [], monday)
    assert {s.technician_id for s in slots} == {"t-ben"}
    assert slots[0].start == to_minutes("07:00")
    assert slots[-1].start == to_minutes("14:30")  # 14:45 + 50 min would end after 15:30


def test_slots_are_sorted_by_start_then_technician(ana: Technician, ben: Technician, monday: date) -> None:
    job = Job("j-1", "hvac", 50)
    slots = find_slots(job, [ben, ana], [], monday, limit=6)
    assert starts(slots) == [
        "07:00-07:50 t-ben",
        "07:15-08:05 t-ben",
        "07:30-08:20 t-ben",
        "07:45-08:35 t-ben",
        "08:00-08:50 t-ana",
        "08:00-08:50 t-ben",
    ]


def test_preferred_window_is_respected(ana: Technician, monday: date) -> None:
    job = Job("j-1", "electrical", 50, window=Interval.parse("10:00-12:00"))
    slots = find_slots(job, [ana], [], monday)
    assert starts(slots) == [
        "10:00-10:50 t-ana",
        "10:15-11:05 t-ana",
        "10:30-11:20 t-ana",
        "10:45-11:35 t-ana",
        "11:00-11:50 t-ana",
    ]


def test_appointments_block_slots(ana: Technician, monday: date) -> None:
    busy = [Appointment("j-0", "t-ana", monday, Interval.parse("08:00-12:00"))]
    slots = find_slots(Job("j-1", "hvac", 100), [ana], busy, monday)
    assert slots[0].start == to_minutes("12:15")  # 15 minutes to drive within the zone
    assert all(s.start >= to_minutes("12:15") for s in slots)


def test_step_and_limit(ana: Technician, monday: date) -> None:
    slots = find_slots(Job("j-1", "hvac", 40), [ana], [], monday, step=30, limit=3)
    assert starts(slots) == ["08:00-08:40 t-ana", "08:30-09:10 t-ana", "09:00-09:40 t-ana"]
    with pytest.raises(ValueError):
        find_slots(Job("j-1", "hvac", 40), [ana], [], monday, step=0)


def test_no_slots_when_job_is_longer_than_the_shift(ana: Technician, monday: date) -> None:
    assert find_slots(Job("j-1", "hvac", 9 * 60), [ana], [], monday) == []


def test_travel_buffer_between_zones(ana: Technician, monday: date) -> None:
    busy = [Appointment("j-0", "t-ana", monday, Interval.parse("08:00-10:00"), zone="west")]
    same = find_slots(Job("j-1", "hvac", 50, zone="west"), [ana], busy, monday, limit=1)
    other = find_slots(Job("j-2", "hvac", 50, zone="east"), [ana], busy, monday, limit=1)
    assert starts(same) == ["10:15-11:05 t-ana"]
    assert starts(other) == ["10:30-11:20 t-ana"]


def test_slot_can_end_exactly_at_shift_end(ana: Technician, monday: date) -> None:
    """Regression (reported by QA on FieldDay 4.12): a 60-minute job on an 08:00-16:00 shift
    must be bookable 15:00-16:00; the board's last offer was 14:45."""
    slots = find_slots(Job("j-1", "hvac", 60), [ana], [], monday)
    assert str(slots[-1]) == "15:00-16:00 t-ana"
    assert len(slots) == 29  # 08:00, 08:15, ..., 15:00


def test_no_slots_on_a_technicians_day_off(ben: Technician, monday: date) -> None:
    friday = monday + timedelta(days=4)
    assert find_slots(Job("j-1", "plumbing", 60), [ben], [], friday) == []
