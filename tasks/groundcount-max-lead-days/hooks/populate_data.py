"""Setup: Maya's changelog on groundcount-etl's main, her ticket about far-ahead bookings, Raj's suggestion.

main gets Maya's "Start a changelog" (2026-11-16, adds CHANGELOG.md with an "Unreleased" section): the seeded
commit every branch is compared with. The data-platform ticket is filed as Maya; Raj comments his 90-day
suggestion (a distractor: the default is Elena's call, and she decides 60, scenarios.yaml). Pushes with the
administrator's login (authors from GIT_AUTHOR_*), tracker writes as the colleagues through it.
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

DATA = Path("/utils/task/data")
SUBJECT = "groundcount-etl: leave far-ahead bookings out of lead times"
DESCRIPTION = """\
Since October, customers book seasonal maintenance (spring A/C tune-ups, sprinkler start-ups) months
ahead. Those jobs are real, but they are not what subscribers mean by lead time: in 2026-W46 three of
them pushed NE hvac's `mean_lead_days` to 41.3 while its median was 4.0. Prairie Sky's ops lead asked
whether Nebraska HVAC really waits six weeks.

**What to build**

- A command line option `--max-lead-days N` for `python -m groundcount.cli`.
- Jobs whose lead time (days from request to scheduled visit) is over the limit are left out of the
  metrics before grouping, and counted in the command line's summary as rejected rows with a reason of
  their own (the summary lists rejected rows by reason), so we can see how many we drop each night.
- The nightly job will not pass the option, so the default decides what subscribers get. The default
  and where exactly the cutoff falls are Elena's call (methodology).
- Tests, and a line under "Unreleased" in CHANGELOG.md.
"""
RAJ_COMMENT = ("My two cents: 90 days would keep the odd long wait but drop the spring tune-ups. Elena has the "
               "final word on methodology though, I haven't talked to her yet.")
MAYA = ("Maya Johnson", "maya.johnson@tallgrass.test")
WHEN = "2026-11-16T10:05:00-06:00"
MESSAGE = "Start a changelog\n\nEntries under Unreleased go live with the next nightly run after the merge.\n"


def _run(args: list[str], cwd: Path | None = None, as_maya: bool = False) -> None:
    env = {k: v for k, v in os.environ.items() if k.lower() not in {"http_proxy", "https_proxy", "all_proxy"}}
    env["GIT_TERMINAL_PROMPT"] = "0"
    if as_maya:
        env.update({"GIT_AUTHOR_NAME": MAYA[0], "GIT_AUTHOR_EMAIL": MAYA[1], "GIT_COMMITTER_NAME": MAYA[0],
                    "GIT_COMMITTER_EMAIL": MAYA[1], "GIT_AUTHOR_DATE": WHEN, "GIT_COMMITTER_DATE": WHEN})
    subprocess.run(args, cwd=cwd, check=True, env=env, capture_output=True, text=True)


def push_changelog() -> None:
    url = GitClient(*admin()).clone_url("groundcount-etl", with_credentials=True)
    work = Path(tempfile.mkdtemp()) / "groundcount-etl"
    try:
        _run(["git", "clone", "-q", url, str(work)])
        shutil.copyfile(DATA / "CHANGELOG.md", work / "CHANGELOG.md")
        _run(["git", "add", "CHANGELOG.md"], cwd=work)
        _run(["git", "commit", "-q", "-m", MESSAGE], cwd=work, as_maya=True)
        _run(["git", "push", "-q", "origin", "main"], cwd=work)
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)


def main() -> None:
    push_changelog()
    maya = TrackerClient(*admin(), act_as="maya.johnson")
    issue = maya.find_issue("data-platform", SUBJECT)
    if issue is None:
        issue = maya.create_issue("data-platform", SUBJECT, DESCRIPTION, tracker="Feature", status="New",
                                  priority="High", version="Groundcount 2026.12", start_date=date(2026, 11, 20))
    TrackerClient(*admin(), act_as="raj.iyer").add_comment(issue.id, RAJ_COMMENT)
    Path(__file__).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
