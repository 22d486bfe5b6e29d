#!/usr/bin/env bash
# Partial: the complete removal with tests, example and README on a branch; no migration note on the ticket.
source "$(dirname "$0")/lib.sh"
clone_branch remove-sms-sender
python3 "$HERE/apply.py" . --mode full
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Remove the deprecated sender names for 3.0 (#$ISSUE)"
