#!/usr/bin/env bash
# Alternative: asked in other words, the surcharge in its own module with its own test file, two commits, another
# branch name in backticks, the rule as bullets.
source "$(dirname "$0")/lib.sh"
ask_hannah "Hello Hannah, quick question for the quote-builder ticket: on Saturday/Sunday visits, what is the percentage taken of? Only labour, labour plus call-out, or also the parts and materials?"
[ "$BASE" = labour-callout ]
clone_branch "kai/$ISSUE-weekend-surcharge"
python3 "$HERE/apply.py" . --base labour-callout --layout module
python3 -m pytest -q -p no:cacheprovider
git add quotes
git commit -q -m "Surcharge Saturday and Sunday visits (#$ISSUE)"
commit_and_push "Test the weekend surcharge"
ticket "Branch for review: \`kai/$ISSUE-weekend-surcharge\`

What Hannah agreed with the advisory-board customers:
- Base: Labour + Call-out fee
- Materials are excluded from the weekend surcharge.

Configured per rate card with the \`weekend_surcharge\` key."
