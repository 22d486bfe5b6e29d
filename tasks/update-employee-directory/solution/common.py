"""Shared helper for the solutions (python3, no /utils): files over WebDAV and the tracker's REST API."""

import csv
import io
import os

import requests

FILES = "http://tallgrass.test:3923"
TRACKER = "http://tallgrass.test:3000"
AUTH = (os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"])
DIRECTORY = "HR/Employee_Directory.csv"
ORG_CHART = "Documents/Org_Chart.md"
SUBJECT = "Employee directory: December changes (new hire, title change)"


def download(path: str) -> str:
    response = requests.get(f"{FILES}/{path}", auth=AUTH, timeout=30)
    response.raise_for_status()
    return response.content.decode("utf-8")


def upload(path: str, text: str) -> None:
    requests.put(f"{FILES}/{path}", data=text.encode("utf-8"), auth=AUTH, timeout=30).raise_for_status()


def directory() -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(download(DIRECTORY)))
    return list(reader.fieldnames or []), list(reader)


def write_directory(fields: list[str], rows: list[dict[str, str]], **options) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, **{"lineterminator": "\n", **options})
    writer.writeheader()
    writer.writerows(rows)
    upload(DIRECTORY, out.getvalue())


def ticket() -> dict:
    issues = requests.get(f"{TRACKER}/issues.json", params={"project_id": "people-ops", "status_id": "*"},
                          auth=AUTH, timeout=30).json()["issues"]
    return next(i for i in issues if i["subject"] == SUBJECT)


def close_ticket(status: str, note: str) -> None:
    statuses = requests.get(f"{TRACKER}/issue_statuses.json", auth=AUTH, timeout=30).json()["issue_statuses"]
    status_id = next(s["id"] for s in statuses if s["name"] == status)
    requests.put(f"{TRACKER}/issues/{ticket()['id']}.json", json={"issue": {"status_id": status_id, "notes": note}},
                 auth=AUTH, timeout=30).raise_for_status()


THEO = {"full_name": "Theo Nakamura", "username": "theo.nakamura", "email": "theo.nakamura@tallgrass.test",
        "department": "Admin", "title": "IT Support Technician", "manager": "Felix Wagner",
        "location": "Lincoln, NE (office)", "start_date": "2026-12-07", "phone": "+1 402 555 0224"}


def next_id(rows: list[dict[str, str]]) -> str:
    return f"TG-{max(int(r['employee_id'].split('-')[1]) for r in rows) + 1:04d}"


def updated_rows(rows: list[dict[str, str]], **theo_changes: str) -> list[dict[str, str]]:
    """The directory with Sofia promoted and Theo appended (fields overridable)."""
    for row in rows:
        if row["full_name"] == "Sofia Alvarez":
            row["title"] = "QA Lead"
    return [*rows, {"employee_id": next_id(rows), **THEO, **theo_changes}]
