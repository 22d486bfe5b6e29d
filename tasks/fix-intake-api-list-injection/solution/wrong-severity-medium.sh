#!/usr/bin/env bash
# Wrong: the reference fix, but the advisory rates it Medium (an API key is needed) instead of High.
source "$(dirname "$0")/lib.sh"
read_brief
BRANCH=security/jobs-list-sql-injection
clone_branch "$BRANCH"
python3 "$HERE/apply.py" full
commit_and_push "Bind trade and allow-list sort in GET /v1/jobs"
find_culprit
write_advisory "$WORK/advisory.md" "$BRANCH" Medium "trade, sort" "$CULPRIT ($CWHEN)"
upload_advisory "$WORK/advisory.md"
note "Fix on $BRANCH; advisory SA-2026-003.md."
