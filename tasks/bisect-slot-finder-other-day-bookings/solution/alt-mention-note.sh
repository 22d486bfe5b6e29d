#!/usr/bin/env bash
# Alternative: a terse ticket with a Python repro block and "Expected result"/"Actual result" headings, the full
# commit id in a follow-up note, Sofia @-mentioned in that note; the DM gives a link to the issue
# and no commit id. The culprit is found by running the check on every commit of main since Nov 12 (no bisect).
source "$(dirname "$0")/lib.sh"
read_report
clone_repo
GOOD=$(git log --format=%H --grep='Add regression test for slots ending at shift end' -n 1)
CULPRIT=""
for sha in $(git rev-list --reverse "$GOOD"..main); do
    git checkout -q "$sha"
    if ! python3 "$HERE/repro.py" >/dev/null; then CULPRIT="$sha"; break; fi
done
git checkout -q main
[ -n "$CULPRIT" ]
git show "$CULPRIT" | head -50

DESC="$WORK/bug.md"
cat > "$DESC" <<MD
Regression in dispatch-core main, reported by Sofia Alvarez from the 4.13 run.

### Steps to reproduce
Run this in a checkout of main:

\`\`\`python
from datetime import date
from dispatch_core import Appointment, Interval, Job, Technician, find_slots, weekly_shifts
ana = Technician("t-ana", "Ana Ruiz", frozenset({"hvac"}), weekly_shifts("08:00-16:00"))
mon = Appointment("j-mon", "t-ana", date(2026, 11, 23), Interval.parse("09:00-12:00"), "central")  # Monday
print(find_slots(Job("j-new", "hvac", 60, zone="central"), [ana], [mon], date(2026, 11, 24))[0])  # Tuesday
\`\`\`

### Expected result
8:00 am (08:00-09:00 t-ana): nothing is booked on Tuesday.

### Actual result
12:15-13:15 t-ana. Tuesday 08:45-12:15 is blocked by Monday's appointment.

### Where
free_intervals in availability.py ignores the appointment's day once a job zone is passed, which find_slots always does.
MD
ID=$(python3 "$HERE/ticket.py" create "dispatch-core: appointments of another day block find_slots results" "$DESC")
python3 "$HERE/ticket.py" note "$ID" "@sofia.alvarez FYI, bisected (checked every commit since 2026-11-12): introduced by $CULPRIT, Daniel's travel-buffer change of 2026-11-16."
python_default "$HERE/dm.py" send "Sofia: it's in the tracker, http://tallgrass.test:3000/issues/$ID (I mentioned you there so you get the updates). \
Caused by Daniel's travel-buffer refactoring from Nov 16; details and a repro script on the ticket."
