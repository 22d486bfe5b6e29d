"""Shared by the solutions (python_default): the inventory, the closed laptop tickets, the refresh comment."""

import csv
import io
import os
import re
import sys

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
PATH = "Admin/IT/laptop_inventory.csv"
DEPARTMENT = {"priya.natarajan": "Engineering", "ben.kowalski": "Engineering", "chloe.tran": "Engineering",
              "tomas.lindqvist": "Engineering", "raj.iyer": "Data", "lena.fischer": "Product"}
files = FilesClient(USER, PASSWORD)
tracker = TrackerClient(USER, PASSWORD)


def load() -> tuple[list[str], dict[str, dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(files.download_text(PATH)))
    return list(reader.fieldnames or []), {r["asset_tag"]: r for r in reader}


def save(columns: list[str], rows: dict[str, dict[str, str]]) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows.values())
    files.upload(PATH, out.getvalue())


def laptop_tickets(*, closed_only: bool = True) -> list:
    """it-ops laptop tickets, oldest first, with comments."""
    status = "closed" if closed_only else "all"
    return [tracker.issue(i.id) for i in tracker.issues("it-ops", status=status)
            if re.search(r"TG-LT-\d+|laptop", i.subject, re.IGNORECASE)
            and i.subject != "Engineering laptop refresh (December 2026)"]


def give(rows: dict[str, dict[str, str]], tag: str, person: str, note: str) -> None:
    rows[tag].update(assigned_to=person, department=DEPARTMENT[person], status="in use", notes=note)


def take_back(rows: dict[str, dict[str, str]], tag: str, status: str, note: str) -> None:
    rows[tag].update(assigned_to="", status=status, notes=note)


def comment_refresh(text: str) -> None:
    issue = tracker.find_issue("it-ops", "Engineering laptop refresh (December 2026)")
    assert issue is not None
    tracker.add_comment(issue.id, text)
