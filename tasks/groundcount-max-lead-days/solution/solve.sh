#!/usr/bin/env bash
# Reference solution: ask Elena for the default (chat), add --max-lead-days with her default (inclusive) to the
# cleaning and the command line, tests and a changelog line, push a branch (git), comment on the ticket (tracker).
source "$(dirname "$0")/lib.sh"
ask_elena "Hi Elena! I'm adding --max-lead-days to groundcount-etl for Maya's ticket about far-ahead bookings. What should the default cutoff be, and is a job at exactly the cutoff kept or dropped?"
[ "$DAYS" = 60 ] && [ "$BOUNDARY" = inclusive ]
clone_branch feature/max-lead-days
python3 "$HERE/apply.py" . "$DAYS" --changelog "New \`--max-lead-days N\` option: jobs scheduled more than N days after the request are left out of the metrics and counted as rejected (\"lead time over N days\"). Default: $DAYS days, as decided by Elena."
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Leave jobs booked more than 60 days ahead out of lead times (#$ISSUE)"
ticket "Pushed branch feature/max-lead-days for review: --max-lead-days (default 60 days per Elena; a job at exactly 60 days is kept), counted in the summary as \"lead time over 60 days\". Tests and changelog included."
