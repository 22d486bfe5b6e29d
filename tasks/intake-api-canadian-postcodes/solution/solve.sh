#!/usr/bin/env bash
# Reference solution: ask Aisha for the rules (chat DM), implement them on a branch of intake-api (git),
# assign the ticket and comment with the branch (tracker REST).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
U="$WORKFLOOR_USERNAME"
P="$WORKFLOOR_PASSWORD"
GIT="http://$U:$P@tallgrass.test:8929"
TRACKER="http://tallgrass.test:3000"
BRANCH="feature/canadian-postcodes"
api() { curl -sf -u "$U:$P" -H 'Content-Type: application/json' "$@"; }

# 1. Ask Aisha and wait for her answer (up to ~90 s).
RULES=$(python_default - <<'PY'
import os, sys, time
sys.path.insert(0, "/utils")
from grading.clients.chat import login

with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    token = chat.sync_token()
    chat.send_direct_message("aisha.bello", "Hi Aisha! Omar asked me to add Canadian postal codes to intake-api. "
                             "What are the exact validation rules you agreed (format, storage, anything to reject)?")
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        messages, token = chat.wait_for_messages(token, timeout=10)
        replies = [m.body for m in messages if m.sender == "aisha.bello"]
        if replies:
            print("\n".join(replies))
            break
PY
)
echo "$RULES"
# The implementation below encodes exactly these rules; stop if her answer says something else.
python_default "$HERE/read_reply.py" <<< "$RULES"

# 2. Implement on a branch, run the suite, push.
WORK=$(mktemp -d)
git clone -q "$GIT/intake-api.git" "$WORK/intake-api"
cd "$WORK/intake-api"
git checkout -q -b "$BRANCH"
python3 "$HERE/apply.py" .
python3 -m pytest -q -p no:cacheprovider

ISSUE=$(api "$TRACKER/issues.json?project_id=fieldday&status_id=*&limit=100" \
    | jq -r '.issues[] | select(.subject == "Intake API: accept Canadian postal codes") | .id')
git add -A
git -c user.name="Kai Morgan" -c user.email="kai.morgan@tallgrass.test" commit -q \
    -m "Accept Canadian postal codes from the provinces we serve (#$ISSUE)" \
    -m "Stored as uppercase A1A 1A1; Manitoba, Saskatchewan and Ontario only; US ZIP codes unchanged."
git push -q origin "$BRANCH"

# 3. Ticket: assign to me, comment with the branch.
ME=$(api "$TRACKER/users/current.json" | jq -r '.user.id')
NOTE="Pushed to branch $BRANCH in intake-api for Aisha's review: Canadian postal codes (MB, SK, ON only, stored as 'R3C 4T3'), tests and docs/api.md updated. US ZIP codes unchanged."
jq -n --argjson me "$ME" --arg note "$NOTE" '{issue: {assigned_to_id: $me, notes: $note}}' \
    | api -X PUT "$TRACKER/issues/$ISSUE.json" -d @- > /dev/null
echo "pushed $BRANCH, updated #$ISSUE"
