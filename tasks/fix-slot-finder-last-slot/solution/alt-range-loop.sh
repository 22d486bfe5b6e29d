#!/usr/bin/env bash
# Another correct fix: the loop rewritten as a range() that includes latest_start, two commits (the ticket
# is referenced in the second one's body), a branch name with the ticket number, and the ticket updated in
# two separate edits with the branch in backticks at the end of a sentence.
source "$(dirname "$0")/lib.sh"
clone_repo
BRANCH="kai/$ISSUE-last-slot-of-shift"
git checkout -q -b "$BRANCH"
python3 - <<'PY'
from pathlib import Path
path = Path("dispatch_core/slots.py")
text = path.read_text()
old = """            start = round_up(window.start, step)
            while start < latest_start:
                found.append(Slot(start, tech.id, start + job.duration))
                start += step
"""
new = """            first = round_up(window.start, step)
            for start in range(first, latest_start + 1, step):  # a job may end exactly at the gap's end
                found.append(Slot(start, tech.id, start + job.duration))
"""
assert old in text
path.write_text(text.replace(old, new))
PY
python3 -m pytest -q -p no:cacheprovider
git commit -q -am "Use range() for candidate start times"
cat > tests/test_exact_fit.py <<'PY'
from datetime import date

from dispatch_core.models import Appointment, Job, Technician
from dispatch_core.slots import find_slots
from dispatch_core.timeutil import Interval


def test_job_that_exactly_fills_a_gap(ana: Technician, monday: date) -> None:
    busy = [Appointment("a1", "t-ana", monday, Interval.parse("08:00-09:00")),
            Appointment("a2", "t-ana", monday, Interval.parse("11:00-16:00"))]
    assert [str(s) for s in find_slots(Job("j", "hvac", 90), [ana], busy, monday)] == ["09:15-10:45 t-ana"]
PY
python3 -m pytest -q -p no:cacheprovider
git add tests/test_exact_fit.py
git commit -q -m "Test a job that exactly fills a gap" \
    -m "Fixes #$ISSUE: a job can now end exactly when the shift or the gap ends."
git push -q -u origin "$BRANCH"
update_ticket "Taking this one." "In Progress"
update_ticket "The slot finder skipped the start time at which the job ends exactly at the end of the gap; it now
loops over range(first, latest_start + 1, step). Regression test untouched, full suite green. Please review
\`$BRANCH\`."
