#!/usr/bin/env bash
# Reference solution: port localtime.py to zoneinfo, drop pytz from requirements.txt and pyproject.toml, a changelog
# entry, tests with pytz made unimportable (git); resolve the ticket (tracker).
source "$(dirname "$0")/lib.sh"
clone_repo
BRANCH="chore/drop-pytz"
git checkout -q -b "$BRANCH"
python3 "$HERE/port.py" . zoneinfo
changelog "intake-api has no runtime dependencies again: pytz is replaced by the standard library's zoneinfo, with the same local dates and times, daylight saving included (#$ISSUE)."
if grep -rIl pytz --include='*.py' --include='*.toml' --include='*.txt' --include=Dockerfile --include=Makefile .; then exit 1; fi
python3 -m pytest -q -p no:cacheprovider
# the same suite with pytz unimportable
python3 -c "import sys, pytest; sys.modules['pytz'] = None; raise SystemExit(pytest.main(['-q', '-p', 'no:cacheprovider']))"
git add -A intake_api requirements.txt pyproject.toml CHANGELOG.md
git commit -q -m "Replace pytz with zoneinfo (#$ISSUE)" -m "Same local dates and times (daylight saving included); intake-api is back to zero runtime dependencies."
git push -q origin "$BRANCH"
update_ticket "Done on branch $BRANCH: localtime.py uses zoneinfo (same results, DST included; the suite also passes with pytz unimportable), pytz removed from requirements.txt and pyproject.toml, changelog entry under Unreleased. Ready for Aisha's review."
