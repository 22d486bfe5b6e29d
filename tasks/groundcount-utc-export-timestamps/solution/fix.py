"""Apply a fix to a groundcount-etl checkout. Usage: fix.py REPO MODE

MODE central: UTC timestamps converted to America/Chicago (the rule Maya gives; the reference fix)
MODE utc:     UTC timestamps parsed, date taken as written in UTC (what one does without asking)
MODE fixed6:  UTC timestamps shifted by a fixed -6 hours (ignores daylight saving time)
"""

import sys
from pathlib import Path

repo, mode = Path(sys.argv[1]), sys.argv[2]
clean = repo / "groundcount" / "clean.py"
code = clean.read_text()

OLD = '''    for fmt in TIMESTAMP_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None
'''
CONVERT = {
    "central": "stamp.astimezone(CENTRAL).replace(tzinfo=None)",
    "utc": "stamp.astimezone(timezone.utc).replace(tzinfo=None)",
    "fixed6": "(stamp.astimezone(timezone.utc) - timedelta(hours=6)).replace(tzinfo=None)",
}[mode]
NEW = f'''    for fmt in TIMESTAMP_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    # since 2026-11-17 the export writes ISO 8601 in UTC ("2026-11-18T15:04:27Z", with or without milliseconds)
    if "T" not in text:
        return None
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        return None
    if stamp.tzinfo is None:
        return stamp
    return {CONVERT}
'''
assert OLD in code, "unexpected clean.py"
code = code.replace(OLD, NEW)
code = code.replace('    """A timestamp in any of the export\'s formats, or None."""',
                    '    """A timestamp in any of the export\'s formats as naive US Central time (the old export\'s\n'
                    '    local time; UTC timestamps of the new export are converted), or None."""')
code = code.replace("from datetime import date, datetime, time\n",
                    "from datetime import date, datetime, time, timedelta, timezone\nfrom zoneinfo import ZoneInfo\n")
code = code.replace("\nEXCLUDED_STATUSES", '\nCENTRAL = ZoneInfo("America/Chicago")  # Groundcount counts days in Central time\nEXCLUDED_STATUSES', 1)
clean.write_text(code)

tests = repo / "tests" / "test_export_timestamps.py"
tests.write_text('''from datetime import date
from pathlib import Path

from groundcount.clean import parse_date, read_csv
from groundcount.cli import main

NEW_EXPORT = """job_id,created_at,scheduled_for,region,trade,status,updated_at
FD-131207,2026-11-18T15:04:27Z,2026-11-20T14:00:00Z,NE,hvac,scheduled,2026-11-18T15:09:51.204Z
FD-131215,2026-11-18T16:40:03.118Z,2026-11-19T19:30:00Z,IA,Plumbing,scheduled,2026-11-18T16:41:00Z
FD-131230,2026-11-19T01:12:45Z,2026-11-23T15:00:00Z,NE,HVAC,scheduled,2026-11-19T01:13:02.550Z
"""


def test_utc_timestamps_of_the_new_export_are_parsed() -> None:
    assert parse_date("2026-11-18T15:04:27Z") == date(2026, 11, 18)
    assert parse_date("2026-11-18T16:40:03.118Z") == date(2026, 11, 18)


def test_utc_timestamps_are_counted_in_central_time() -> None:
    assert parse_date("2026-11-17T02:30:00Z") == date(2026, 11, 16)  # 20:30 Central
    assert parse_date("2026-11-17T06:00:00Z") == date(2026, 11, 17)  # midnight Central


def test_daylight_saving_time_is_respected() -> None:
    assert parse_date("2026-10-06T04:30:00Z") == date(2026, 10, 5)  # 23:30 CDT
    assert parse_date("2026-10-06T05:30:00Z") == date(2026, 10, 6)  # 00:30 CDT


def test_new_export_rows_are_kept(tmp_path: Path) -> None:
    raw = tmp_path / "raw.csv"
    raw.write_text(NEW_EXPORT)
    result = read_csv(raw)
    assert len(result.records) == 3
    assert not result.rejected
    late = {r.job_id: r for r in result.records}["FD-131230"]
    assert (late.created, late.lead_days) == (date(2026, 11, 18), 5)


def test_cli_on_the_new_export(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw.csv", tmp_path / "out.csv"
    raw.write_text(NEW_EXPORT)
    assert main([str(raw), str(out), "--min-group", "2"]) == 0
    assert out.read_text().splitlines()[1:] == ["2026-W47,NE,hvac,2,3.5,3.5"]
''')
print(f"applied {mode}")
