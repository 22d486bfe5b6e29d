#!/usr/bin/env bash
# Another correct way: requirements.txt deleted with its install lines in the Dockerfile and Makefile,
# `dependencies = []`, another changelog wording, the branch in backticks.
source "$(dirname "$0")/lib.sh"
clone_repo
BRANCH="remove-pytz-dependency"
git checkout -q -b "$BRANCH"
python3 "$HERE/port.py" . delete
changelog "Replaced pytz with zoneinfo from the standard library; requirements.txt is gone (ticket #$ISSUE)."
python3 -m pytest -q -p no:cacheprovider
git add -A .
git commit -q -m "Drop the pytz dependency (#$ISSUE)"
git push -q origin "$BRANCH"
update_ticket "Pushed \`$BRANCH\`."
