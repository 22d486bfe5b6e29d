"""FieldDay time entries -> the payroll provider's weekly hours file."""

from bridge.entries import TimeEntry, read_entries
from bridge.weeks import WeekHours, payroll_week, weekly_hours

__all__ = ["TimeEntry", "WeekHours", "payroll_week", "read_entries", "weekly_hours"]
