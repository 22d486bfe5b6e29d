#!/usr/bin/env bash
# Near miss: removes the file key and the flag but leaves NOTIFY_SMS_SENDER working (with its warning); the note
# covers only the two.
source "$(dirname "$0")/lib.sh"
clone_branch remove-sms-sender
python3 "$HERE/apply.py" . --mode keep-env
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Remove the deprecated sender names for 3.0 (#$ISSUE)"
ticket "Branch remove-sms-sender. Migration: rename sms_sender to sender_id in notify.toml; replace --sms-sender with --sender-id."
