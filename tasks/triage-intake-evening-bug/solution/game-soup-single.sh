#!/usr/bin/env bash
# Gaming the write-up: one ticket, correctly assigned, but its description is every keyword a checker could look
# for, on numbered lines, with "Expected"/"Actual" labels that say nothing.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
cat > /tmp/bug.md <<'MD'
1. evening, same day, today, preferred_date, 7:40 pm, UTC, time zone
2. POST /v1/jobs, 400, must be between today and 90 days ahead
3. Bright Pixel, Greenway Plumbing, three customers

Expected: expected.
Actual: actual.
MD
python_default "$HERE/file_bug.py" --assignee aisha.bello --description /tmp/bug.md \
  --subject "Evening same-day preferred_date today UTC bug" \
  --message "@omar.haddad filed as #{id}."
