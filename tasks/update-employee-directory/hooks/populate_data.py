"""Files the people-ops ticket with the two directory changes (as Rachel Kim, assigned to Kai)."""

import sys

sys.path.insert(0, "/utils")
from grading.clients.tracker import TrackerClient
from grading.credentials import admin

DESCRIPTION = """\
Two changes for the employee directory (HR/Employee_Directory.csv) and the org chart (Documents/Org_Chart.md):

1. **New hire** (contract signed on 2026-11-19): **Theo Nakamura**, IT Support Technician in the Admin team,
   reporting to Felix Wagner. Works from the Lincoln office. Starts on Monday 2026-12-07.
   Desk phone: +1 402 555 0224.
2. **Title change** from 2026-12-01: **Sofia Alvarez** becomes **QA Lead** (same team, same manager).

Accounts and laptop for Theo are handled by Felix in it-ops, not here.
"""

tracker = TrackerClient(*admin(), act_as="rachel.kim")
issue = tracker.create_issue("people-ops", "Employee directory: December changes (new hire, title change)",
                             DESCRIPTION, tracker="Support", priority="Normal", assignee="kai.morgan")
print(f"populate_data: created people-ops issue #{issue.id}")
