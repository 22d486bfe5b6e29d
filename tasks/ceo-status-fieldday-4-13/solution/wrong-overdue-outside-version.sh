#!/usr/bin/env bash
# Near miss: the overdue list comes from a tracker query without the 4.13 filter, so it also names the postmortem
# actions (no version) and the Greenway export support ticket (no version) as overdue 4.13 work.
set -euo pipefail
cat > /tmp/status.txt <<'TXT'
FieldDay 4.13 status from the tracker:
- 7 tickets open, 4 of them not started yet (status New).
- Past due: Move CI runners to the new build machines (Marcus Webb); Postmortem actions: 2026-10-28 database failover (Marcus Webb); Greenway Plumbing: monthly schedule export to CSV is empty (nobody).
- High/Urgent without owner: Slot finder never offers the last slot of a shift.
- Release planned for 2026-12-08.
TXT
python_default "$(dirname "$0")/send_status.py" /tmp/status.txt
