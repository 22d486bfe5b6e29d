from datetime import date
from pathlib import Path

import pytest
from bridge import TimeEntry, read_entries
from bridge.entries import BadEntry


def test_reads_rows(tmp_path: Path) -> None:
    path = tmp_path / "entries.csv"
    path.write_text("technician,day,minutes\nana,2026-11-16,480\nbo,2026-11-17,90\n")
    assert read_entries(path) == [TimeEntry("ana", date(2026, 11, 16), 480), TimeEntry("bo", date(2026, 11, 17), 90)]


@pytest.mark.parametrize("row", ["ana,2026-11-16,0", "ana,2026-13-01,60", ",2026-11-16,60", "ana,2026-11-16,x",
                                 "ana,2026-11-16,1441"])
def test_bad_rows(tmp_path: Path, row: str) -> None:
    path = tmp_path / "entries.csv"
    path.write_text("technician,day,minutes\n" + row + "\n")
    with pytest.raises(BadEntry):
        read_entries(path)
