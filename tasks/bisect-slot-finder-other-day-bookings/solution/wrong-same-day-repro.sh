#!/usr/bin/env bash
# Wrong: the right commit and function, but the steps lose the decisive condition: the booking and the search are
# on the same day (which is correct behaviour), so the ticket cannot reproduce the bug.
source "$(dirname "$0")/lib.sh"
read_report
clone_repo
find_culprit
DESC="$WORK/bug.md"
cat > "$DESC" <<MD
Found by @sofia.alvarez in the 4.13 regression run on dispatch-core main.

**Steps to reproduce**

1. Ana Ruiz (t-ana, HVAC, 08:00-16:00) has a booking on Tuesday 2026-11-24 09:00-12:00, central.
2. Call find_slots() for a 60-minute central HVAC job on Tuesday 2026-11-24.

**Expected:** first slot 08:00-09:00.

**Actual:** first slot 12:15-13:15.

**Cause:** commit $SHORT "$FULLSUBJ" rewrote free_intervals() and it now blocks the wrong hours.
MD
ID=$(python3 "$HERE/ticket.py" create "Slot finder offers no morning slot" "$DESC")
python_default "$HERE/dm.py" send "Hi Sofia, filed as #$ID, caused by $SHORT."
