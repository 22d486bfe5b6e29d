"""Setup: Aisha pushes her webhook retry branch and asks for Kai's review on the retry ticket.

Pushes feature/webhook-retries (intake_api/webhooks.py and its tests, three planted defects: see the evaluator)
with the administrator's login (author from GIT_AUTHOR_*); comments as Aisha through it.
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

DATA = Path("/utils/task/data")
TICKET = "Retry failed webhook deliveries with exponential backoff"
BRANCH = "feature/webhook-retries"
MESSAGE = ("Retry failed webhook deliveries (#{issue})\n\n"
           "WebhookDispatcher.deliver() makes one attempt, signs the body and schedules the next attempt\n"
           "after a failure; due() lists the deliveries to retry now. The worker loop comes in the next commit.\n")
COMMENT = ("First version is on feature/webhook-retries in intake-api (intake_api/webhooks.py). Kai is doing a "
           "first review against the spec above before Tomas and I do the approvals.")


def _run(args: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> None:
    base = {k: v for k, v in os.environ.items() if k.lower() not in {"http_proxy", "https_proxy", "all_proxy"}}
    subprocess.run(args, cwd=cwd, check=True, env={**base, "GIT_TERMINAL_PROMPT": "0", **(env or {})})


def push_branch(issue: int) -> None:
    url = GitClient(*admin()).clone_url("intake-api", with_credentials=True)
    work = Path(tempfile.mkdtemp()) / "intake-api"
    try:
        _run(["git", "clone", "-q", url, str(work)])
        _run(["git", "checkout", "-q", "-b", BRANCH], cwd=work)
        shutil.copyfile(DATA / "webhooks.py", work / "intake_api" / "webhooks.py")
        shutil.copyfile(DATA / "test_webhooks.py", work / "tests" / "test_webhooks.py")
        _run(["git", "add", "intake_api/webhooks.py", "tests/test_webhooks.py"], cwd=work)
        name, email, when = "Aisha Bello", "aisha.bello@tallgrass.test", "2026-11-19T17:30:00-06:00"
        _run(["git", "commit", "-q", "-m", MESSAGE.format(issue=issue)], cwd=work,
             env={"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_AUTHOR_DATE": when,
                  "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email, "GIT_COMMITTER_DATE": when})
        _run(["git", "push", "-q", "origin", BRANCH], cwd=work)
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)


def main() -> None:
    tracker = TrackerClient(*admin(), act_as="aisha.bello")
    issue = tracker.find_issue("fieldday", TICKET)
    if issue is None:
        raise SystemExit(f"populate_data: issue {TICKET!r} not found")
    push_branch(issue.id)
    tracker.update_issue(issue.id, status="In Progress", comment=COMMENT)
    Path(__file__).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
