"""Reference solution (run by solve.sh): ask the three presenters, intersect the slots, write the wiki
meeting note from the template on the file server, confirm the slot to each presenter."""

import os
import sys
import time

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from read_reply import read

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
SLOTS = ["Mon 12-07 13:00", "Tue 12-08 14:00", "Wed 12-09 10:00", "Wed 12-09 13:30", "Thu 12-10 11:00",
         "Fri 12-11 10:00"]
PEOPLE = {"priya.natarajan": "Priya", "elena.popescu": "Elena", "omar.haddad": "Omar"}

template = FilesClient(USER, PASSWORD).download_text("Templates/Meeting_Notes_Template.md")
print(template)

works = set(SLOTS)
with login(USER, PASSWORD) as chat:
    started = time.time()
    for username, first in PEOPLE.items():
        chat.send_direct_message(username, (
            f"Hi {first}, Hannah would like a one-hour dry run of the customer advisory board in the week of "
            "December 7. Which of these slots work for you?\n" + "\n".join(f"- {s}" for s in SLOTS)))
    for username in PEOPLE:
        answer = ""
        deadline = time.time() + 90
        while time.time() < deadline and not answer:
            time.sleep(2)
            answer = "\n".join(m.body for m in chat.direct_messages(username)
                               if m.sender == username and m.timestamp.timestamp() >= started - 5)
        print(username, "->", answer)
        yes = {slot for slot, ok in read(answer, SLOTS).items() if ok}
        if not yes:
            sys.exit(f"no usable answer from {username}")
        works &= yes
    if len(works) != 1:
        sys.exit(f"expected exactly one common slot, got {sorted(works)}")
    slot = works.pop()
    print("common slot:", slot)
    weekday, day, hour = slot.split()

    note = f"""# Customer advisory board dry run - Wednesday 2026-{day}, {hour}, Sideoats

Present: Hannah Brooks, Priya Natarajan, Elena Popescu, Omar Haddad. Notes: Hannah Brooks.
Time: {hour}-11:00 (60 minutes), before the customer advisory board on 2026-12-15 (online).

## Agenda

1. FieldDay 4.13 preview - Priya Natarajan
2. Groundcount Q4 trends - Elena Popescu
3. Partner webhooks and the Intake API - Omar Haddad
4. Recurring maintenance visits for FieldDay 5.0 - Hannah Brooks

## Notes

- Dry run of the advisory board session; timing and slides per presenter.

## Action items

| owner | action | due |
|---|---|---|
| Priya, Elena, Omar | Bring the final slides for the dry run | 2026-{day} |

Next meeting: customer advisory board, Tuesday 2026-12-15 (online).
"""
    TrackerClient(USER, PASSWORD).save_wiki_page("fieldday", "CAB_Dry_Run_2026-12", note,
                                                 comment="Meeting note for the CAB dry run")
    for username, first in PEOPLE.items():
        chat.send_direct_message(username, (
            f"Thanks {first}! The CAB dry run is set for Wednesday 2026-{day} at {hour} (60 min) in Sideoats. "
            "Agenda on the FieldDay wiki page CAB_Dry_Run_2026-12."))
print("done")
