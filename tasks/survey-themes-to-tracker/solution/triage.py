"""Shared by this task's non-reference solutions (imported, not run): theme counts from the raw export, tracker
look-ups, new features, comments and the wiki page. Same interfaces as an examinee: file share HTTP, tracker
REST."""

from __future__ import annotations

import csv
import io
import os
import re

import requests

HOST = "tallgrass.test"
TRACKER = f"http://{HOST}:3000"
FILES = f"http://{HOST}:3923"
PROJECT = "fieldday"

http = requests.Session()
http.auth = (os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"])
http.trust_env = False

PATTERNS = {"csv": r"csv", "crash": r"crash", "support": r"support answered", "spanish": r"spanish",
            "ledgerlite": r"ledgerlite", "keyboard": r"keyboard", "pricing": r"expensive",
            "board": r"board is much faster", "postal": r"canadian|postal", "onboarding": r"onboarding",
            "slot": r"slot picker|last hour", "recurring": r"recurring"}
EXISTING = {"csv": "Greenway Plumbing: monthly schedule export to CSV is empty",
            "keyboard": "Dispatcher board: keyboard focus lost after drag-and-drop",
            "postal": "Intake API: accept Canadian postal codes",
            "slot": "Slot finder never offers the last slot of a shift",
            "crash": "Offline sync crashes when a job has no street address",
            "recurring": "Recurring maintenance visits"}


def counts(*, by: str = "respondent", whole_comment: bool = True) -> dict[str, int]:
    """Theme -> how many respondents (first submission per response_id) or rows mention it; with
    ``whole_comment=False`` only a comment's first line is read (misses the multi-line comment's second theme)."""
    raw = http.get(f"{FILES}/Data/raw/customer_survey_2026.csv")
    raw.raise_for_status()
    rows = list(csv.DictReader(io.StringIO(raw.content.decode("utf-8"))))
    if by == "respondent":
        first: dict[str, dict[str, str]] = {}
        for row in rows:
            first.setdefault(row["response_id"], row)
        rows = list(first.values())
    texts = [r["comment"] if whole_comment else r["comment"].split("\n")[0] for r in rows]
    return {theme: sum(1 for t in texts if re.search(p, t, re.I)) for theme, p in PATTERNS.items()}


def issue_ids() -> dict[str, int]:
    issues = http.get(f"{TRACKER}/issues.json", params={"project_id": PROJECT, "status_id": "*",
                                                          "limit": 100}).json()["issues"]
    by_subject = {i["subject"]: i["id"] for i in issues}
    return {theme: by_subject[subject] for theme, subject in EXISTING.items()}


def open_issue_ids() -> list[int]:
    issues = http.get(f"{TRACKER}/issues.json", params={"project_id": PROJECT, "status_id": "open",
                                                          "limit": 100}).json()["issues"]
    return [i["id"] for i in issues]


def create_feature(subject: str, description: str, priority: str) -> int:
    trackers = {t["name"]: t["id"] for t in http.get(f"{TRACKER}/trackers.json").json()["trackers"]}
    priorities = {p["name"]: p["id"] for p in
                  http.get(f"{TRACKER}/enumerations/issue_priorities.json").json()["issue_priorities"]}
    versions = {v["name"]: v["id"] for v in
                http.get(f"{TRACKER}/projects/{PROJECT}/versions.json").json()["versions"]}
    created = http.post(f"{TRACKER}/issues.json", json={"issue": {
        "project_id": PROJECT, "tracker_id": trackers["Feature"], "subject": subject, "description": description,
        "priority_id": priorities[priority], "fixed_version_id": versions["5.0"]}})
    created.raise_for_status()
    return int(created.json()["issue"]["id"])


def comment(issue_id: int, text: str) -> None:
    http.put(f"{TRACKER}/issues/{issue_id}.json", json={"issue": {"notes": text}}).raise_for_status()


def save_wiki(text: str) -> None:
    http.put(f"{TRACKER}/projects/{PROJECT}/wiki/Customer_Survey_2026.json",
             json={"wiki_page": {"text": text, "comments": "Survey 2026 triage"}}).raise_for_status()
