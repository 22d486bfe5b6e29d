"""Shared helper of the partial/alt/wrong/game solutions (run with python_default): sends the text of FILE (every
"{id:SUBJECT-START}" replaced by that 4.13 ticket's number from the tracker) to Margaret as a direct message.
Usage: send_status.py FILE [USER ...]  (default recipient: margaret.okafor)."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

sys.path.insert(0, "/utils")
from grading.clients.chat import login
from grading.clients.tracker import TrackerClient

user, password = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
text = Path(sys.argv[1]).read_text().strip()
if "{id:" in text:
    issues = TrackerClient(user, password).issues("fieldday", status="all")
    text = re.sub(r"\{id:([^}]+)\}", lambda m: str(next(i.id for i in issues if i.subject.startswith(m.group(1)))),
                  text)
with login(user, password) as chat:
    for recipient in sys.argv[2:] or ["margaret.okafor"]:
        chat.send_direct_message(recipient, text)
print(text)
