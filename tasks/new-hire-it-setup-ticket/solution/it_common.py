"""Shared helper for the solutions (python_default): file the parent ticket and subtasks, relate, comment, DM."""

import os
import sys
from datetime import date

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.tracker import TrackerClient

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
NAME, START, DUE = "Lucia Romero", date(2026, 12, 14), date(2026, 12, 11)  # Fri before Mon 12-14
ITEMS = ["Accounts (chat, tracker, file server)", "Email address", "Bitwarden seat",
         "Laptop, standard profile (14-inch, 16 GB)", "Door badge", "VPN profile"]
tracker = TrackerClient(USER, PASSWORD)


def onboarding_id() -> int:
    return next(i for i in tracker.issues("people-ops") if NAME in i.subject).id


def seats_id() -> int:
    return next(i for i in tracker.issues("it-ops") if "Bitwarden seats" in i.subject).id


def parent(due: date = DUE, subject: str = f"IT setup: {NAME} (start {START})") -> int:
    created = tracker.create_issue(
        "it-ops", subject,
        f"New hire: {NAME}, Customer Success Specialist (Sales & Customer Success).\n"
        f"Manager: Hannah Brooks. Location: Omaha, NE, hybrid (Lincoln office Tue-Thu). Start: {START}.",
        tracker="Support", priority="Normal", assignee="felix.wagner", due_date=due)
    return created.id


def child(parent_id: int, subject: str, due: date = DUE) -> int:
    created = tracker._request("POST", "/issues.json", body={"issue": {
        "project_id": "it-ops", "tracker_id": tracker._named_id("trackers", "Support"), "subject": subject,
        "parent_issue_id": parent_id, "assigned_to_id": tracker.user_id("felix.wagner"),
        "due_date": due.isoformat(), "description": f"For {NAME}, starting {START}."}})
    return int(created["issue"]["id"])


def relate(issue_id: int, other_id: int, relation: str) -> None:
    """``relation`` as Redmine stores it from ``issue_id``'s side: "blocked" = issue_id is blocked by other_id."""
    tracker._request("POST", f"/issues/{issue_id}/relations.json",
                     body={"relation": {"issue_to_id": other_id, "relation_type": relation}})


def comment_onboarding(text: str) -> None:
    tracker.add_comment(onboarding_id(), text)


def tell_felix(text: str) -> None:
    with login(USER, PASSWORD) as chat:
        chat.send_direct_message("felix.wagner", text)
