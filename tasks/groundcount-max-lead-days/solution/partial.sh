#!/usr/bin/env bash
# Half done: Elena asked, the option with her default and its tests pushed on a branch; no changelog line and no
# comment on the ticket.
source "$(dirname "$0")/lib.sh"
ask_elena "Hi Elena, what default cutoff do you want for the new --max-lead-days option in groundcount-etl?"
clone_branch feature/max-lead-days
python3 "$HERE/apply.py" . "$DAYS"
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Add --max-lead-days"
