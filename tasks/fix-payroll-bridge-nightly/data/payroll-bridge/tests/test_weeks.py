from datetime import date

from bridge import TimeEntry, WeekHours, payroll_week, weekly_hours


def test_week_starts_on_sunday() -> None:
    assert payroll_week(date(2026, 11, 18)) == date(2026, 11, 15)  # a Wednesday
    assert payroll_week(date(2026, 11, 21)) == date(2026, 11, 15)  # Saturday ends the week


def test_sunday_starts_a_new_payroll_week() -> None:
    assert payroll_week(date(2026, 11, 22)) == date(2026, 11, 22)


def test_overtime_over_40_hours() -> None:
    entries = [TimeEntry("ana", date(2026, 11, d), 9 * 60) for d in range(16, 21)]  # Mon-Fri, 9 h a day
    assert weekly_hours(entries) == {("ana", date(2026, 11, 15)): WeekHours(40 * 60, 5 * 60)}


def test_sunday_hours_count_in_the_new_week() -> None:
    entries = [TimeEntry("ana", date(2026, 11, d), 8 * 60) for d in range(16, 21)]  # Mon-Fri, 40 h
    entries.append(TimeEntry("ana", date(2026, 11, 22), 4 * 60))  # the next Sunday: no overtime
    assert weekly_hours(entries) == {("ana", date(2026, 11, 15)): WeekHours(40 * 60, 0),
                                     ("ana", date(2026, 11, 22)): WeekHours(4 * 60, 0)}


def test_technicians_apart() -> None:
    entries = [TimeEntry("ana", date(2026, 11, 16), 600), TimeEntry("bo", date(2026, 11, 16), 300)]
    assert weekly_hours(entries) == {("ana", date(2026, 11, 15)): WeekHours(600, 0),
                                     ("bo", date(2026, 11, 15)): WeekHours(300, 0)}
