"""Finding 1: a multi-day booking must use the technician's working days, each with that day's shift."""

import unittest
from datetime import date

from dispatch_core.models import Job, Technician, weekly_shifts
from dispatch_core.multiday import book_multi_day


class BookingSkipsDaysOff(unittest.TestCase):
    def setUp(self) -> None:
        self.ana = Technician("t-ana", "Ana Ruiz", frozenset({"hvac"}), weekly_shifts("08:00-16:00"))

    def test_three_day_job_from_thursday_continues_on_monday(self) -> None:
        booking = book_multi_day(Job("j-deck", "hvac", 480, days=3), self.ana, date(2026, 11, 19))
        self.assertEqual([a.day.isoformat() for a in booking], ["2026-11-19", "2026-11-20", "2026-11-23"])

    def test_no_appointment_on_a_weekend(self) -> None:
        booking = book_multi_day(Job("j-deck", "hvac", 480, days=5), self.ana, date(2026, 11, 18))
        self.assertTrue(all(a.day.weekday() < 5 for a in booking))
