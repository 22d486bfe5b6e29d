"""Setup: the key rotation bug, its fix without a test, the ticket, and Aisha's request to Kai.

Tomas's refactor (2026-11-10) made rotate() reset the expiry of every key of the customer, so rotating twice
kept the first key alive until 24 hours after the second rotation; Aisha's fix (2026-11-13) came without a test.
Pushes with the administrator's login (commit authors from GIT_AUTHOR_*), files the ticket as Omar, comments
as Aisha and sends Aisha's DM through the administrator (grading.credentials: injected into init only).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.git import GitClient
from grading.clients.tracker import TrackerClient
from grading.credentials import admin

DATA = Path("/utils/task/data")
SUBJECT = "Intake API: rotating a key twice keeps the first key alive"
DESCRIPTION = """\
Reported by Bright Pixel's security review on 2026-11-12.

**Steps to reproduce**

1. Customer has API key `K1`. Rotate at 09:00 on day 1: `K1` must stop working at 09:00 on day 2.
2. Rotate again at 15:00 on day 1 (they got the first new key wrong).
3. Call the API with `K1` at 10:00 on day 2.

**Expected:** 401, `K1` expired at 09:00 on day 2 (24 hours after the rotation that replaced it).

**Actual:** 200. The second rotation pushed `K1`'s expiry to 15:00 on day 2. Rotating again and again keeps a
leaked key alive forever.

Since intake-api main of 2026-11-10 ("Let admins list a customer's keys; simplify rotation"); the June version was fine.
"""
TOMAS = ("Tomas Lindqvist", "tomas.lindqvist@tallgrass.test", "2026-11-10T15:20:00-06:00",
         "Let admins list a customer's keys; simplify rotation\n\n"
         "KeyRing.keys_of() lists a customer's keys for the upcoming admin endpoint; rotate() uses it.\n")
AISHA = ("Aisha Bello", "aisha.bello@tallgrass.test", "2026-11-13T11:05:00-06:00",
         "Never extend an expiring key when rotating again (#{issue})\n\n"
         "A second rotation within the grace period reset the expiry of the first old key, so it stayed\n"
         "valid until 24 hours after the second rotation. Keys that already expire keep their expiry.\n"
         "Regression test to follow (partner deadline).\n")
FIX_COMMENT = ("Fixed on intake-api main (\"Never extend an expiring key when rotating again\"); the bug came in "
               "with the keys_of refactor on 11-10. I had to ship it without a regression test because of the "
               "partner deadline. Asking Kai to add one.")
REQUEST = (
    "Hi Kai! Priya said you could help me out 🙂 Last week I fixed the key rotation bug in intake-api (fieldday "
    "ticket #{issue}, \"Intake API: rotating a key twice keeps the first key alive\") but had to ship it without a "
    "regression test. Could you write one? It has to fail on Tomas's version from 11-10 (commit \"Let admins list a "
    "customer's keys; simplify rotation\") and pass on main. Please test the behaviour only through KeyRing's "
    "public methods (add, lookup, rotate, keys_of, parse), never through _keys: I'm about to change how keys are "
    "stored. Don't touch the code itself. Push it on a new branch and send me the branch name here, I'll review "
    "and merge it. Thanks!!"
)


def _run(args: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> None:
    base = {k: v for k, v in os.environ.items() if k.lower() not in {"http_proxy", "https_proxy", "all_proxy"}}
    subprocess.run(args, cwd=cwd, check=True, env={**base, "GIT_TERMINAL_PROMPT": "0", **(env or {})})


def _commit(work: Path, who: tuple[str, str, str, str], source: str) -> None:
    name, email, when, message = who
    shutil.copyfile(DATA / source, work / "intake_api" / "auth.py")
    ident = {"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_AUTHOR_DATE": when,
             "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email, "GIT_COMMITTER_DATE": when}
    _run(["git", "commit", "-q", "-a", "-m", message], cwd=work, env=ident)


def push_commits(issue: int) -> None:
    url = GitClient(*admin()).clone_url("intake-api", with_credentials=True)
    work = Path(tempfile.mkdtemp()) / "intake-api"
    try:
        _run(["git", "clone", "-q", url, str(work)])
        _commit(work, TOMAS, "auth_tomas.py")
        name, email, when, message = AISHA
        _commit(work, (name, email, when, message.format(issue=issue)), "auth_aisha.py")
        _run(["git", "push", "-q", "origin", "main"], cwd=work)
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)


def main() -> None:
    tracker = TrackerClient(*admin(), act_as="omar.haddad")
    issue = tracker.create_issue("fieldday", SUBJECT, DESCRIPTION, tracker="Bug", priority="Urgent",
                                 assignee="aisha.bello", version="4.13", start_date=date(2026, 11, 12),
                                 due_date=date(2026, 11, 13))
    push_commits(issue.id)
    TrackerClient(*admin(), act_as="aisha.bello").update_issue(issue.id, status="Closed", done_ratio=100,
                                                               comment=FIX_COMMENT)
    with login(*admin()) as felix, felix.act_as("aisha.bello") as chat:
        chat.send_direct_message("kai.morgan", REQUEST.format(issue=issue.id))
    Path(__file__).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
