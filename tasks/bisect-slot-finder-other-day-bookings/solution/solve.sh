#!/usr/bin/env bash
# Reference solution: read Sofia's report, bisect dispatch-core's main with her check, read the culprit's diff,
# file a FieldDay Bug with steps, expected/actual, the commit and the function (Sofia @-mentioned: Kai may not add watchers), answer Sofia.
source "$(dirname "$0")/lib.sh"
read_report
clone_repo
find_culprit
git show "$CULPRIT" -- dispatch_core/availability.py | head -60

file_reference
python_default "$HERE/dm.py" send "Hi Sofia, thanks for the clear report! Filed as #$ID in the FieldDay tracker, \
I mentioned you on it so you get the updates. It came in with $SHORT (\"$FULLSUBJ\", Daniel, Nov 16): free_intervals() stopped filtering \
appointments by day, so Monday's 9-12 job blocks Tuesday morning. Steps and the cause are on the ticket for Tomas/Daniel."
