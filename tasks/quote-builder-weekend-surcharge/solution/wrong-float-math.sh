#!/usr/bin/env bash
# Near miss: asks Hannah and uses her base, but computes the surcharge in binary floats (28.725 -> 28.72).
source "$(dirname "$0")/lib.sh"
ask_hannah "Hi Hannah! Which lines of the estimate does the weekend surcharge apply to?"
[ "$BASE" = labour-callout ]
clone_branch feature/weekend-surcharge
python3 "$HERE/apply.py" . --base labour-callout --float
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Add a weekend surcharge to estimates (#$ISSUE)"
ticket "Pushed branch feature/weekend-surcharge. Per Hannah the surcharge applies to labour and the call-out fee only, not to materials."
