# Shared by the solutions (sourced): logins, the ticket, and helpers.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
U="$WORKFLOOR_USERNAME"
P="$WORKFLOOR_PASSWORD"
GIT="http://$U:$P@tallgrass.test:8929"
TRACKER="http://tallgrass.test:3000"
api() { curl -sf -u "$U:$P" -H 'Content-Type: application/json' "$@"; }

ISSUE=$(api "$TRACKER/issues.json?project_id=fieldday&status_id=*&limit=100" \
    | jq -r '.issues[] | select(.subject == "Slot finder never offers the last slot of a shift") | .id')
[ -n "$ISSUE" ]

# clone_release: a fresh clone of dispatch-core on release/0.4 in $WORK/repo, cwd there.
clone_release() {
    WORK=$(mktemp -d)
    git clone -q --branch release/0.4 "$GIT/dispatch-core.git" "$WORK/repo"
    cd "$WORK/repo"
    git config user.name "Kai Morgan"
    git config user.email "kai.morgan@tallgrass.test"
}

# main_commit SUBJECT_START: the id of the commit on origin/main whose subject starts so.
main_commit() { git log origin/main --format=%H --fixed-strings --grep="$1" -n 1; }

# bump_and_changelog DATE: version 0.4.1 and a changelog entry on top (the style of the others).
bump_and_changelog() {
    sed -i 's/^version = "0.4.0"/version = "0.4.1"/' pyproject.toml
    grep -q '^version = "0.4.1"' pyproject.toml
    DATE="$1" python3 - <<'PY'
import os
from pathlib import Path
path = Path("CHANGELOG.md")
text = path.read_text()
head, sep, rest = text.partition("\n## ")
entry = (f"\n## 0.4.1 ({os.environ['DATE']}, FieldDay 4.12.1)\n\n"
         f"- Hotfix: the slot finder offers the last slot of a shift again; a job can end exactly when the shift\n"
         f"  or a free gap ends (#{os.environ['ISSUE']}).\n")
path.write_text(head + entry + sep + rest)
PY
}

# comment TEXT: a comment on the ticket.
comment() {
    jq -n --arg note "$1" '{issue: {notes: $note}}' | api -X PUT "$TRACKER/issues/$ISSUE.json" -d @- > /dev/null
}
export ISSUE
