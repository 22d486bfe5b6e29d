#!/usr/bin/env bash
# Alternative: the removed names in one table checked by a helper, two commits, another branch name (in
# backticks), the migration note as arrows in a second note.
source "$(dirname "$0")/lib.sh"
clone_branch "feature/$ISSUE-drop-old-sender-names"
python3 "$HERE/apply.py" . --mode alt
python3 -m pytest -q -p no:cacheprovider
git add notify
git commit -q -m "Refuse the sender names removed in 3.0 (#$ISSUE)"
commit_and_push "Update tests, example config and README for 3.0"
ticket "Pushed \`feature/$ISSUE-drop-old-sender-names\`."
ticket "**Migration (3.0)** — operators must change:
1. \`sms_sender\` → \`sender_id\` (notify.toml)
2. \`NOTIFY_SMS_SENDER\` → \`NOTIFY_SENDER_ID\` (environment)
3. \`--sms-sender\` → \`--sender-id\` (command line)

Anything still using an old name is refused at start-up instead of falling back to the default sender."
