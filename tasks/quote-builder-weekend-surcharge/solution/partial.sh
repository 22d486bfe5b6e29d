#!/usr/bin/env bash
# Partial: Hannah asked, the surcharge on labour + call-out fee with tests pushed on a branch; no ticket comment.
source "$(dirname "$0")/lib.sh"
ask_hannah "Hi Hannah, which lines does the weekend surcharge in quote-builder apply to?"
[ "$BASE" = labour-callout ]
clone_branch feature/weekend-surcharge
python3 "$HERE/apply.py" . --base labour-callout
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Add a weekend surcharge to estimates (#$ISSUE)"
