#!/usr/bin/env bash
# Gaming: no bisecting; one ticket listing every commit on main since Nov 12 as a suspect and every function of
# dispatch_core, with Sofia's repro copied; the DM names the ticket.
source "$(dirname "$0")/lib.sh"
read_report
clone_repo
GOOD=$(git log --format=%H --grep='Add regression test for slots ending at shift end' -n 1)
SUSPECTS=$(git log --format='- %h %an %ad %s' --date=short "$GOOD"..main)
DESC="$WORK/bug.md"
cat > "$DESC" <<MD
**Steps to reproduce** (from @sofia.alvarez)

1. Ana (t-ana, 08:00-16:00) has a booking on Monday 2026-11-23 09:00-12:00.
2. find_slots() for a 60-minute job on Tuesday 2026-11-24.

**Expected:** 08:00

**Actual:** 12:15

**Suspect commits** (one of these introduced the bug):
$SUSPECTS

**Suspect functions:** the bug is in free_intervals, travel_minutes, find_slots, weekly_shifts, round_up,
booked_minutes, to_minutes or subtract().
MD
ID=$(python3 "$HERE/ticket.py" create "Slot finder regression" "$DESC")
python_default "$HERE/dm.py" send "Hi Sofia, filed as #$ID."
