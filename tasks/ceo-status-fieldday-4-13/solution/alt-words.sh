#!/usr/bin/env bash
# Another correct status: numbers in words, "4 of those 7" phrasing, the overdue ticket by a short name, the
# release as a weekday and month name, and an explicit "nothing else is overdue".
set -euo pipefail
cat > /tmp/status.txt <<'TXT'
Margaret, FieldDay 4.13 as of today:
Seven tickets are still open, and four of those 7 have not been started.
Only one ticket is past its due date: the CI runner migration (Marcus Webb owns it, it was due Friday Nov 13). Nothing else is overdue.
Nobody owns the High-priority bug "Slot finder never offers the last slot of a shift" yet.
Planned release: Tuesday, December 8.
TXT
python_default "$(dirname "$0")/send_status.py" /tmp/status.txt
