#!/usr/bin/env bash
# Near miss: `data.get("notes") or ""` turns every falsy value (0, false, [], {}) into "no notes" too, so they are
# silently accepted; its tests only try truthy non-text values. Branch and ticket done.
source "$(dirname "$0")/lib.sh"
clone_branch fix/null-notes
python3 "$HERE/apply.py" . falsy
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Treat empty notes as no notes (#$ISSUE)"
ticket "Fix pushed on branch fix/null-notes for review." assign
