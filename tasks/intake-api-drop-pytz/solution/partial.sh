#!/usr/bin/env bash
# Partial: the right port pushed on a branch, but no changelog entry and the ticket untouched.
source "$(dirname "$0")/lib.sh"
clone_repo
git checkout -q -b chore/drop-pytz
python3 "$HERE/port.py" . zoneinfo
python3 -m pytest -q -p no:cacheprovider
git add -A intake_api requirements.txt pyproject.toml
git commit -q -m "Replace pytz with zoneinfo"
git push -q origin chore/drop-pytz
