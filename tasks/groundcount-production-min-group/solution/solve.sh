#!/usr/bin/env bash
# Reference solution: ask Maya (chat DM) for production's --min-group, make it the default on a branch (git).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
U="$WORKFLOOR_USERNAME"
P="$WORKFLOOR_PASSWORD"
BRANCH="groundcount-min-group-default"

REPLY=$(python_default - <<'PY'
import os, sys, time
sys.path.insert(0, "/utils")
from grading.clients.chat import login

with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    token = chat.sync_token()
    chat.send_direct_message("maya.johnson", "Hi Maya! Elena asked me to align groundcount-etl's default with "
                             "production. Which --min-group (minimum group size) does the production nightly job use?")
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        messages, token = chat.wait_for_messages(token, timeout=10)
        replies = [m.body for m in messages if m.sender == "maya.johnson"]
        if replies:
            print("\n".join(replies))
            break
PY
)
echo "$REPLY"
# the value on the production command line (her message also mentions staging's value)
VALUE=$(python_default "$HERE/read_reply.py" <<< "$REPLY")

WORK=$(mktemp -d)
git clone -q "http://$U:$P@tallgrass.test:8929/groundcount-etl.git" "$WORK/repo"
cd "$WORK/repo"
git checkout -q -b "$BRANCH"
python3 "$HERE/apply.py" . "$VALUE"
python3 -m pytest -q -p no:cacheprovider
git -c user.name="Kai Morgan" -c user.email="kai.morgan@tallgrass.test" commit -q -am \
    "Default to the production minimum group size of $VALUE" \
    -m "The nightly job has run with --min-group $VALUE since the October privacy review; ad-hoc runs now match it."
git push -q origin "$BRANCH"
echo "pushed $BRANCH"
