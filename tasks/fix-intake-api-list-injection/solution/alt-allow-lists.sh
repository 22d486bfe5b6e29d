#!/usr/bin/env bash
# Alternative: allow-lists for both (an unknown trade is a 400 too), ORDER BY from a dict of fixed clauses, tests
# appended to the existing module; another branch name; the advisory with bold labels and the full commit id;
# two notes (branch first, advisory later).
source "$(dirname "$0")/lib.sh"
read_brief
BRANCH=security/list-filters
clone_branch "$BRANCH"
python3 "$HERE/apply.py" alt
commit_and_push "Allow-list trade and sort of GET /v1/jobs"
note "Fix is on \`$BRANCH\`, tests included."
find_culprit
FULL=$(git rev-parse "$CULPRIT")
cat > "$WORK/advisory.md" <<MD
# SA-2026-003

**Title:** Job list filters of the Intake API open to SQL injection
**Severity:** High
**Component:** intake-api — \`GET /v1/jobs\`
**Affected parameters:** \`sort\` and \`trade\`
**Introduced in:** commit $FULL, 12 November 2026
**Fixed in:** \`$BRANCH\`
**Description:** Any customer with an API key could read other customers' job requests.
**Customer action:** None.
MD
upload_advisory "$WORK/advisory.md"
note "Advisory written: SA-2026-003.md (Engineering/Security/Advisories), for the fix on \`$BRANCH\`."
