"""Task state: the onboarding policy on the file server; Jordan's note on the QA headcount ticket."""

import sys
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient
from grading.credentials import admin

POLICY = "Onboarding_Policy.md"
FilesClient(*admin()).upload(f"HR/Onboarding/{POLICY}", (Path("/utils/task/data") / POLICY).read_bytes())
tracker = TrackerClient(*admin(), act_as="jordan.ellis")
headcount = tracker.find_issue("people-ops", "Open headcount: second QA Engineer (Q1 2027)")
if headcount is None:
    raise SystemExit("populate_data: the QA headcount ticket is missing from the company data")
tracker.update_issue(headcount.id, status="Resolved",
                     comment="Ines Carvalho accepted the offer (signed 2026-11-19). Start: Monday 2027-01-11, "
                             "QA Engineer, reports to Priya. Onboarding ticket to follow.")
print("populate_data: onboarding policy uploaded, headcount ticket resolved")
