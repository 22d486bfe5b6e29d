#!/usr/bin/env bash
# Reference solution: ask Hannah which lines the surcharge applies to (chat), build it with her base and tests,
# push a branch (git), comment on the ticket with the branch and her rule (tracker).
source "$(dirname "$0")/lib.sh"
ask_hannah "Hi Hannah! I'm building the weekend surcharge in quote-builder (Priya's ticket). Which lines of an estimate does the surcharge apply to: labour, the call-out fee, materials, or the whole quote?"
[ "$BASE" = labour-callout ]
clone_branch feature/weekend-surcharge
python3 "$HERE/apply.py" . --base labour-callout
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Add a weekend surcharge to estimates (#$ISSUE)"
ticket "Pushed branch feature/weekend-surcharge for review. Rule from Hannah: the weekend surcharge applies to labour and the call-out fee only, not to materials (Prairie Sky example: 25% of 237.50 + 49.00 = 71.63). Saturday and Sunday visits only, rounded half up, tests included."
