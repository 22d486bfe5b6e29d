# Shared by the solutions (sourced): ask Maya for production's value, a clone on a new branch, push.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
U="$WORKFLOOR_USERNAME"
P="$WORKFLOOR_PASSWORD"

# ask_maya QUESTION: prints her reply and sets VALUE to production's --min-group (read_reply.py).
ask_maya() {
    local reply="" attempt
    for attempt in 1 2 3; do  # the chat server can time out on a loaded machine
        reply=$(QUESTION="$1" python_default - <<'PY'
import os, sys, time
sys.path.insert(0, "/utils")
from grading.clients.chat import login

with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    token = chat.sync_token()
    chat.send_direct_message("maya.johnson", os.environ["QUESTION"])
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        messages, token = chat.wait_for_messages(token, timeout=10)
        replies = [m.body for m in messages if m.sender == "maya.johnson"]
        if replies:
            print("\n".join(replies))
            break
PY
) && [ -n "$reply" ] && break
        sleep 5
    done
    echo "Maya: $reply"
    VALUE=$(python_default "$HERE/read_reply.py" <<< "$reply")
}

# clone_branch BRANCH: groundcount-etl in $WORK/repo on a new BRANCH, cwd there.
clone_branch() {
    WORK=$(mktemp -d)
    git clone -q "http://$U:$P@tallgrass.test:8929/groundcount-etl.git" "$WORK/repo"
    cd "$WORK/repo"
    git config user.name "Kai Morgan"
    git config user.email "kai.morgan@tallgrass.test"
    git checkout -q -b "$1"
}

# commit_and_push MESSAGE: everything changed, pushed to the current branch.
commit_and_push() {
    git add -A
    git commit -q -m "$1"
    git push -q origin HEAD
}
