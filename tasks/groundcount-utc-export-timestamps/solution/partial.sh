#!/usr/bin/env bash
# Partial: never asks Maya; parses the new format but takes the UTC date as written. Tests for the parsing only
# (they pass on a UTC-date fix too). Ticket resolved with the branch name.
source "$(dirname "$0")/lib.sh"
clone_repo
BRANCH="fix/export-timestamps"
git checkout -q -b "$BRANCH"
python3 "$HERE/fix.py" . utc
# keep only the tests that hold for a UTC-date fix
python3 - <<'PY'
from pathlib import Path
path = Path("tests/test_export_timestamps.py")
text = path.read_text()
keep = text.split("def test_utc_timestamps_are_counted_in_central_time")[0]
path.write_text(keep.rstrip() + "\n")
PY
python3 -m pytest -q -p no:cacheprovider
git add -A groundcount tests
git commit -q -m "Accept ISO 8601 UTC timestamps in the export (#$ISSUE)"
git push -q origin "$BRANCH"
update_ticket "Fixed on branch $BRANCH: the new UTC timestamps are parsed; tests added."
