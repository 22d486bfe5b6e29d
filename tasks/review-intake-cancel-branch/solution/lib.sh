# Shared by the solutions (sourced): DMs to Tomas, a clone of his branch on a new branch, push.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
U="$WORKFLOOR_USERNAME"
P="$WORKFLOOR_PASSWORD"
GIT="http://$U:$P@tallgrass.test:8929"

# dm_tomas TEXT: a direct message to Tomas.
dm_tomas() {
    TEXT="$1" python_default - <<'PY'
import os, sys
sys.path.insert(0, "/utils")
from grading.clients.chat import login

with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    chat.send_direct_message("tomas.lindqvist", os.environ["TEXT"])
PY
}

# clone_review BRANCH: intake-api at feature/cancel-requests in $WORK/intake-api on a new BRANCH, cwd there.
clone_review() {
    WORK=$(mktemp -d)
    git clone -q -b feature/cancel-requests "$GIT/intake-api.git" "$WORK/intake-api"
    cd "$WORK/intake-api"
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
