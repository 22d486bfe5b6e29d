"""Task state: the CRM account list, the September and October usage exports, and Hannah's issue."""

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient
from grading.credentials import admin

DATA = Path("/utils/task/data")
UPLOADS = {
    "fieldday_accounts.csv": "Data/customers/fieldday_accounts.csv",
    "usage_2026-09.csv": "Data/usage/usage_2026-09.csv",
    "usage_2026-10.csv": "Data/usage/usage_2026-10.csv",
}
DESCRIPTION = """\
Leadership wants to go into the Q1 2027 renewal conversations prepared. Please answer the questions below from the
CRM account list (`Data/customers/fieldday_accounts.csv`) and the product usage exports for September and October
(`Data/usage/usage_2026-09.csv`, `Data/usage/usage_2026-10.csv`) on the file share.

Customers only: the usage exports also contain our own demo and QA tenants, which are not in the CRM list; leave
them out everywhere. An account with no row in a month's export had no usage that month (0 active dispatchers,
0 jobs booked).

1. October seat utilisation per plan (Starter, Pro, Enterprise): the plan's active dispatchers divided by its
   licensed seats, both summed over all the plan's accounts, in percent with one decimal.
2. Jobs booked by customers in September and in October, and the change from September to October in percent
   (one decimal).
3. The account with the largest drop in jobs booked from September to October (account ID and company).
4. The at-risk accounts among the Q1 2027 renewals (renewal date from January 1 to March 31, 2027), by account
   ID. Use Customer Success's at-risk rule; Omar has the current thresholds.

Please answer in one comment on this issue, one numbered answer per question, and attach a CSV with one row per
Q1 2027 renewal: account ID, company, plan, October seat utilisation (%), change in jobs booked (%) and at risk
(yes/no).
"""

files = FilesClient(*admin())
for source, target in UPLOADS.items():
    files.upload(target, (DATA / source).read_bytes())
tracker = TrackerClient(*admin(), act_as="hannah.brooks")
issue = tracker.create_issue(
    "data-platform", "Q1 2027 renewals: usage review and at-risk accounts", DESCRIPTION, tracker="Support",
    priority="High", assignee="kai.morgan", start_date=date(2026, 11, 20), due_date=date(2026, 11, 23))
print(f"populate_data: {len(UPLOADS)} files uploaded, issue #{issue.id} filed")
