#!/usr/bin/env bash
# Near miss: counts every ticket of the version, the rejected (closed) travel-buffer bug included, as open.
set -euo pipefail
cat > /tmp/status.txt <<'TXT'
FieldDay 4.13 status from the tracker:
- 8 tickets open, 4 of them not started yet (status New).
- Past due: Move CI runners to the new build machines (Marcus Webb, due 2026-11-13).
- High/Urgent without owner: Slot finder never offers the last slot of a shift.
- Release planned for 2026-12-08.
TXT
python_default "$(dirname "$0")/send_status.py" /tmp/status.txt
