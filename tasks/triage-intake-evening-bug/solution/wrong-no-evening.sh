#!/usr/bin/env bash
# Near miss (audit finding: steps without the time-of-day condition passed): the write-up never says the request
# must be sent in the evening, so the steps do not reproduce the bug; everything else is right.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
cat > /tmp/bug.md <<'MD'
Reported by Omar Haddad for Bright Pixel (Greenway Plumbing's booking form).

**Steps to reproduce**

1. Build a valid job request with `preferred_date` set to today's date.
2. Send it with `POST /v1/jobs`.

**Expected:** 201 Created, a same-day job is allowed.

**Actual:** 400 `{"errors": {"preferred_date": "must be between today and 90 days ahead"}}`.

**Affected:** Bright Pixel / Greenway Plumbing, three customers this week.
MD
python_default "$HERE/file_bug.py" --assignee aisha.bello --description /tmp/bug.md \
  --subject "Intake API rejects preferred_date of today with 400" \
  --message "@omar.haddad filed as #{id}, assigned to Aisha Bello."
