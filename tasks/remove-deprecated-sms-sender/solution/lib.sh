# Shared by the solutions (sourced): a clone of visit-notify on a new branch, push, the ticket.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
U="$WORKFLOOR_USERNAME"
P="$WORKFLOOR_PASSWORD"
GIT="http://$U:$P@tallgrass.test:8929"
TRACKER="http://tallgrass.test:3000"
api() { curl -sf -u "$U:$P" -H 'Content-Type: application/json' "$@"; }
ISSUE=$(api "$TRACKER/issues.json?project_id=fieldday&status_id=*&limit=100" \
    | jq -r '.issues[] | select(.subject == "visit-notify 3.0: remove the deprecated sms_sender setting") | .id')
[ -n "$ISSUE" ]

# clone_branch BRANCH: visit-notify in $WORK/visit-notify on a new BRANCH, cwd there.
clone_branch() {
    WORK=$(mktemp -d)
    git clone -q "$GIT/visit-notify.git" "$WORK/visit-notify"
    cd "$WORK/visit-notify"
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
