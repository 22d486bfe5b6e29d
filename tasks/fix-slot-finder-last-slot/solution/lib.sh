# Shared by the solutions (sourced): the examinee's git remote, the ticket, and small helpers.
set -euo pipefail
U="$WORKFLOOR_USERNAME"
P="$WORKFLOOR_PASSWORD"
GIT="http://$U:$P@tallgrass.test:8929"
TRACKER="http://tallgrass.test:3000"
api() { curl -sf -u "$U:$P" -H 'Content-Type: application/json' "$@"; }

ISSUE=$(api "$TRACKER/issues.json?project_id=fieldday&status_id=*&limit=100" \
    | jq -r '.issues[] | select(.subject == "Slot finder never offers the last slot of a shift") | .id')
[ -n "$ISSUE" ]

# clone_repo: a fresh clone of dispatch-core in $WORK/dispatch-core, cwd there.
clone_repo() {
    WORK=$(mktemp -d)
    git clone -q "$GIT/dispatch-core.git" "$WORK/dispatch-core"
    cd "$WORK/dispatch-core"
    git config user.name "Kai Morgan"
    git config user.email "kai.morgan@tallgrass.test"
}

# update_ticket NOTE [STATUS]: assign to me, set the status (default Resolved), add the note.
update_ticket() {
    local note="$1" status="${2:-Resolved}" me st
    me=$(api "$TRACKER/users/current.json" | jq -r '.user.id')
    st=$(api "$TRACKER/issue_statuses.json" | jq -r --arg s "$status" '.issue_statuses[] | select(.name == $s) | .id')
    jq -n --argjson me "$me" --argjson st "$st" --arg note "$note" \
        '{issue: {assigned_to_id: $me, status_id: $st, notes: $note}}' \
        | api -X PUT "$TRACKER/issues/$ISSUE.json" -d @- > /dev/null
}
