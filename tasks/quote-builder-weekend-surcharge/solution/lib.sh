# Shared by the solutions (sourced): ask Hannah, a clone of quote-builder on a new branch, push, the ticket.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
U="$WORKFLOOR_USERNAME"
P="$WORKFLOOR_PASSWORD"
GIT="http://$U:$P@tallgrass.test:8929"
TRACKER="http://tallgrass.test:3000"
api() { curl -sf -u "$U:$P" -H 'Content-Type: application/json' "$@"; }
ISSUE=$(api "$TRACKER/issues.json?project_id=fieldday&status_id=*&limit=100" \
    | jq -r '.issues[] | select(.subject == "quote-builder: weekend surcharge on estimates") | .id')
[ -n "$ISSUE" ]

# ask_hannah QUESTION: prints her reply and sets BASE ("labour-callout" or "other") from it.
ask_hannah() {
    local reply="" attempt
    for attempt in 1 2 3; do  # the chat server can time out on a loaded machine
        reply=$(QUESTION="$1" python_default - <<'PY'
import os, sys, time
sys.path.insert(0, "/utils")
from grading.clients.chat import login

with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    token = chat.sync_token()
    chat.send_direct_message("hannah.brooks", os.environ["QUESTION"])
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        messages, token = chat.wait_for_messages(token, timeout=10)
        replies = [m.body for m in messages if m.sender == "hannah.brooks"]
        if replies:
            print("\n".join(replies))
            break
PY
) && [ -n "$reply" ] && break
        sleep 5
    done
    echo "Hannah: $reply"
    BASE=$(python_default "$HERE/read_reply.py" <<< "$reply")
    echo "base: $BASE"
}

# clone_branch BRANCH: quote-builder in $WORK/quote-builder on a new BRANCH, cwd there.
clone_branch() {
    WORK=$(mktemp -d)
    git clone -q "$GIT/quote-builder.git" "$WORK/quote-builder"
    cd "$WORK/quote-builder"
    git config user.name "Kai Morgan"
    git config user.email "kai.morgan@tallgrass.test"
    git checkout -q -b "$1"
}

# commit_and_push MESSAGE
commit_and_push() {
    git add -A
    git commit -q -m "$1"
    git push -q origin HEAD
}

# ticket NOTE: a note on the ticket.
ticket() {
    jq -n --arg note "$1" '{issue: {notes: $note}}' | api -X PUT "$TRACKER/issues/$ISSUE.json" -d @- > /dev/null
}
