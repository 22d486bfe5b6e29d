# Shared by the solutions (sourced): the ticket and the checklist, a clone of intake-api on a new branch, push,
# the culprit commit, the advisory upload and the ticket note.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
U="$WORKFLOOR_USERNAME"
P="$WORKFLOOR_PASSWORD"
GIT="http://$U:$P@tallgrass.test:8929"
TRACKER="http://tallgrass.test:3000"
FILES="http://tallgrass.test:3923"
api() { curl -sf -u "$U:$P" -H 'Content-Type: application/json' "$@"; }
ISSUE=$(api "$TRACKER/issues.json?project_id=fieldday&status_id=*&limit=100" \
    | jq -r '.issues[] | select(.subject == "Security: GET /v1/jobs returns other customers'"'"' job requests") | .id')
[ -n "$ISSUE" ]

# read_brief: print the ticket, the checklist and the advisories folder listing.
read_brief() {
    api "$TRACKER/issues/$ISSUE.json" | jq -r '.issue.description'
    curl -fsS -u "$U:$P" "$FILES/Engineering/Security/Security_Fix_Checklist.md"
    curl -fsS -u "$U:$P" "$FILES/Engineering/Security/Advisories/?ls" | jq -r '.files[].href' || true
}

# clone_branch BRANCH: intake-api in $WORK/intake-api on a new BRANCH, cwd there.
clone_branch() {
    WORK=$(mktemp -d)
    git clone -q "$GIT/intake-api.git" "$WORK/intake-api"
    cd "$WORK/intake-api"
    git config user.name "Kai Morgan"
    git config user.email "kai.morgan@tallgrass.test"
    git checkout -q -b "$1"
}

# commit_and_push MESSAGE: commit, run the suite, push the branch.
commit_and_push() {
    git add -A
    git commit -q -m "$1"
    python3 -m pytest -q -p no:cacheprovider | tail -1
    git push -q origin HEAD
}

# find_culprit: the commit that put request text into the SQL of JobStore.list; sets CULPRIT (short) and CWHEN.
find_culprit() {
    CULPRIT=$(git log --format=%h -S"'{trade.strip().lower()}'" -- intake_api/store.py | tail -1)
    CWHEN=$(git log -1 --format=%ad --date=short "$CULPRIT")
    git log -1 --format='%h %an %ad %s' --date=short "$CULPRIT"
}

# upload_advisory FILE: as Engineering/Security/Advisories/SA-2026-003.md
upload_advisory() {
    curl -fsS -u "$U:$P" -T "$1" "$FILES/Engineering/Security/Advisories/SA-2026-003.md" -o /dev/null
}

# note TEXT: a note on the security ticket.
note() { jq -n --arg note "$1" '{issue: {notes: $note}}' | api -X PUT "$TRACKER/issues/$ISSUE.json" -d @- > /dev/null; }

# write_advisory FILE BRANCH SEVERITY PARAMETERS INTRODUCED: the checklist's fields, one per line.
write_advisory() {
    cat > "$1" <<MD
Title: Intake API job list returned other customers' job requests (SQL injection)
Severity: $3
Component: intake-api, GET /v1/jobs
Affected parameters: $4
Introduced in: $5
Fixed in: $2
Description: The trade and sort parameters of GET /v1/jobs were pasted into the SQL query. A customer with a
valid API key could list every customer's job requests (names, phone numbers, addresses) through trade, and
read any stored data one bit at a time through a sort expression.
Customer action: None
MD
}
