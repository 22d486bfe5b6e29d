#!/usr/bin/env bash
# Near miss: the old names are simply no longer read: a config or environment that still uses one loads without
# an error and texts go out under the default sender.
source "$(dirname "$0")/lib.sh"
clone_branch remove-sms-sender
python3 "$HERE/apply.py" . --mode silent
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Stop reading the deprecated sender names (#$ISSUE)"
ticket "Branch remove-sms-sender. Migration note: rename sms_sender to sender_id in notify.toml, rename NOTIFY_SMS_SENDER to NOTIFY_SENDER_ID, and replace --sms-sender with --sender-id."
