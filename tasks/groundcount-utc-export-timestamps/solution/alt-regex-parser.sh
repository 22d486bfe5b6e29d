#!/usr/bin/env bash
# Another correct way: asked in other words; a hand-written ISO parser (regex + zoneinfo) in a helper, tests
# added to the existing test_clean.py, two commits, status set in a second edit, branch name in backticks.
source "$(dirname "$0")/lib.sh"
REPLY=$(ask_maya "Maya, quick one on the export change: the new files have UTC timestamps with Z. Do Groundcount dates stay in our local time zone, and which one?")
echo "$REPLY"
grep -qiE "america/chicago|central" <<< "$REPLY"
clone_repo
BRANCH="bugfix/export-utc-dates"
git checkout -q -b "$BRANCH"
python3 - <<'PY'
from pathlib import Path
path = Path("groundcount/clean.py")
code = path.read_text()
code = code.replace("import csv\n", "import csv\nimport re\n", 1)
code = code.replace("from datetime import date, datetime, time\n",
                    "from datetime import date, datetime, time, timedelta, timezone\nfrom zoneinfo import ZoneInfo\n")
code = code.replace('''def parse_timestamp(text: str | None) -> datetime | None:
    """A timestamp in any of the export's formats, or None."""
    text = (text or "").strip()
''', '''_UTC = re.compile(r"^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,6}))?Z$")
_REPORTING_ZONE = ZoneInfo("America/Chicago")


def _from_utc(text: str) -> datetime | None:
    """``2026-11-18T15:04:27.381Z`` (the export since 2026-11-17) as naive Central time."""
    match = _UTC.match(text)
    if not match:
        return None
    *parts, fraction = match.groups()
    try:
        moment = datetime(*map(int, parts), tzinfo=timezone.utc)
    except ValueError:
        return None
    moment += timedelta(microseconds=int((fraction or "0").ljust(6, "0")))
    return moment.astimezone(_REPORTING_ZONE).replace(tzinfo=None)


def parse_timestamp(text: str | None) -> datetime | None:
    """A timestamp in any of the export's formats (Central time), or None."""
    text = (text or "").strip()
    if text.endswith("Z"):
        return _from_utc(text)
''')
path.write_text(code)
tests = Path("tests/test_clean.py")
tests.write_text(tests.read_text() + '''

def test_new_export_utc_timestamps_in_central_time() -> None:
    assert parse_date("2026-11-18T15:04:27Z") == date(2026, 11, 18)
    assert parse_date("2026-11-18T16:40:03.118Z") == date(2026, 11, 18)
    assert parse_date("2026-11-17T02:30:00Z") == date(2026, 11, 16)
    assert parse_date("2026-10-06T04:30:00Z") == date(2026, 10, 5)
    assert parse_date("2026-10-06T05:30:00Z") == date(2026, 10, 6)
    assert parse_date("2026-13-40T00:00:00Z") is None
''')
PY
python3 -m pytest -q -p no:cacheprovider
git commit -q -am "Parse the export's UTC timestamps (refs #$ISSUE)"
sed -i 's/A timestamp in any of the export.s formats (Central time), or None./A timestamp in any of the export'"'"'s formats as naive Central time (UTC ones converted), or None./' groundcount/clean.py
git commit -q -am "Document the time zone of parsed timestamps (#$ISSUE)"
git push -q origin "$BRANCH"
update_ticket "Pushed \`$BRANCH\` to groundcount-etl: Z timestamps are parsed and converted to America/Chicago (DST-aware) before taking the date. Tests in tests/test_clean.py." "In Progress"
st=$(api "$TRACKER/issue_statuses.json" | jq -r '.issue_statuses[] | select(.name == "Resolved") | .id')
jq -n --argjson st "$st" '{issue: {status_id: $st}}' | api -X PUT "$TRACKER/issues/$ISSUE.json" -d @- > /dev/null
