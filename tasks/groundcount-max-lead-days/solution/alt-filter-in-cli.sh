#!/usr/bin/env bash
# Another correct way: Elena asked in other words; the cutoff applied in the command line after cleaning (records
# over the limit moved to the rejected counts there) instead of in clean.py; tests appended to test_cli.py; the
# changelog line worded differently, in bold; another branch name; the ticket note names it in backticks.
source "$(dirname "$0")/lib.sh"
ask_elena "Hey Elena, quick methodology question for the far-ahead bookings ticket: where should the lead-time limit sit by default, and does a job right at the limit still count?"
clone_branch kai/lead-time-cutoff
python3 - "$DAYS" <<'PY'
import sys
from pathlib import Path

days = int(sys.argv[1])
cli = Path("groundcount/cli.py")
text = cli.read_text()
text = text.replace('from .metrics import MIN_GROUP_SIZE, weekly_metrics, write_csv\n',
                    'from .metrics import MIN_GROUP_SIZE, weekly_metrics, write_csv\n\n'
                    f'DEFAULT_MAX_LEAD_DAYS = {days}  # Elena, 2026-11: bookings further ahead are not waits\n')
text = text.replace('    args = parser.parse_args(argv)\n',
                    '    parser.add_argument("--max-lead-days", type=int, default=DEFAULT_MAX_LEAD_DAYS, metavar="N",\n'
                    '                        help="drop jobs whose lead time exceeds N days (default %(default)s)")\n'
                    '    args = parser.parse_args(argv)\n')
text = text.replace('    result = read_csv(args.raw)\n',
                    '    result = read_csv(args.raw)\n'
                    '    too_far = [r for r in result.records if r.lead_days > args.max_lead_days]\n'
                    '    if too_far:\n'
                    '        result.records = [r for r in result.records if r.lead_days <= args.max_lead_days]\n'
                    '        result.rejected[f"lead time over {args.max_lead_days} days"] += len(too_far)\n')
cli.write_text(text)
tests = Path("tests/test_cli.py")
tests.write_text(tests.read_text() + f'''


def test_far_ahead_bookings_are_dropped_by_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = tmp_path / "raw.csv"
    raw.write_text("job_id,created_at,scheduled_for,region,trade,status,updated_at\\n"
                   "A1,2026-11-02,2026-11-03,NE,hvac,scheduled,2026-11-10T09:00:00\\n"
                   "A2,2026-11-02,2026-11-04,NE,hvac,scheduled,2026-11-10T09:00:00\\n"
                   "A3,2026-11-02,2027-01-01,NE,hvac,scheduled,2026-11-10T09:00:00\\n"
                   "A4,2026-11-02,2027-01-02,NE,hvac,scheduled,2026-11-10T09:00:00\\n")
    out = tmp_path / "out.csv"
    assert main([str(raw), str(out)]) == 0
    assert out.read_text().splitlines()[1:] == ["2026-W45,NE,hvac,3,2.0,21.0"]
    assert "rejected 1: lead time over {days} days" in capsys.readouterr().out


def test_max_lead_days_option(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert main([str(SAMPLE), str(out), "--min-group", "2", "--max-lead-days", "5"]) == 0
    assert out.read_text().splitlines()[1:] == ["2026-W45,IA,plumbing,2,1.0,1.0", "2026-W45,NE,hvac,2,2.5,2.5"]
''')
log = Path("CHANGELOG.md")
log.write_text(log.read_text().replace(
    "## Unreleased\n\n",
    f"## Unreleased\n\n- **`--max-lead-days`**: jobs booked further ahead than the cutoff ({days} days unless the option"
    " says otherwise) no longer count towards lead times; the summary shows how many were dropped.\n"))
PY
python3 -m pytest -q -p no:cacheprovider
commit_and_push "cli: cap lead times at Elena's cutoff (#$ISSUE)"
ticket "Ready for review on \`kai/lead-time-cutoff\`."
