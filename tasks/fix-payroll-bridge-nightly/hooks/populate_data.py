"""Setup: the payroll-bridge repository (new; three seeded commits, the middle one breaks Sunday weeks), last
night's CI log on the file server, and Marcus's FieldDay ticket about the red nightly.

Commits: Aisha's "Start payroll-bridge" (2026-09-14, correct: weeks run Sunday to Saturday), Tomas's "Use
isocalendar for payroll weeks" (2026-11-23, the bug: a Sunday lands in the week before) and Aisha's "Add the
export format to the README" (2026-11-24, the seeded head the nightly ran on and every branch is compared with).
The log names the head and the last green commit with their real ids. Pushes with the administrator's login,
authors from GIT_AUTHOR_*; the ticket is filed as Marcus.
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
REPO = "payroll-bridge"
LOG_PATH = "Engineering/CI/nightly-2026-11-25/payroll-bridge.log"
SUBJECT = "Nightly: payroll-bridge tests red since 2026-11-24"
DESCRIPTION = f"""\
The payroll-bridge nightly has failed two nights in a row (#411 on 2026-11-24 and #412 on 2026-11-25): the
test step is red, so the export dry run is skipped. Not the runner this time, the other pipelines on
ci-runner-1 are green.

Log of last night: `{LOG_PATH}` on the file server.

Finance sends the payroll export on Friday 2026-11-27, so this needs a fix before then. Whoever picks this
up: put the cause here (what broke it and where) and the branch with the fix.
"""
AISHA = ("Aisha Bello", "aisha.bello@tallgrass.test")
TOMAS = ("Tomas Lindqvist", "tomas.lindqvist@tallgrass.test")
CORRECT = "    return day - timedelta(days=(day.weekday() + 1) % 7)\n"


def _git(args: list[str], cwd: Path, who: tuple[str, str] | None = None, when: str = "") -> str:
    env = {k: v for k, v in os.environ.items() if k.lower() not in {"http_proxy", "https_proxy", "all_proxy"}}
    env["GIT_TERMINAL_PROMPT"] = "0"
    if who is not None:
        env.update({"GIT_AUTHOR_NAME": who[0], "GIT_AUTHOR_EMAIL": who[1], "GIT_COMMITTER_NAME": who[0],
                    "GIT_COMMITTER_EMAIL": who[1], "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when})
    return subprocess.run(["git", *args], cwd=cwd, check=True, env=env, capture_output=True, text=True).stdout


def push_repository() -> dict[str, str]:
    """Create and push the repository; the ids the log names (head, its subject, last green)."""
    gitc = GitClient(*admin())
    gitc.create_repo(REPO, "FieldDay time entries -> the payroll provider's weekly hours file")
    work = Path(tempfile.mkdtemp()) / REPO
    try:
        shutil.copytree(DATA / REPO, work, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        _git(["init", "-q", "-b", "main"], work)
        _git(["add", "-A"], work)
        _git(["commit", "-q", "-m", "Start payroll-bridge\n\nWeekly regular and overtime hours per technician "
              "from FieldDay time entries,\nin the payroll provider's format.\n"], work, AISHA,
             "2026-09-14T10:00:00-05:00")
        green = _git(["rev-parse", "HEAD"], work).strip()
        weeks = work / "bridge" / "weeks.py"
        text = weeks.read_text(encoding="utf-8")
        weeks.write_text(text.replace(CORRECT, (DATA / "weeks-isocalendar.txt").read_text(encoding="utf-8")),
                         encoding="utf-8")
        _git(["commit", "-q", "-am", "Use isocalendar for payroll weeks\n\nSimpler than the weekday arithmetic, "
              "and isocalendar knows about year boundaries.\n"], work, TOMAS, "2026-11-23T16:10:00-06:00")
        with (work / "README.md").open("a", encoding="utf-8") as fh:
            fh.write((DATA / "README-export-format.md").read_text(encoding="utf-8"))
        head_subject = "Add the export format to the README"
        _git(["commit", "-q", "-am", head_subject], work, AISHA, "2026-11-24T09:30:00-06:00")
        head = _git(["rev-parse", "HEAD"], work).strip()
        _git(["push", "-q", gitc.clone_url(REPO, with_credentials=True), "main"], work)
        return {"{HEAD}": head, "{HEAD_SUBJECT}": head_subject, "{GREEN}": green}
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)


def main() -> None:
    if not GitClient(*admin()).exists(REPO):
        log = (DATA / "nightly-2026-11-25-payroll-bridge.log").read_text(encoding="utf-8")
        for key, value in push_repository().items():
            log = log.replace(key, value)
        FilesClient(*admin()).upload(LOG_PATH, log)
    marcus = TrackerClient(*admin(), act_as="marcus.webb")
    if marcus.find_issue("fieldday", SUBJECT) is None:
        marcus.create_issue("fieldday", SUBJECT, DESCRIPTION, tracker="Bug", status="New", priority="Urgent",
                            start_date=date(2026, 11, 25), due_date=date(2026, 11, 27))
    Path(__file__).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
