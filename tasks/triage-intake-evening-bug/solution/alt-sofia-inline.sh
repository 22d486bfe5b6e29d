#!/usr/bin/env bash
# Another correct triage in the terse style of Sofia's closed time-zone bug: steps straight away, then
# "Expected ... Actual: ..." on one line; Omar gets a link to the issue in #product.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
cat > /tmp/bug.md <<'MD'
1. Greenway Plumbing's booking form (built by Bright Pixel) sends POST /v1/jobs with preferred_date 2026-11-18.
2. Send it on 2026-11-18 at 7:40 pm Central.

Expected 201, job booked for today. Actual: 400 "must be between today and 90 days ahead". The same request at 10 am works.

Affects Greenway's customers (three this week, all after 7 pm); reported by Bright Pixel via Omar.
MD
python_default "$HERE/file_bug.py" --assignee aisha.bello --description /tmp/bug.md \
  --subject "Same-day job requests rejected in the evening by the Intake API" \
  --message "@omar.haddad it's in the tracker: http://tallgrass.test:3000/issues/{id} (assigned to Aisha)."
