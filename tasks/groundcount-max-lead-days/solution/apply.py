"""Edit a checkout of groundcount-etl: --max-lead-days with a default, tests, optionally the changelog.

Usage: apply.py REPO DEFAULT [--exclusive] [--changelog TEXT]
DEFAULT is the default cutoff in days; --exclusive drops jobs at exactly the limit too (a near miss);
--changelog adds TEXT as a bullet under "Unreleased" in CHANGELOG.md.
"""

import argparse
from pathlib import Path

parser = argparse.ArgumentParser()
parser.add_argument("repo", type=Path)
parser.add_argument("default", type=int)
parser.add_argument("--exclusive", action="store_true")
parser.add_argument("--changelog")
args = parser.parse_args()
repo = args.repo


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"unexpected {path}: {old!r}"
    path.write_text(text.replace(old, new, 1))


clean = repo / "groundcount" / "clean.py"
edit(clean, 'EXCLUDED_STATUSES = {"cancelled", "canceled", "test"}\n',
     'EXCLUDED_STATUSES = {"cancelled", "canceled", "test"}\n'
     f"# Longest lead time counted (days, inclusive): seasonal maintenance booked months ahead is not a wait.\n"
     f"MAX_LEAD_DAYS = {args.default}\n")
edit(clean, "def clean_rows(rows: Iterable[Mapping[str, str]]) -> CleanResult:\n"
            '    """Turn raw export rows into records; see the module docstring."""\n',
     "def clean_rows(rows: Iterable[Mapping[str, str]], max_lead_days: int = MAX_LEAD_DAYS) -> CleanResult:\n"
     '    """Turn raw export rows into records; see the module docstring. Jobs with a lead time over\n'
     '    ``max_lead_days`` are rejected."""\n')
edit(clean, "        reason = _clean_row(row, result.records)\n",
     "        reason = _clean_row(row, result.records, max_lead_days)\n")
edit(clean, "def _clean_row(row: Mapping[str, str], out: list[JobRecord]) -> str | None:\n",
     "def _clean_row(row: Mapping[str, str], out: list[JobRecord], max_lead_days: int) -> str | None:\n")
over = ">=" if args.exclusive else ">"
edit(clean, '        return "scheduled before created"\n',
     '        return "scheduled before created"\n'
     f"    if (scheduled - created).days {over} max_lead_days:\n"
     '        return f"lead time over {max_lead_days} days"\n')
edit(clean, "def read_csv(path: Path) -> CleanResult:\n"
            "    with path.open(newline=\"\", encoding=\"utf-8\") as handle:\n"
            "        return clean_rows(csv.DictReader(handle))\n",
     "def read_csv(path: Path, max_lead_days: int = MAX_LEAD_DAYS) -> CleanResult:\n"
     "    with path.open(newline=\"\", encoding=\"utf-8\") as handle:\n"
     "        return clean_rows(csv.DictReader(handle), max_lead_days)\n")

cli = repo / "groundcount" / "cli.py"
edit(cli, "[--min-group N]``", "[--min-group N] [--max-lead-days N]``")
edit(cli, "from .clean import read_csv\n", "from .clean import MAX_LEAD_DAYS, read_csv\n")
edit(cli, '    args = parser.parse_args(argv)\n',
     '    parser.add_argument("--max-lead-days", type=int, default=MAX_LEAD_DAYS,\n'
     '                        help="leave out jobs scheduled more than N days after the request")\n'
     '    args = parser.parse_args(argv)\n')
edit(cli, "    result = read_csv(args.raw)\n", "    result = read_csv(args.raw, args.max_lead_days)\n")

edge = args.default - 1 if args.exclusive else args.default
(repo / "tests" / "test_max_lead_days.py").write_text(f'''from pathlib import Path

import pytest

from groundcount.clean import MAX_LEAD_DAYS, clean_rows
from groundcount.cli import main

HEADER = "job_id,created_at,scheduled_for,region,trade,status,updated_at"


def row(job_id: str, scheduled: str) -> dict[str, str]:
    return {{"job_id": job_id, "created_at": "2026-11-02", "scheduled_for": scheduled, "region": "NE",
            "trade": "hvac", "status": "scheduled", "updated_at": "2026-11-10T09:00:00"}}


def test_default_cutoff() -> None:
    assert MAX_LEAD_DAYS == {args.default}


def test_jobs_over_the_limit_are_rejected_with_their_own_reason() -> None:
    # 2026-11-02 + {edge} days is kept, one day more is not.
    from datetime import date, timedelta
    start = date(2026, 11, 2)
    kept = (start + timedelta(days={edge})).isoformat()
    over = (start + timedelta(days={edge} + 1)).isoformat()
    result = clean_rows([row("FD-1", "2026-11-05"), row("FD-2", kept), row("FD-3", over)])
    assert [r.job_id for r in result.records] == ["FD-1", "FD-2"]
    assert result.rejected == {{"lead time over {args.default} days": 1}}


def test_cli_option_overrides_the_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = tmp_path / "raw.csv"
    lines = [HEADER] + [f"FD-{{n}},2026-11-02,{{day}},NE,hvac,scheduled,2026-11-10T09:00:00"
                        for n, day in enumerate(["2026-11-03", "2026-11-04", "2026-11-06", "2026-11-20"])]
    raw.write_text("\\n".join(lines) + "\\n")
    out = tmp_path / "out.csv"
    assert main([str(raw), str(out), "--max-lead-days", "10"]) == 0
    assert out.read_text().splitlines()[1] == "2026-W45,NE,hvac,3,2.0,2.33"
    assert "rejected 1: lead time over 10 days" in capsys.readouterr().out
''')

if args.changelog:
    edit(repo / "CHANGELOG.md", "## Unreleased\n\n", f"## Unreleased\n\n- {args.changelog}\n")
print("applied", args.default, "exclusive" if args.exclusive else "inclusive")
