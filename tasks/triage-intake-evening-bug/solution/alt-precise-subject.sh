#!/usr/bin/env bash
# Another correct triage (audit finding: the precise subject "after 6 pm for that same date" and "ticket 51"
# failed): the write-up as headed blocks (labels on their own lines), 24-hour times, and Omar is told in a DM
# as "ticket <n>".
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
cat > /tmp/bug.md <<'MD'
Partner report relayed by Omar Haddad (#product): Bright Pixel, who built Greenway Plumbing's booking form.

### Steps to reproduce
1. Prepare a valid `POST /v1/jobs` body for the Intake API with `preferred_date` = the current date in Central
   time (in the report: 2026-11-18).
2. Submit it after 18:00 Central (the partner's request went out at 19:40 on Wednesday 2026-11-18).
3. Submit the identical request at 10:00 Central the next morning with that day's date.

### Expected result
201 Created for both: the job is booked for the same day.

### Actual result
Step 2 returns 400 with `{"errors": {"preferred_date": "must be between today and 90 days ahead"}}`;
step 3 succeeds.

### Impact
Bright Pixel / Greenway Plumbing: three customers this week, every one after 7 pm. Likely any same-day
booking made in the evening.

### Notes
Suspect the API compares against the UTC date, which has already rolled over after 18:00 Central.
MD
python_default "$HERE/file_bug.py" --assignee aisha.bello --description /tmp/bug.md --to omar \
  --subject "Intake API returns 400 for preferred_date when a job is posted after 6 pm for that same date" \
  --message "Hi Omar, I logged Bright Pixel's report as ticket {id} and assigned it to Aisha Bello (Intake API owner)."
