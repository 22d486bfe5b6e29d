#!/usr/bin/env bash
# Wrong: trusts the commit messages instead of the behaviour and blames Tomas's "Skip technicians who are off that
# day" (the message about days), naming find_slots as the broken function; the rest of the ticket is the reference.
source "$(dirname "$0")/lib.sh"
read_report
clone_repo
SHORT=$(sha_of 'Skip technicians who are off that day')
FULLSUBJ=$(git log -1 --format=%s "$SHORT")
DESC="$WORK/bug.md"
cat > "$DESC" <<MD
Found by @sofia.alvarez in the 4.13 regression run on dispatch-core main.

**Steps to reproduce**

1. Ana Ruiz (t-ana, HVAC, 08:00-16:00 Monday to Friday) has one booking: Monday 2026-11-23 09:00-12:00, central.
2. Call find_slots() for a 60-minute central HVAC job on Tuesday 2026-11-24 with that booking passed in.

**Expected:** first slot 08:00-09:00.

**Actual:** first slot 12:15-13:15.

**Cause:** commit $SHORT "$FULLSUBJ" (Tomas Lindqvist, 2026-11-18) changed the day handling in
find_slots(): the bug is in find_slots, which now checks the shift of the wrong day.
MD
ID=$(python3 "$HERE/ticket.py" create "Slot finder: bookings on other days block the same hours" "$DESC")
python_default "$HERE/dm.py" send "Hi Sofia, filed as #$ID (you're mentioned on it). Looks like $SHORT from Nov 18 broke it."
