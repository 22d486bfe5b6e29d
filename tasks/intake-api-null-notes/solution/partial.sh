#!/usr/bin/env bash
# Half done: the right fix and its tests pushed on a branch, but the ticket is neither assigned nor commented.
source "$(dirname "$0")/lib.sh"
clone_branch fix/null-notes
python3 "$HERE/apply.py" . fix
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Treat null notes as no notes in job requests"
