#!/usr/bin/env bash
# Near miss: never asks Hannah, follows Ben's comment: the surcharge on the whole quote, and the note says so.
source "$(dirname "$0")/lib.sh"
clone_branch feature/weekend-surcharge
python3 "$HERE/apply.py" . --base whole
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Add a weekend surcharge to estimates (#$ISSUE)"
ticket "Pushed branch feature/weekend-surcharge. The surcharge applies to the whole quote: labour, call-out fee and materials, like Prairie Sky's price list."
