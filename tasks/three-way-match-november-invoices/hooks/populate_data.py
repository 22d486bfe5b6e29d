"""Task state: the November POs, receiving log and vendor invoices on the file share; a Finance Operations project
in the tracker (finance, Kai and the PO approvers as members) with Victor's issue for the three-way match."""

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient, TrackerError
from grading.credentials import admin

DATA = Path("/utils/task/data")
FOLDER = "Finance/AP/Three_Way_Match/2026-11"
PROJECT = "finance-ops"
MEMBERS = ["victor.mendes", "grace.liu", "samuel.osei", "kai.morgan", "nina.petrova", "felix.wagner",
           "daniel.reyes", "priya.natarajan", "hannah.brooks"]
DESCRIPTION = """\
Payment run: Wednesday 2026-11-25 (Samuel). Before it, every November vendor invoice in
`Finance/AP/Three_Way_Match/2026-11/Invoices/` needs a three-way match against its purchase order
(`Purchase_Orders_2026-11.xlsx`) and the receiving log (`Receiving_Log_2026-11.csv`).

Only invoices that match go into the run. Flag the others here with what is wrong; Samuel holds them.
"""

files = FilesClient(*admin())
uploads = {"rendered/Purchase_Orders_2026-11.xlsx": "Purchase_Orders_2026-11.xlsx",
           "Receiving_Log_2026-11.csv": "Receiving_Log_2026-11.csv"}
uploads |= {f"rendered/Invoices/{p.name}": f"Invoices/{p.name}" for p in sorted((DATA / "rendered/Invoices").iterdir())}
for source, target in uploads.items():
    files.upload(f"{FOLDER}/{target}", (DATA / source).read_bytes())

tracker = TrackerClient(*admin())
try:
    tracker.project(PROJECT)
except TrackerError:
    trackers = [t["id"] for t in tracker._get("/trackers.json")["trackers"]]
    tracker._request("POST", "/projects.json", body={"project": {
        "name": "Finance Operations", "identifier": PROJECT, "is_public": False, "tracker_ids": trackers,
        "enabled_module_names": ["issue_tracking"],
        "description": "Accounts payable, vendor payments and month-end close (Victor Mendes)."}})
    developer = next(r["id"] for r in tracker._get("/roles.json")["roles"] if r["name"] == "Developer")
    for username in MEMBERS:
        tracker._request("POST", f"/projects/{PROJECT}/memberships.json",
                         body={"membership": {"user_id": tracker.user_id(username), "role_ids": [developer]}})
issue = TrackerClient(*admin(), act_as="victor.mendes").create_issue(
    PROJECT, "November three-way match before the payment run", DESCRIPTION, tracker="Support", priority="High",
    assignee="kai.morgan", start_date=date(2026, 11, 20), due_date=date(2026, 11, 24))
print(f"populate_data: {len(uploads)} files uploaded, issue #{issue.id} filed in {PROJECT}")
