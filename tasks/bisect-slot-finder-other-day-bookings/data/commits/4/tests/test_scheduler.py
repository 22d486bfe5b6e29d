from datetime import date

from dispatch_core.models import Appointment, Job, Technician, weekly_shifts
from dispatch_core.scheduler import schedule
from dispatch_core.timeutil import Interval


def test_urgent_jobs_are_placed_first(monday: date) -> None:
    solo = Technician("t-cy", "Cy Hart", frozenset({"hvac"}), weekly_shifts("08:00-10:00"))
    jobs = [Job("j-routine", "hvac", 100, priority=4), Job("j-urgent", "hvac", 100, priority=1)]
    result = schedule(jobs, [solo], monday)
    assert [a.job_id for a in result.appointments] == ["j-urgent"]
    assert result.unscheduled == ["j-routine"]
    assert str(result.appointments[0].slot) == "08:00-09:40"


def test_work_is_spread_over_free_technicians(ana: Technician, ben: Technician, monday: date) -> None:
    late_ben = Appointment("j-0", "t-ben", monday, Interval.parse("07:00-08:00"))
    jobs = [Job(f"j-{n}", "hvac", 50) for n in range(1, 4)]
    result = schedule(jobs, [ana, ben], monday, existing=[late_ben])
    placed = {a.job_id: (a.technician_id, str(a.slot)) for a in result.appointments}
    assert placed["j-1"] == ("t-ana", "08:00-08:50")
    assert placed["j-2"] == ("t-ben", "08:15-09:05")  # 15 min travel after j-0
    assert placed["j-3"][0] == "t-ana"
    assert result.unscheduled == []


def test_jobs_without_a_qualified_technician_stay_unscheduled(ana: Technician, monday: date) -> None:
    result = schedule([Job("j-1", "landscaping", 50)], [ana], monday)
    assert result.appointments == []
    assert result.unscheduled == ["j-1"]


def test_for_technician_lists_in_time_order(ana: Technician, monday: date) -> None:
    jobs = [Job("j-a", "hvac", 70, priority=2), Job("j-b", "hvac", 100, priority=2)]
    result = schedule(jobs, [ana], monday)
    assert [a.job_id for a in result.for_technician("t-ana")] == ["j-b", "j-a"]


def test_a_busy_morning_pushes_jobs_to_the_afternoon(ana: Technician, monday: date) -> None:
    existing = [Appointment("j-0", "t-ana", monday, Interval.parse("08:00-12:00"))]
    result = schedule([Job("j-1", "hvac", 60, priority=2)], [ana], monday, existing=existing)
    assert [(a.job_id, str(a.slot)) for a in result.appointments] == [("j-1", "12:15-13:15")]


def test_longest_job_first_within_a_priority(ana: Technician, ben: Technician, monday: date) -> None:
    jobs = [Job("j-short", "hvac", 30, priority=3), Job("j-long", "hvac", 240, priority=3)]
    result = schedule(jobs, [ana, ben], monday)
    assert [a.job_id for a in result.appointments] == ["j-long", "j-short"]
    assert result.unscheduled == []
