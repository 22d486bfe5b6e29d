# Shared by the solutions (sourced): the examinee's git remote, the ticket, a clone of Tomas's branch.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
U="$WORKFLOOR_USERNAME"
P="$WORKFLOOR_PASSWORD"
GIT="http://$U:$P@tallgrass.test:8929"
TRACKER="http://tallgrass.test:3000"
api() { curl -sf -u "$U:$P" -H 'Content-Type: application/json' "$@"; }

ISSUE=$(api "$TRACKER/issues.json?project_id=fieldday&status_id=*&limit=100" \
    | jq -r '.issues[] | select(.subject == "Support multi-day jobs in slot finder") | .id')
[ -n "$ISSUE" ]

# clone_feature: Tomas's branch in $WORK/dispatch-core, cwd there.
clone_feature() {
    WORK=$(mktemp -d)
    git clone -q --branch feature/multi-day-jobs "$GIT/dispatch-core.git" "$WORK/dispatch-core"
    cd "$WORK/dispatch-core"
    git config user.name "Kai Morgan"
    git config user.email "kai.morgan@tallgrass.test"
}

# comment TEXT: one note on the ticket.
comment() {
    jq -n --arg note "$1" '{issue: {notes: $note}}' | api -X PUT "$TRACKER/issues/$ISSUE.json" -d @- > /dev/null
}

# push_tests MESSAGE FILE...: the files into tests/ on a new review/multi-day-jobs branch, pushed.
push_tests() {
    local message="$1"; shift
    git checkout -q -b review/multi-day-jobs
    cp "$@" tests/
    git add tests
    git commit -q -m "$message"
    git push -q origin review/multi-day-jobs
}
