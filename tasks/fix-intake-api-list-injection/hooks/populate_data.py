"""Setup: the vulnerable list filters on intake-api's main, the security checklist and past advisories on the file
server, and Marcus's security ticket.

Commit 1 (Tomas, 2026-11-12) adds ``trade`` and ``sort`` to ``GET /v1/jobs``; ``JobStore.list`` pastes both into
the SQL: ``trade`` inside quotes (``x' OR '1'='1`` lists every customer's requests), ``sort`` as the ORDER BY
expression (a ``CASE WHEN (SELECT ...)`` leaks other customers' data one bit at a time). Commit 2 (Ben,
2026-11-16) only adds a changelog. Pushes use the administrator's login (authors from GIT_AUTHOR_*); files are
uploaded with it; the ticket is filed as Marcus.
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

from grading.clients.files import FilesClient
from grading.clients.git import GitClient
from grading.clients.tracker import TrackerClient
from grading.credentials import admin

DATA = Path("/utils/task/data")
COMMITS = [
    ("Tomas Lindqvist", "tomas.lindqvist", "2026-11-12T10:40:00-06:00",
     "Let customers filter job requests by trade and sort them\n\nGET /v1/jobs takes trade= (case-insensitive) and "
     "sort= (created, preferred_date; a leading\n- sorts descending), as Bright Pixel asked for their booking "
     "dashboard. Documented in\ndocs/api.md.\n"),
    ("Ben Kowalski", "ben.kowalski", "2026-11-16T14:05:00-06:00",
     "Add a partner-facing changelog\n"),
]
FILES = {
    "Security_Fix_Checklist.md": "Engineering/Security/Security_Fix_Checklist.md",
    "SA-2026-001.md": "Engineering/Security/Advisories/SA-2026-001.md",
    "SA-2026-002.md": "Engineering/Security/Advisories/SA-2026-002.md",
}
SUBJECT = "Security: GET /v1/jobs returns other customers' job requests"
DESCRIPTION = """\
Bright Pixel's security review of their booking dashboard (report received 2026-11-19, shared with me by
Omar) found that the Intake API's list endpoint can be made to return **other customers'** job requests.
With Greenway Plumbing's API key:

```sh
curl -s -H "X-Api-Key: $GREENWAY_KEY" \\
  "https://intake.fieldday.tallgrass.test/v1/jobs?trade=hvac%27%20OR%20%271%27=%271"
```

returned 212 job requests, among them Prairie Sky HVAC's customers with names, phone numbers and addresses.
`trade` is the parameter they tried; they did not test the others.

This is customer data of other customers: fix it following the security fix checklist
(Engineering/Security on the file server), advisory included. I'll close this ticket once the fix is
merged and deployed.
"""


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
    url = GitClient(*admin()).clone_url("intake-api", with_credentials=True)
    work = Path(tempfile.mkdtemp()) / "intake-api"
    try:
        _git(["clone", "-q", url, str(work)], cwd=work.parent)
        for number, (name, user, when, message) in enumerate(COMMITS, start=1):
            source = DATA / "commits" / str(number)
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
    files = FilesClient(*admin())
    for source, target in FILES.items():
        files.upload(target, (DATA / "files" / source).read_bytes())
    marcus = TrackerClient(*admin(), act_as="marcus.webb")
    if marcus.find_issue("fieldday", SUBJECT) is None:
        marcus.create_issue("fieldday", SUBJECT, DESCRIPTION, tracker="Bug", status="New", priority="Urgent",
                            version="4.13", start_date=date(2026, 11, 20))
    Path(__file__).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
