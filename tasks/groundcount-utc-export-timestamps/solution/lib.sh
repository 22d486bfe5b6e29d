# Shared by the solutions (sourced): logins, the ticket, and helpers for git, the tracker and chat.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
U="$WORKFLOOR_USERNAME"
P="$WORKFLOOR_PASSWORD"
GIT="http://$U:$P@tallgrass.test:8929"
TRACKER="http://tallgrass.test:3000"
api() { curl -sf -u "$U:$P" -H 'Content-Type: application/json' "$@"; }

ISSUE=$(api "$TRACKER/issues.json?project_id=data-platform&status_id=*&limit=100" \
    | jq -r '.issues[] | select(.subject == "Nightly run rejects most rows as bad created_at since the export change") | .id')
[ -n "$ISSUE" ]

# clone_repo: a fresh clone of groundcount-etl in $WORK/repo, cwd there.
clone_repo() {
    WORK=$(mktemp -d)
    git clone -q "$GIT/groundcount-etl.git" "$WORK/repo"
    cd "$WORK/repo"
    git config user.name "Kai Morgan"
    git config user.email "kai.morgan@tallgrass.test"
}

# ask_maya TEXT: DM Maya and print her reply.
ask_maya() { python_default -m grading.clients.chat ask maya.johnson "$1"; }

# update_ticket NOTE [STATUS]: assign to me, set the status (default Resolved), add the note.
update_ticket() {
    local note="$1" status="${2:-Resolved}" me st
    me=$(api "$TRACKER/users/current.json" | jq -r '.user.id')
    st=$(api "$TRACKER/issue_statuses.json" | jq -r --arg s "$status" '.issue_statuses[] | select(.name == $s) | .id')
    jq -n --argjson me "$me" --argjson st "$st" --arg note "$note" \
        '{issue: {assigned_to_id: $me, status_id: $st, notes: $note}}' \
        | api -X PUT "$TRACKER/issues/$ISSUE.json" -d @- > /dev/null
}
