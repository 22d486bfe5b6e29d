"""Setup: Aisha's evening-date fix (which brought in pytz) on intake-api main, and Marcus's ticket to drop pytz.

Files the closed evening bug as Omar and the pytz ticket as Marcus, pushes Aisha's commit (localtime.py on pytz,
requirements.txt, Dockerfile, Makefile, pyproject dependency, tests, CHANGELOG.md) with the administrator's login
(author from GIT_AUTHOR_*) (grading.credentials: injected into init only).
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

from grading.clients.git import GitClient
from grading.clients.tracker import TrackerClient
from grading.credentials import admin

DATA = Path("/utils/task/data/aisha")
EVENING = "Intake API rejects same-day requests sent in the evening"
EVENING_TEXT = ("Bright Pixel: a same-day request sent at 7:40 pm Central got 400 \"must be between today and 90 days "
                "ahead\"; the API compared with the UTC date.")
TICKET = "intake-api: replace pytz with the standard library's zoneinfo"
TICKET_TEXT = """\
The evening-date fix brought pytz into intake-api (`intake_api/localtime.py`, requirements.txt, Dockerfile,
Makefile, pyproject.toml). pytz is in maintenance mode, and the hardened base image that comes with 4.13
(`tallgrass/python:3.11-hardened`) can't pip install at build time, so intake-api must go back to zero runtime
dependencies.

- Use `zoneinfo` (Python 3.9+) instead of pytz; behaviour must stay exactly the same, daylight saving included.
- Remove pytz from every place that installs or declares it.
- Changelog entry under Unreleased, with this ticket.
"""
MESSAGE = ("Validate preferred_date against the customer's local date (#{evening})\n\n"
           "Same-day requests sent in the evening were rejected because the API compared with the UTC date.\n"
           "The time zone comes from the ZIP code (Mountain for our western prefixes, Central otherwise).\n"
           "Adds pytz as the first runtime dependency.\n")
FILES = ["intake_api/app.py", "intake_api/localtime.py", "requirements.txt", "Dockerfile", "Makefile",
         "pyproject.toml", "tests/test_localtime.py", "tests/test_api.py", "CHANGELOG.md"]


def _run(args: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> None:
    base = {k: v for k, v in os.environ.items() if k.lower() not in {"http_proxy", "https_proxy", "all_proxy"}}
    subprocess.run(args, cwd=cwd, check=True, env={**base, "GIT_TERMINAL_PROMPT": "0", **(env or {})})


def push_commit(evening: int) -> None:
    url = GitClient(*admin()).clone_url("intake-api", with_credentials=True)
    work = Path(tempfile.mkdtemp()) / "intake-api"
    try:
        _run(["git", "clone", "-q", url, str(work)])
        for name in FILES:
            text = (DATA / name).read_text(encoding="utf-8").replace("{evening}", str(evening))
            (work / name).write_text(text, encoding="utf-8")
        _run(["git", "add", *FILES], cwd=work)
        name, email, when = "Aisha Bello", "aisha.bello@tallgrass.test", "2026-11-18T15:45:00-06:00"
        _run(["git", "commit", "-q", "-m", MESSAGE.format(evening=evening)], cwd=work,
             env={"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_AUTHOR_DATE": when,
                  "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email, "GIT_COMMITTER_DATE": when})
        _run(["git", "push", "-q", "origin", "main"], cwd=work)
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)


def main() -> None:
    omar = TrackerClient(*admin(), act_as="omar.haddad")
    evening = omar.create_issue("fieldday", EVENING, EVENING_TEXT, tracker="Bug", priority="High",
                                assignee="aisha.bello", version="4.13", start_date=date(2026, 11, 18),
                                due_date=date(2026, 11, 18))
    push_commit(evening.id)
    TrackerClient(*admin(), act_as="aisha.bello").update_issue(evening.id, status="Closed", done_ratio=100,
                                                               comment="Fixed on main (localtime.py).")
    TrackerClient(*admin(), act_as="marcus.webb").create_issue(
        "fieldday", TICKET, TICKET_TEXT, tracker="Feature", priority="Normal", version="4.13",
        start_date=date(2026, 11, 19), due_date=date(2026, 11, 27))
    Path(__file__).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
