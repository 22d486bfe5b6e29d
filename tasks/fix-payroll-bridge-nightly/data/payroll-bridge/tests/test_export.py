from datetime import date
from pathlib import Path

from bridge import TimeEntry
from bridge.export import export_rows, main


def test_rows_sorted_with_two_decimals() -> None:
    entries = [TimeEntry("bo", date(2026, 11, 17), 45), TimeEntry("ana", date(2026, 11, 16), 2500)]
    assert export_rows(entries) == ["technician,week_start,regular_hours,overtime_hours",
                                    "ana,2026-11-15,40.00,1.67", "bo,2026-11-15,0.75,0.00"]


def test_command_line(tmp_path: Path) -> None:
    entries = tmp_path / "entries.csv"
    entries.write_text("technician,day,minutes\nana,2026-11-16,480\n")
    out = tmp_path / "hours.csv"
    assert main([str(entries), str(out)]) == 0
    assert out.read_text().splitlines()[1] == "ana,2026-11-15,8.00,0.00"


def test_command_line_bad_file(tmp_path: Path) -> None:
    assert main([str(tmp_path / "missing.csv"), str(tmp_path / "out.csv")]) == 1
