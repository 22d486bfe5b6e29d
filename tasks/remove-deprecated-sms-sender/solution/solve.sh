#!/usr/bin/env bash
# Reference solution: refuse each old name (file key, environment variable) with an error naming the new one, drop
# the old flag, update example, README and tests, push a branch, and leave the migration note on the ticket.
source "$(dirname "$0")/lib.sh"
clone_branch remove-sms-sender
grep -rn "sms_sender\|SMS_SENDER\|sms-sender" --include=*.py --include=*.toml --include=*.md . || true
python3 "$HERE/apply.py" . --mode full
python3 -m pytest -q -p no:cacheprovider -W error::DeprecationWarning
commit_and_push "Remove the deprecated sender names for 3.0 (#$ISSUE)"
ticket "Branch remove-sms-sender is up for review.

Migration note for the 3.0 deploy (each old name now fails with an error naming the new one):
- Config file: rename the key sms_sender to sender_id in notify.toml.
- Environment: rename NOTIFY_SMS_SENDER to NOTIFY_SENDER_ID.
- Command line: replace --sms-sender with --sender-id (the old flag is now unknown).
The values stay the same."
