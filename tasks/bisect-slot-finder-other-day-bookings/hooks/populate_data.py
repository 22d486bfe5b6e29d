"""Setup: six more commits on dispatch-core's main (2026-11-13..19), then Sofia's bug report as a DM to Kai.

The third, Daniel's "Work out travel buffers once per zone" (2026-11-16), rewrites ``free_intervals()`` for calls
with a ``job_zone`` (every ``find_slots()`` call): it keeps the technician filter but drops the day filter that
``booked()`` applied, so a technician's appointments on other days block the same hours of the day searched. Its
message says "No change in behaviour"; the other five are correct (two touch travel times and day handling, the
obvious suspects). Files of each commit come from ``data/commits/N``; pushes use the administrator's login, the
authors and dates come from GIT_AUTHOR_*/GIT_COMMITTER_*. Sofia speaks through the administrator's chat login.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.git import GitClient
from grading.credentials import admin

DATA = Path("/utils/task/data/commits")
COMMITS = [
    ("Aisha Bello", "aisha.bello", "2026-11-13T09:50:00-06:00",
     "Let weekly_shifts take a list of days\n\nPart-time technicians work e.g. Monday, Wednesday and Friday; "
     "weekly_shifts() now takes\ncomma-separated days and ranges (\"mon,wed,fri\", \"mon-tue,sat\").\n"),
    ("Tomas Lindqvist", "tomas.lindqvist", "2026-11-13T15:35:00-06:00",
     "Use measured drive times between zones\n\nNorth-south and central-airport take longer than the 30-minute "
     "default; the dispatch team\nmeasured them from October's GPS logs. travel_minutes() uses this table unless "
     "the caller\npasses its own.\n"),
    ("Daniel Reyes", "daniel.reyes", "2026-11-16T11:20:00-06:00",
     "Work out travel buffers once per zone\n\nThe dispatcher board calls find_slots() for 40+ technicians on every "
     "drag. The buffer only\ndepends on the two zones, so free_intervals() now looks it up once per zone instead of "
     "once\nper appointment. subtract() merges and sorts the blocked intervals itself, so the sorted copy\nfrom "
     "booked() is skipped on this path. No change in behaviour.\n"),
    ("Sofia Alvarez", "sofia.alvarez", "2026-11-17T10:10:00-06:00",
     "Add scheduler tests for busy mornings and job order\n\nFrom the 4.13 test plan: a fully booked morning moves "
     "new jobs after the travel buffer, and\nthe longest job of a priority is placed first.\n"),
    ("Tomas Lindqvist", "tomas.lindqvist", "2026-11-18T16:45:00-06:00",
     "Skip technicians who are off that day before looking for slots\n\nfind_slots() now checks the shift first "
     "instead of computing an empty free time for every\ntechnician with a day off (half the roster on Saturdays).\n"),
    ("Marcus Webb", "marcus.webb", "2026-11-19T09:15:00-06:00", "Run CI on Python 3.12\n"),
]

REPORT = (
    "Hi Kai! Priya said you could take this one, Tomas and Daniel are both at the partner workshop today. "
    "In my 4.13 regression run on this morning's dispatch-core main, the slot finder tells me Ana Ruiz "
    "(t-ana, HVAC, 08:00-16:00 Mon-Fri) has nothing free on Tuesday 2026-11-24 before 12:15, although her "
    "Tuesday is completely empty. The only booking she has that week is a 09:00-12:00 job on Monday 2026-11-23 "
    "(central zone). Asking find_slots() for a 60-minute central HVAC job on Tuesday, with that week's "
    "appointments passed in, gives 12:15 as the first slot; it should be 08:00. The same check was fine on main "
    "from November 12 (my regression-test commit). Could you find the commit that broke it, file a bug for it "
    "in the FieldDay tracker with the repro and the offending commit so Tomas or Daniel can pick it up, and "
    "keep me in the loop on the ticket? Reply here with the ticket number when it's in. Thanks!"
)


def _git(args: list[str], cwd: Path, author: tuple[str, str, str] | None = None) -> None:
    env = {k: v for k, v in os.environ.items() if k.lower() not in {"http_proxy", "https_proxy", "all_proxy"}}
    env["GIT_TERMINAL_PROMPT"] = "0"
    if author is not None:
        name, user, when = author
        env.update({"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": f"{user}@tallgrass.test", "GIT_AUTHOR_DATE": when,
                    "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": f"{user}@tallgrass.test",
                    "GIT_COMMITTER_DATE": when})
    subprocess.run(["git", *args], cwd=cwd, check=True, env=env, capture_output=True, text=True)


def push_history() -> None:
    url = GitClient(*admin()).clone_url("dispatch-core", with_credentials=True)
    work = Path(tempfile.mkdtemp()) / "dispatch-core"
    try:
        _git(["clone", "-q", url, str(work)], cwd=work.parent)
        for number, (name, user, when, message) in enumerate(COMMITS, start=1):
            source = DATA / str(number)
            for path in sorted(p for p in source.rglob("*") if p.is_file()):
                target = work / path.relative_to(source)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, target)
            _git(["add", "-A"], cwd=work)
            _git(["commit", "-q", "-m", message], cwd=work, author=(name, user, when))
        _git(["push", "-q", "origin", "main"], cwd=work)
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)


def main() -> None:
    push_history()
    with login(*admin()) as felix, felix.act_as("sofia.alvarez") as chat:
        chat.send_direct_message("kai.morgan", REPORT)
    Path(__file__).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
