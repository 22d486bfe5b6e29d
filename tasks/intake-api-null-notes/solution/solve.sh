#!/usr/bin/env bash
# Reference solution: null notes treated as no notes (validation.py), regression tests, pushed on a branch;
# the ticket assigned to me with a note naming the branch.
source "$(dirname "$0")/lib.sh"
clone_branch fix/null-notes
python3 "$HERE/apply.py" . fix
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Treat null notes as no notes in job requests (#$ISSUE)"
ticket "Fixed on branch fix/null-notes in intake-api, ready for Aisha's review: \"notes\": null is now stored like a request without notes; numbers, booleans, lists and objects are still rejected, and the 500-character limit is unchanged. Regression tests in tests/test_validation.py and tests/test_api.py." assign
