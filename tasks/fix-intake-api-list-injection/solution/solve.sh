#!/usr/bin/env bash
# Reference solution: bound parameter for trade and an allow-list for sort (400 otherwise), attack tests that fail
# on the vulnerable code, pushed on security/jobs-list-sql-injection; advisory SA-2026-003 per the checklist; note.
source "$(dirname "$0")/lib.sh"
read_brief
BRANCH=security/jobs-list-sql-injection
clone_branch "$BRANCH"
grep -n "f\"" intake_api/store.py
python3 "$HERE/apply.py" full
commit_and_push "Bind trade and allow-list sort in GET /v1/jobs

trade was pasted into the SQL inside quotes and sort as the ORDER BY expression, so a
customer could list other customers' job requests. trade is now a bound parameter, sort
must be one of the documented keys (400 otherwise). Tests attack both."
find_culprit
write_advisory "$WORK/advisory.md" "$BRANCH" High "trade, sort" "$CULPRIT ($CWHEN)"
upload_advisory "$WORK/advisory.md"
note "Fix with regression tests pushed on $BRANCH (trade bound as a parameter, sort allow-listed; both were injectable). Introduced in $CULPRIT. Advisory: Engineering/Security/Advisories/SA-2026-003.md. Ready for review."
