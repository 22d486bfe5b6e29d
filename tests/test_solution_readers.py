"""Reference solutions read colleagues' facts in any phrasing: each colleague task's reply reader gets the
right values from faithful replies in four phrasings, from the plain-facts fallback and from the scripted
offline replies (host only, no Docker)."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from types import ModuleType
from typing import Any

import pytest
from conftest import REPO
from fakellm import STYLES, colleague_reply
from test_colleagues import CASES, prompt

from harness.task.scenarios import ColleagueScenario

SLOTS = ["Mon 12-07 13:00", "Tue 12-08 14:00", "Wed 12-09 10:00", "Wed 12-09 13:30", "Thu 12-10 11:00",
         "Fri 12-11 10:00"]
MEMBERS = {"tomas", "aisha", "felix", "priya", "marcus", "kai", "omar", "hannah", "elena", "maya"}


def reader(task: str) -> ModuleType:
    path = REPO / "tasks" / task / "solution" / "read_reply.py"
    spec = importlib.util.spec_from_file_location(f"reader_{task.replace('-', '_')}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def no_slots(*bad: str) -> dict[str, bool]:
    return {s: s not in bad for s in SLOTS}


READ: dict[tuple[str, str], tuple[Any, Any]] = {
    ("audit-marcus-expense-report", "marcus.webb"): (lambda m, t: m.read(t), {"declarations_used_up": True}),
    ("draft-intern-offer-letter", "elena.popescu"): (
        lambda m, t: m.read(t, ["Noah Whitaker", "Lucia Brandt"]),
        {"name": "Lucia Brandt", "rate": "23.50", "hours": "16", "start": "2027-01-19", "end": "2027-05-07"}),
    ("file-4-12-retro-action-items", "priya.natarajan"): (
        lambda m, t: (m.decision(t, m.RUNBOOK, m.KNOWN), m.decision(t, m.KNOWN, m.RUNBOOK)),
        (("Tomas", date(2026, 12, 1)), ("Omar", date(2026, 11, 24)))),
    ("groundcount-canadian-regions", "maya.johnson"): (lambda m, t: m.read(t),
                                                       {"Man.": "MB", "Sask.": "SK", "Ont.": "ON"}),
    ("groundcount-production-min-group", "maya.johnson"): (lambda m, t: m.read(t), 5),
    ("groundcount-max-lead-days", "elena.popescu"): (lambda m, t: m.read(t), (60, True)),
    ("groundcount-weekly-kpi-post", "elena.popescu"): (lambda m, t: m.read(t),
                                                       {"threshold": 3.0, "excluded": ["landscaping"]}),
    ("intake-api-canadian-postcodes", "aisha.bello"): (lambda m, t: m.missing(t), []),
    ("reassign-overdue-tickets-during-leave", "marcus.webb"): (
        lambda m, t: {k: m.owner(t, k, MEMBERS, {"marcus", "kai"}) for k in ("runner", "postmortem")},
        {"runner": "tomas", "postmortem": "aisha"}),
    ("schedule-advisory-board-dry-run", "priya.natarajan"): (
        lambda m, t: m.read(t, SLOTS), no_slots("Mon 12-07 13:00", "Tue 12-08 14:00")),
    ("schedule-advisory-board-dry-run", "elena.popescu"): (
        lambda m, t: m.read(t, SLOTS), no_slots("Wed 12-09 13:30", "Fri 12-11 10:00")),
    ("schedule-advisory-board-dry-run", "omar.haddad"): (lambda m, t: m.read(t, SLOTS), no_slots("Thu 12-10 11:00")),
}
SCENARIO = {(t, c.username): c for t, c in CASES}

# replies a real model wrote, or might: reordered, chatty, in other words
EXTRA = {
    ("groundcount-production-min-group", "maya.johnson"): [
        "Hey! Staging uses --min-group 2 for debugging, but prod (the nightly cron) uses a minimum group size of "
        "five since the privacy review in October.",
        "it's 5 in production. (staging is 2, don't copy that one)",
    ],
    ("groundcount-max-lead-days", "elena.popescu"): [
        "Raj's 90 is too high, spring tune-ups are booked 70 to 150 days ahead. Default cutoff: 60 days, and a job "
        "at exactly 60 days is kept; 61 or more gets dropped.",
        "Go with a default of 60 days. Exactly 60 is still counted, only more than that is cut.",
    ],
    ("file-4-12-retro-action-items", "priya.natarajan"): [
        "Tomas will own the runbook, please set Dec 1 as the due date. Omar's note should go out Nov 24.",
        "runbook -> Tomas (Marcus is away 11/23-12/4), due 12/1\nknown issues note -> Omar, due 11/24",
    ],
    ("groundcount-weekly-kpi-post", "elena.popescu"): [
        "Sure! Take the jobs (not groups) in groups with a median lead time of at least 3 days, divided by all "
        "jobs; leave landscaping out of both. One decimal, previous week next to it.",
    ],
    ("draft-intern-offer-letter", "elena.popescu"): [
        "Noah was great too, but he wants a full-time role, so I went with Lucia Brandt. $23.50/hour, 16 hrs a "
        "week, Jan 19 to May 7 (2027), Tuesdays and Thursdays in Lincoln.",
    ],
    ("reassign-overdue-tickets-during-leave", "marcus.webb"): [
        "tomas should take the ci runners and aisha the postmortem actions. k8s stays with me.",
    ],
    ("schedule-advisory-board-dry-run", "omar.haddad"): [
        "Thursday is out for me (conference in Kansas City), everything else works!",
    ],
    ("schedule-advisory-board-dry-run", "elena.popescu"): [
        "Hi Kai! Wednesday at 1:30 pm doesn't work (calibration session), and on Friday the 11th I'm lecturing "
        "until noon. Mon 12-07, Tue 12-08, Wed 12-09 at 10am and Thu 12-10 are all fine.",
    ],
}


def replies(key: tuple[str, str], scenario: ColleagueScenario) -> list[tuple[str, str]]:
    system = prompt(scenario)
    found = [(style, colleague_reply(system, style)) for style in STYLES]
    found.append(("plain facts", "\n".join(f.statement for f in scenario.facts)))
    found.append(("scripted offline reply", scenario.offline_replies[0].reply))
    found += [(f"extra {i}", text) for i, text in enumerate(EXTRA.get(key, []))]
    return found


@pytest.mark.parametrize("key", list(READ), ids=[f"{t}:{u}" for t, u in READ])
def test_reader_gets_the_facts_in_every_phrasing(key: tuple[str, str]):
    call, expected = READ[key]
    module = reader(key[0])
    for label, text in replies(key, SCENARIO[key]):
        assert call(module, text) == expected, (label, text)
