#!/usr/bin/env bash
# Near miss: the port is right, but requirements.txt is deleted while the Dockerfile and Makefile still install it
# (the image build and `make venv` break).
source "$(dirname "$0")/lib.sh"
clone_repo
BRANCH="chore/drop-pytz"
git checkout -q -b "$BRANCH"
python3 "$HERE/port.py" . zoneinfo
git rm -q -f requirements.txt
changelog "pytz is replaced by the standard library's zoneinfo (#$ISSUE)."
python3 -m pytest -q -p no:cacheprovider
git add -A intake_api pyproject.toml CHANGELOG.md
git commit -q -m "Replace pytz with zoneinfo (#$ISSUE)"
git push -q origin "$BRANCH"
update_ticket "Done on branch $BRANCH."
