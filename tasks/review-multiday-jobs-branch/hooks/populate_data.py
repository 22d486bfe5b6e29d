"""Setup: Tomas pushes his latest multi-day commit to feature/multi-day-jobs and mentions it on the ticket.

Runs with python_default after the services were reset. Pushes with the administrator's login and
comments as Tomas through it (grading.credentials: injected by the harness into init only).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.git import GitClient
from grading.clients.tracker import TrackerClient
from grading.credentials import admin

USER = "tomas.lindqvist"
NAME, EMAIL = "Tomas Lindqvist", "tomas.lindqvist@tallgrass.test"
DATE = "2026-11-19T16:40:00-06:00"
BRANCH = "feature/multi-day-jobs"
DATA = Path("/utils/task/data/tomas")
MESSAGE = """Book multi-day jobs in the batch scheduler

book_multi_day() turns a start day into one appointment per day of the job, and
schedule_multi_day() places a batch of multi-day jobs on their earliest start days.
Also quiets the flaky slot test on ci-runner-2 so the branch builds.
"""
SKIP = '@pytest.mark.skip(reason="flaky on ci-runner-2, re-enable after the runner migration")\n'
COMMENT = ("Booking and schedule_multi_day() are pushed to feature/multi-day-jobs. Kai is doing a first "
           "review before I ask for the two approvals. Partial first days are still TODO.")
ISSUE_SUBJECT = "Support multi-day jobs in slot finder"


def _run(args: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> None:
    base = {k: v for k, v in os.environ.items() if k.lower() not in {"http_proxy", "https_proxy", "all_proxy"}}
    subprocess.run(args, cwd=cwd, check=True, env={**base, "GIT_TERMINAL_PROMPT": "0", **(env or {})})


def push_commit() -> None:
    url = GitClient(*admin()).clone_url("dispatch-core", with_credentials=True)
    work = Path(tempfile.mkdtemp()) / "dispatch-core"
    try:
        _run(["git", "clone", "-q", "--branch", BRANCH, url, str(work)])
        shutil.copyfile(DATA / "multiday.py", work / "dispatch_core" / "multiday.py")
        shutil.copyfile(DATA / "test_multiday.py", work / "tests" / "test_multiday.py")
        slots_test = work / "tests" / "test_slots.py"
        text = slots_test.read_text(encoding="utf-8")
        marker = "def test_slot_can_end_exactly_at_shift_end"
        if marker not in text:
            raise SystemExit("populate_data: regression test not found on the branch")
        slots_test.write_text(text.replace(marker, SKIP + marker, 1), encoding="utf-8")
        who = {"GIT_AUTHOR_NAME": NAME, "GIT_AUTHOR_EMAIL": EMAIL, "GIT_AUTHOR_DATE": DATE,
               "GIT_COMMITTER_NAME": NAME, "GIT_COMMITTER_EMAIL": EMAIL, "GIT_COMMITTER_DATE": DATE}
        _run(["git", "commit", "-q", "-a", "-m", MESSAGE], cwd=work, env=who)
        _run(["git", "push", "-q", "origin", BRANCH], cwd=work)
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)


def comment_on_ticket() -> None:
    tracker = TrackerClient(*admin(), act_as=USER)
    issue = tracker.find_issue("fieldday", ISSUE_SUBJECT)
    if issue is None:
        raise SystemExit(f"populate_data: issue {ISSUE_SUBJECT!r} not found")
    tracker.add_comment(issue.id, COMMENT)


def main() -> None:
    push_commit()
    comment_on_ticket()
    Path(__file__).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
