# Shared by the solutions (sourced): logins, the ticket, and helpers.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
U="$WORKFLOOR_USERNAME"
P="$WORKFLOOR_PASSWORD"
GIT="http://$U:$P@tallgrass.test:8929"
TRACKER="http://tallgrass.test:3000"
api() { curl -sf -u "$U:$P" -H 'Content-Type: application/json' "$@"; }

ISSUE=$(api "$TRACKER/issues.json?project_id=fieldday&status_id=*&limit=100" \
    | jq -r '.issues[] | select(.subject == "intake-api: replace pytz with the standard library'"'"'s zoneinfo") | .id')
[ -n "$ISSUE" ]
export ISSUE

# clone_repo: a fresh clone of intake-api in $WORK/repo, cwd there.
clone_repo() {
    WORK=$(mktemp -d)
    git clone -q "$GIT/intake-api.git" "$WORK/repo"
    cd "$WORK/repo"
    git config user.name "Kai Morgan"
    git config user.email "kai.morgan@tallgrass.test"
}

# changelog TEXT: a bullet at the end of the Unreleased section.
changelog() {
    ENTRY="$1" python3 - <<'PY'
import os, re
from pathlib import Path
path = Path("CHANGELOG.md")
text = path.read_text()
head, unreleased, rest = re.split(r"^(?=## )", text, maxsplit=2, flags=re.MULTILINE)
path.write_text(head + unreleased.rstrip("\n") + "\n- " + os.environ["ENTRY"] + "\n\n" + rest)
PY
}

# update_ticket NOTE: assign to me, Resolved, the note.
update_ticket() {
    local me st
    me=$(api "$TRACKER/users/current.json" | jq -r '.user.id')
    st=$(api "$TRACKER/issue_statuses.json" | jq -r '.issue_statuses[] | select(.name == "Resolved") | .id')
    jq -n --argjson me "$me" --argjson st "$st" --arg note "$1" \
        '{issue: {assigned_to_id: $me, status_id: $st, notes: $note}}' \
        | api -X PUT "$TRACKER/issues/$ISSUE.json" -d @- > /dev/null
}
