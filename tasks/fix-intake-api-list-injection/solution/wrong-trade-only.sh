#!/usr/bin/env bash
# Wrong: fixes only the parameter in the report (trade) and leaves sort injectable; the advisory lists trade only.
source "$(dirname "$0")/lib.sh"
read_brief
BRANCH=security/trade-filter
clone_branch "$BRANCH"
python3 "$HERE/apply.py" trade-only
commit_and_push "Bind trade in GET /v1/jobs"
find_culprit
write_advisory "$WORK/advisory.md" "$BRANCH" High "trade" "$CULPRIT ($CWHEN)"
upload_advisory "$WORK/advisory.md"
note "Fix on $BRANCH; advisory SA-2026-003.md."
