#!/usr/bin/env bash
# Reference solution: ask Maya how dates must come out, convert UTC timestamps to America/Chicago on a branch
# with tests (git), resolve the ticket with the branch name (tracker).
source "$(dirname "$0")/lib.sh"
REPLY=$(ask_maya "Hi Maya, I'm fixing the groundcount-etl bug about the new export timestamps (UTC with a Z, e.g. 2026-11-17T02:30:00Z). Which date should such a timestamp count for: the UTC date as written, or converted to some local time zone?")
echo "$REPLY"
MODE=$(python3 "$HERE/read_reply.py" <<< "$REPLY")
[ "$MODE" = central ]

clone_repo
BRANCH="fix/utc-export-timestamps"
git checkout -q -b "$BRANCH"
python3 "$HERE/fix.py" . "$MODE"
python3 -m pytest -q -p no:cacheprovider
git add -A groundcount tests
git commit -q -m "Read the new export's UTC timestamps in Central time (#$ISSUE)" \
    -m "Since 2026-11-17 the FieldDay export writes ISO 8601 UTC timestamps with a Z. They are converted to America/Chicago (daylight saving included) before the date is taken, as the old export's local times were, so weeks and lead days do not shift."
git push -q origin "$BRANCH"
update_ticket "Fixed on branch $BRANCH (groundcount-etl): parse_timestamp() now reads the new ISO 8601 UTC timestamps (with or without milliseconds) and converts them to America/Chicago before the date is taken, as Maya specified; old formats unchanged. New tests in tests/test_export_timestamps.py; whole suite green. Ready for Maya's review."
echo "pushed $BRANCH, ticket #$ISSUE resolved"
