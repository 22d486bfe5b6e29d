# Shared by the solutions (sourced): read the CI log, a clone of payroll-bridge on a new branch, push, the ticket.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
U="$WORKFLOOR_USERNAME"
P="$WORKFLOOR_PASSWORD"
GIT="http://$U:$P@tallgrass.test:8929"
TRACKER="http://tallgrass.test:3000"
FILES="http://tallgrass.test:3923"
api() { curl -sf -u "$U:$P" -H 'Content-Type: application/json' "$@"; }
ISSUE=$(api "$TRACKER/issues.json?project_id=fieldday&status_id=*&limit=100" \
    | jq -r '.issues[] | select(.subject == "Nightly: payroll-bridge tests red since 2026-11-24") | .id')
[ -n "$ISSUE" ]

# read_log: the nightly's log; sets HEAD_SHA (what it ran on) and GREEN_SHA (the last green commit).
read_log() {
    LOG=$(curl -sf -u "$U:$P" "$FILES/Engineering/CI/nightly-2026-11-25/payroll-bridge.log")
    grep -q "FAILED tests/test_weeks.py::test_sunday_starts_a_new_payroll_week" <<< "$LOG"
    HEAD_SHA=$(sed -n 's/.*checkout main at \([0-9a-f]*\).*/\1/p' <<< "$LOG")
    GREEN_SHA=$(sed -n 's/.*last green: .* at \([0-9a-f]*\).*/\1/p' <<< "$LOG")
    [ -n "$HEAD_SHA" ] && [ -n "$GREEN_SHA" ]
}

# clone_branch BRANCH: payroll-bridge in $WORK/payroll-bridge on a new BRANCH, cwd there; sets BAD_SHA, the commit
# between the last green one and the head that changed bridge/.
clone_branch() {
    WORK=$(mktemp -d)
    git clone -q "$GIT/payroll-bridge.git" "$WORK/payroll-bridge"
    cd "$WORK/payroll-bridge"
    git config user.name "Kai Morgan"
    git config user.email "kai.morgan@tallgrass.test"
    BAD_SHA=$(git log --format=%H "$GREEN_SHA..$HEAD_SHA" -- bridge)
    [ "$(wc -w <<< "$BAD_SHA")" = 1 ]
    git checkout -q -b "$1"
}

# commit_and_push MESSAGE
commit_and_push() {
    git add -A
    git commit -q -m "$1"
    git push -q origin HEAD
}

# ticket NOTE: a note on the ticket.
ticket() {
    jq -n --arg note "$1" '{issue: {notes: $note}}' | api -X PUT "$TRACKER/issues/$ISSUE.json" -d @- > /dev/null
}

# fix_weeks BODY: replace payroll_week's two-line ISO body with BODY (python lines, indented).
fix_weeks() {
    BODY="$1" python3 - <<'PY'
import os
from pathlib import Path
path = Path("bridge/weeks.py")
text = path.read_text()
old = ("    year, week, _ = day.isocalendar()\n"
       "    return date.fromisocalendar(year, week, 1) - timedelta(days=1)\n")
assert old in text, "the isocalendar body is not there"
path.write_text(text.replace(old, os.environ["BODY"] + "\n"))
PY
}

# regression_test FILE: append a regression test for the turn of the year and Sundays.
regression_test() {
    cat >> "$1" <<'PY'


def test_sunday_starts_the_week_across_the_year_end() -> None:
    # Regression: ISO weeks start on Monday, payroll weeks on Sunday (nightly #411/#412).
    from datetime import date as _date

    from bridge import payroll_week as _payroll_week

    assert _payroll_week(_date(2026, 12, 27)) == _date(2026, 12, 27)
    assert _payroll_week(_date(2027, 1, 2)) == _date(2026, 12, 27)
    assert _payroll_week(_date(2027, 1, 3)) == _date(2027, 1, 3)
PY
}
