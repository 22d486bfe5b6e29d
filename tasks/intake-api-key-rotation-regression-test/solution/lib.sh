# Shared by the solutions (sourced): logins, the ticket number, git and chat helpers.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
U="$WORKFLOOR_USERNAME"
P="$WORKFLOOR_PASSWORD"
GIT="http://$U:$P@tallgrass.test:8929"
TRACKER="http://tallgrass.test:3000"
api() { curl -sf -u "$U:$P" -H 'Content-Type: application/json' "$@"; }

ISSUE=$(api "$TRACKER/issues.json?project_id=fieldday&status_id=*&limit=100" \
    | jq -r '.issues[] | select(.subject == "Intake API: rotating a key twice keeps the first key alive") | .id')
[ -n "$ISSUE" ]

# clone_repo: a fresh clone of intake-api in $WORK/repo, cwd there.
clone_repo() {
    WORK=$(mktemp -d)
    git clone -q "$GIT/intake-api.git" "$WORK/repo"
    cd "$WORK/repo"
    git config user.name "Kai Morgan"
    git config user.email "kai.morgan@tallgrass.test"
}

# tell_aisha TEXT: a direct message to Aisha.
tell_aisha() {
    TEXT="$1" python_default - <<'PY'
import os, sys
sys.path.insert(0, "/utils")
from grading.clients.chat import login
with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    chat.send_direct_message("aisha.bello", os.environ["TEXT"])
PY
}

# push_test FILE BRANCH MESSAGE: add FILE under tests/ on a new branch, run the suite, push.
push_test() {
    clone_repo
    git checkout -q -b "$2"
    sed "s/#ISSUE/#$ISSUE/" "$1" > "tests/$(basename "$1")"
    python3 -m pytest -q -p no:cacheprovider
    git add tests
    git commit -q -m "$3"
    git push -q origin "$2"
}
