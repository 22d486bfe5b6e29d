#!/usr/bin/env bash
# Another correct way: Maya asked in other words; the old suppression test rewritten to expect nothing at the
# new default (plus an explicit min_group=3 case) instead of pinning min_group=3; the README's rule moved to its
# own section in words ("fewer than five jobs"); another branch name.
source "$(dirname "$0")/lib.sh"
ask_maya "Hey Maya, quick one for Elena: what minimum group size threshold does the nightly production run pass?"
clone_branch "kai/production-min-group"
python3 - "$VALUE" <<'PY'
import re
import sys
from pathlib import Path

value = int(sys.argv[1])
words = {5: "five"}
metrics = Path("groundcount/metrics.py")
metrics.write_text(re.sub(r"^MIN_GROUP_SIZE = \d+", f"MIN_GROUP_SIZE = {value}", metrics.read_text(), flags=re.M))
readme = Path("README.md")
text = readme.read_text()
old = "Privacy rule: a (week, region, trade) group is only published when it has at least 3 jobs.\n"
assert old in text
readme.write_text(text.replace(old, f"## Privacy\n\nGroups (week, region, trade) with fewer than {words.get(value, value)} "
                               "jobs are suppressed; this is what the nightly production run uses.\n"))
tests = Path("tests/test_metrics.py")
code = tests.read_text()
old = '    assert weekly_metrics(records) == [WeeklyMetric("2026-W45", "NE", "hvac", 3, 3.0, 4.0)]\n'
assert old in code
code = code.replace(old, f'    assert weekly_metrics(records) == []  # 3 jobs < the default of {value}\n'
                         '    assert weekly_metrics(records, min_group=3) == [WeeklyMetric("2026-W45", "NE", "hvac", 3, 3.0, 4.0)]\n')
tests.write_text(code)
PY
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Use the production threshold as the default minimum group size"
