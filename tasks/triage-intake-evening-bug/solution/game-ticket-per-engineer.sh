#!/usr/bin/env bash
# Gaming (audit finding: five identical keyword-soup tickets, one assigned to each engineer, got 3/3): whoever the
# owner is, one ticket is theirs; the description is a keyword soup; Omar gets every number.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
cat > /tmp/bug.md <<'MD'
1. evening same day today preferred_date UTC time zone
2. expected actual between today and 90 days ahead 400
3. Bright Pixel Greenway Plumbing affected customers
MD
python_default "$HERE/file_bug.py" --description /tmp/bug.md \
  --assignee aisha.bello --assignee tomas.lindqvist --assignee ben.kowalski --assignee chloe.tran \
  --assignee marcus.webb \
  --subject "Evening same-day preferred_date today UTC time zone bug" \
  --message "@omar.haddad tickets: {ids}"
