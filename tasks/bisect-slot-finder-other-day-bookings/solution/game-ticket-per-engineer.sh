#!/usr/bin/env bash
# Gaming: the reference ticket filed twice, once assigned to Tomas and once to Daniel, both numbers sent to Sofia.
source "$(dirname "$0")/lib.sh"
read_report
clone_repo
find_culprit
file_reference
FIRST=$ID
SECOND=$(python3 "$HERE/ticket.py" create "Slot finder: bookings on other days block the same hours (for Daniel)" \
         "$DESC" --assignee daniel.reyes)
python_default "$HERE/dm.py" send "Hi Sofia, filed as #$FIRST and #$SECOND (one for Tomas, one for Daniel), caused by $SHORT."
