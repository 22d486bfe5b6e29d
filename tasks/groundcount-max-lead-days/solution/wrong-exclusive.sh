#!/usr/bin/env bash
# Near miss: asks Elena and uses 60, but drops a job at exactly 60 days too (>= instead of >); tests, changelog,
# branch and ticket otherwise complete.
source "$(dirname "$0")/lib.sh"
ask_elena "Hi Elena, which default cutoff should --max-lead-days have in groundcount-etl?"
clone_branch feature/max-lead-days
python3 "$HERE/apply.py" . "$DAYS" --exclusive --changelog "New \`--max-lead-days N\` option (default 60 days) to leave far-ahead bookings out of lead times."
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Leave far-ahead bookings out of lead times (#$ISSUE)"
ticket "Branch feature/max-lead-days is up for review."
