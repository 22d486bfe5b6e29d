#!/usr/bin/env bash
# A near miss: finds the days-off bug and the skipped test, but reads the sort as priority-first and says it
# is fine; so only the booking test is pushed.
source "$(dirname "$0")/lib.sh"
clone_feature
python3 - "$HERE/test_multiday_review.py" > /tmp/test_multiday_review.py <<'PY'
import sys
text = open(sys.argv[1]).read()
print(text[:text.index("\n\ndef test_urgent_multi_day_jobs_are_booked_first")])
PY
push_tests "Add a failing test for multi-day bookings on days off" /tmp/test_multiday_review.py
comment "1. book_multi_day (multiday.py) books consecutive calendar days instead of the technician's working days: a 3-day job for Ana starting Thursday is booked Thu, Fri and Sat.
2. schedule_multi_day sorts by priority as the docstring says, that part is fine.
3. The commit skips test_slot_can_end_exactly_at_shift_end instead of fixing the slot bug; it is not flaky, please remove the skip.

A failing test for 1 is on review/multi-day-jobs."
