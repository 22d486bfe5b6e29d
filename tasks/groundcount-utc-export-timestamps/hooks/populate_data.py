"""Setup: Raj files the bug about the new export timestamps in the data-platform tracker.

Runs with python_default after the services were reset; files the issue as Raj through the administrator's
login (grading.credentials: injected by the harness into init only).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.tracker import TrackerClient
from grading.credentials import admin

SUBJECT = "Nightly run rejects most rows as bad created_at since the export change"
DESCRIPTION = """\
Since the FieldDay exporter update on Tuesday 2026-11-17, the nightly export writes every timestamp as
ISO 8601 in UTC with a `Z` (sometimes with milliseconds). groundcount-etl doesn't know that format.

**Steps to reproduce**

1. Take any export since 2026-11-17, e.g. these rows from `exports/jobs_2026-11-19.csv`:

```
job_id,created_at,scheduled_for,region,trade,status,updated_at
FD-131207,2026-11-18T15:04:27Z,2026-11-20T14:00:00Z,NE,hvac,scheduled,2026-11-18T15:09:51.204Z
FD-131215,2026-11-18T16:40:03.118Z,2026-11-19T19:30:00Z,IA,Plumbing,scheduled,2026-11-18T16:41:00Z
FD-131230,2026-11-19T01:12:45Z,2026-11-23T15:00:00Z,NE,HVAC,scheduled,2026-11-19T01:13:02.550Z
```

2. Run `python -m groundcount.cli exports/jobs_2026-11-19.csv out.csv`.

**Expected:** the rows are kept, as with the old format (`2026-11-02`, `11/03/2026`, `2026-11-02T08:15:00`).

**Actual:** all three are rejected as `bad created_at`. The 2026-11-19 run printed
`read 18412 rows, kept 2391, published 38 groups` and `rejected 14233: bad created_at`.

Older exports (and the test sample) still use the old formats, so those must keep working.
W47 can't be published until this is fixed.
"""


def main() -> None:
    tracker = TrackerClient(*admin(), act_as="raj.iyer")
    tracker.create_issue("data-platform", SUBJECT, DESCRIPTION, tracker="Bug", priority="High",
                         version="Groundcount 2026.11", start_date=date(2026, 11, 20),
                         due_date=date(2026, 11, 23))
    Path(__file__).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
