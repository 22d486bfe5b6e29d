#!/usr/bin/env bash
# Near miss: never asks Elena and takes Raj's 90 days from the ticket as the default; tests, changelog (saying 90),
# branch and ticket otherwise complete.
source "$(dirname "$0")/lib.sh"
clone_branch feature/max-lead-days
python3 "$HERE/apply.py" . 90 --changelog "New \`--max-lead-days N\` option, default 90 days: longer bookings are left out of the metrics."
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Leave jobs booked more than 90 days ahead out of lead times (#$ISSUE)"
ticket "Pushed branch feature/max-lead-days (default 90 days as Raj suggested)."
