"""Sofia's check (run in a dispatch-core checkout): exit 0 when Ana's Tuesday starts free at 08:00, 1 otherwise."""
import sys
from datetime import date

sys.path.insert(0, ".")
from dispatch_core import Appointment, Interval, Job, Technician, find_slots, weekly_shifts

ana = Technician("t-ana", "Ana Ruiz", frozenset({"hvac"}), weekly_shifts("08:00-16:00"))
monday_job = Appointment("j-mon", "t-ana", date(2026, 11, 23), Interval.parse("09:00-12:00"), "central")
first = find_slots(Job("j-new", "hvac", 60, zone="central"), [ana], [monday_job], date(2026, 11, 24))[0]
print("first Tuesday slot:", first)
sys.exit(0 if str(first).startswith("08:00") else 1)
