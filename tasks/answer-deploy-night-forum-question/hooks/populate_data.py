"""Setup: the FieldDay "Release planning" forum with Felix's question, and the tickets that hold the answer.

- fieldday: the forums module switched on (admin REST), a board "Release planning" and two topics by Felix
  (the administrator), created through the web forms: Redmine 5.0 has no REST API for boards or messages.
- fieldday: Priya's ticket where the deploy night was decided (Marcus's proposal: upgrade the database the same
  night; Tomas and Hannah object; Priya's decision: deploy Tue 2026-12-08 20:00-21:00 CT, database upgrade Thu
  2026-12-10 21:00-22:00 CT), resolved.
- it-ops: Marcus's older upgrade ticket that still says "right after the deploy" (superseded, left open).
"""

from __future__ import annotations

import re
import sys

import requests

sys.path.insert(0, "/utils")
sys.path.insert(0, "/utils/task/data")

from grading.clients.tracker import TrackerClient
from grading.credentials import admin
from grading.endpoints import Endpoints
from redmine_web import WebSession

PROJECT = "fieldday"
BOARD = "Release planning"
DECOY_TOPIC = ("Staging certificate renewal on 12-01",
               "FYI: the TLS certificate of staging renews on Tuesday 2026-12-01 at 07:00 CT. Expect a minute of "
               "errors on staging around then; production is not affected.\n\nFelix")
TOPIC = ("4.13 deploy night: can I schedule the database upgrade?",
         "Hi FieldDay team,\n\nI'm putting the 4.13 release on the IT maintenance calendar and warning staff about "
         "downtime. When exactly is the production deploy (date and time window)?\n\nMarcus's upgrade ticket in "
         "IT Operations says the PostgreSQL upgrade runs right after the deploy, the same night. Is that still "
         "the plan? If not, which night and time is it now?\n\nThanks,\nFelix")
DECISION = "4.13 production deploy window and the PostgreSQL upgrade"
DECISION_TEXT = ("Pick the night and time window of the 4.13 production deploy, and whether the PostgreSQL 15 -> 16 "
                 "upgrade of the production database (about 45 minutes of downtime) runs the same night.")
COMMENTS = [
    ("marcus.webb", "Proposal: deploy 4.13 on Tuesday 12-08 from 19:00 to 20:00 CT and run the PostgreSQL upgrade "
                    "straight after, at 21:00 the same night, so people get one downtime notice for both."),
    ("tomas.lindqvist", "I'd keep them apart: if something breaks that night we won't know whether it was 4.13 or "
                        "the database. And 19:00 is early, customers in Mountain time still dispatch then."),
    ("hannah.brooks", "Agree with Tomas on a later deploy: customers in Mountain time dispatch until 19:00 CT."),
    ("priya.natarajan", "Decision (agreed with Marcus, Tomas and Hannah): the 4.13 production deploy is Tuesday "
                        "2026-12-08, 20:00-21:00 CT, Marcus runs it. No database work that night. The PostgreSQL "
                        "upgrade moves to Thursday 2026-12-10, 21:00-22:00 CT, after two days of watching 4.13 in "
                        "production. Closing this."),
]
OLD_PLAN = "Upgrade the production PostgreSQL from 15 to 16"
OLD_PLAN_TEXT = ("Minor-version support for PostgreSQL 15 on our managed database ends next year. Plan: upgrade right "
                 "after the FieldDay 4.13 deploy, Tuesday 12-08 at 21:00 CT, about 45 minutes of downtime.")


def enable_forums(base: str) -> None:
    """Add the forums module to the project's modules (the REST API takes the full list)."""
    auth = admin()
    http = requests.Session()
    http.auth = (auth.username, auth.password)
    got = http.get(f"{base}/projects/{PROJECT}.json", params={"include": "enabled_modules"}, timeout=30)
    got.raise_for_status()
    names = [m["name"] for m in got.json()["project"].get("enabled_modules", [])]
    if "boards" not in names:
        put = http.put(f"{base}/projects/{PROJECT}.json", json={"project": {"enabled_module_names": [*names, "boards"]}},
                       timeout=30)
        if put.status_code not in (200, 204):
            raise RuntimeError(f"enabling the forums of {PROJECT} answered HTTP {put.status_code}")


def create_forum(base: str) -> str:
    """The board and Felix's two topics, through the web forms; returns the question's path."""
    web = WebSession(base, *admin())
    web.submit(f"/projects/{PROJECT}/boards/new", f"/projects/{PROJECT}/boards",
               {"board[name]": BOARD, "board[description]": "Questions about FieldDay release dates, deploys and "
                                                             "downtime. The release manager answers here."})
    boards = re.findall(rf'href="/projects/{PROJECT}/boards/(\d+)">([^<]+)<', web.page(f"/projects/{PROJECT}/boards"))
    board = next(b for b, name in boards if name.strip() == BOARD)
    location = ""
    for subject, content in (DECOY_TOPIC, TOPIC):
        location = web.submit(f"/boards/{board}/topics/new", f"/boards/{board}/topics/new",
                              {"message[subject]": subject, "message[content]": content})
    return location


def create_tickets() -> int:
    it_ops = TrackerClient(*admin(), act_as="marcus.webb")
    it_ops.create_issue("it-ops", OLD_PLAN, OLD_PLAN_TEXT, tracker="Support", status="New", assignee="marcus.webb")
    priya = TrackerClient(*admin(), act_as="priya.natarajan")
    issue = priya.create_issue(PROJECT, DECISION, DECISION_TEXT, tracker="Support", assignee="priya.natarajan",
                               version="4.13")
    for who, text in COMMENTS[:-1]:
        TrackerClient(*admin(), act_as=who).add_comment(issue.id, text)
    decided = priya.update_issue(issue.id, status="Resolved", comment=COMMENTS[-1][1])
    if decided.status != "Resolved":
        raise RuntimeError(f"the decision ticket is {decided.status!r}, not Resolved")
    return issue.id


def main() -> None:
    base = Endpoints().url("tracker")
    ticket = create_tickets()
    enable_forums(base)
    where = create_forum(base)
    print(f"populate_data: decision ticket #{ticket}; forum question at {where}")


main()
