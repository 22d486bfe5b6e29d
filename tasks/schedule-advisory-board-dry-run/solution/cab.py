"""Shared helper of the partial/alt/wrong/game solutions (imported from python_default): asking the presenters,
reading their answers, writing the wiki page and confirming the slot."""

from __future__ import annotations

import os
import sys
import time

sys.path.insert(0, "/utils")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from read_reply import read

from grading.clients.chat import login
from grading.clients.tracker import TrackerClient

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
SLOTS = ["Mon 12-07 13:00", "Tue 12-08 14:00", "Wed 12-09 10:00", "Wed 12-09 13:30", "Thu 12-10 11:00",
         "Fri 12-11 10:00"]
PEOPLE = {"priya.natarajan": "Priya", "elena.popescu": "Elena", "omar.haddad": "Omar"}


def ask(question: dict[str, str], wait: float = 90) -> dict[str, str]:
    """Send each person their question; return each person's answer (empty when none came)."""
    answers: dict[str, str] = {}
    with login(USER, PASSWORD) as chat:
        started = time.time()
        for username, text in question.items():
            chat.send_direct_message(username, text)
        for username in question:
            deadline = time.time() + wait
            answer = ""
            while time.time() < deadline and not answer:
                time.sleep(2)
                answer = "\n".join(m.body for m in chat.direct_messages(username)
                                   if m.sender == username and m.timestamp.timestamp() >= started - 5)
            answers[username] = answer
            print(username, "->", answer)
    return answers


def available(answer: str) -> set[str]:
    return {slot for slot, ok in read(answer, SLOTS).items() if ok}


def tell(messages: dict[str, str]) -> None:
    with login(USER, PASSWORD) as chat:
        for username, text in messages.items():
            chat.send_direct_message(username, text)


def page(text: str) -> None:
    TrackerClient(USER, PASSWORD).save_wiki_page("fieldday", "CAB_Dry_Run_2026-12", text, comment="CAB dry run")
