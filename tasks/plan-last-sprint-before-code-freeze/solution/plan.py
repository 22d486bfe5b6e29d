"""Shared helper of the partial/alt/wrong/game solutions (imported from python_default): the greedy plan and the
actions, so that each solution only says what it does differently."""

from __future__ import annotations

import os
import sys
from datetime import date

sys.path.insert(0, "/utils")
from grading.clients.chat import login
from grading.clients.tracker import Issue, TrackerClient

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
CAPACITY = 90.0
PRIORITY = {"Immediate": 0, "Urgent": 1, "High": 2, "Normal": 3, "Low": 4}
tracker = TrackerClient(USER, PASSWORD)


def remaining(issue: Issue) -> float:
    return (issue.estimated_hours or 0) * (100 - issue.done_ratio) / 100


def plan(stop_at_first_misfit: bool = False) -> tuple[list[Issue], list[Issue], list[Issue], list[Issue], float]:
    """(committed, planned, no room, no estimate, hours used) by the task's greedy rule."""
    open_issues = tracker.issues("fieldday", status="open")
    committed = [i for i in open_issues if i.version == "4.13"]
    used = sum(remaining(i) for i in committed)
    candidates = sorted((i for i in open_issues if i.version is None),
                        key=lambda i: (PRIORITY[i.priority], i.due_date or date.max, i.id))
    planned: list[Issue] = []
    no_room: list[Issue] = []
    no_estimate: list[Issue] = []
    stopped = False
    for issue in candidates:
        if not issue.estimated_hours:
            no_estimate.append(issue)
        elif not stopped and used + issue.estimated_hours <= CAPACITY + 1e-9:
            used += issue.estimated_hours
            planned.append(issue)
        else:
            no_room.append(issue)
            stopped = stop_at_first_misfit
    return committed, planned, no_room, no_estimate, used


def set_versions(issues: list[Issue]) -> None:
    for issue in issues:
        tracker.update_issue(issue.id, version="4.13")


def comment(issues: list[Issue], text: str) -> None:
    for issue in issues:
        tracker.add_comment(issue.id, text)


def post(text: str) -> None:
    with login(USER, PASSWORD) as chat:
        chat.send_message("sprint-planning", text)
    print(text)


def wiki(text: str) -> None:
    tracker.save_wiki_page("fieldday", "Sprint_Planning_2026-11-23", text, comment="Draft for the 11-23 planning")
