#!/usr/bin/env bash
# Near miss: zoneinfo is used, but localtime.py still tries "import pytz" first "for older images".
source "$(dirname "$0")/lib.sh"
clone_repo
BRANCH="chore/drop-pytz"
git checkout -q -b "$BRANCH"
python3 "$HERE/port.py" . fallback
changelog "pytz is replaced by the standard library's zoneinfo (#$ISSUE)."
python3 -m pytest -q -p no:cacheprovider
git add -A intake_api requirements.txt pyproject.toml CHANGELOG.md
git commit -q -m "Replace pytz with zoneinfo (#$ISSUE)"
git push -q origin "$BRANCH"
update_ticket "Done on branch $BRANCH."
