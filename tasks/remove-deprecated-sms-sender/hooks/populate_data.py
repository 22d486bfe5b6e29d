"""Setup: the visit-notify repository (new, two seeded commits) and Priya's FieldDay ticket about removing the
deprecated sender setting, with Marcus's comment.

Commits: Aisha's "Start visit-notify" (2026-03-16; the sender setting under its new name, the old names kept with a
deprecation warning) and Marcus's "Show the settings table in the README" (2026-11-17: the seeded head every branch is
compared with). Pushes with the administrator's login, authors from GIT_AUTHOR_*; tracker writes as the colleagues.
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

DATA = Path("/utils/task/data/visit-notify")
REPO = "visit-notify"
SUBJECT = "visit-notify 3.0: remove the deprecated sms_sender setting"
DESCRIPTION = """\
The sender setting of visit-notify has had its new name since 2.0 (March); the old names were kept with a
deprecation warning until 3.0. 3.0 is next, so:

- Remove every way to set the sender under its old name: the config file key `sms_sender`, the environment
  variable `NOTIFY_SMS_SENDER` and the command line flag `--sms-sender`.
- An old name that is still used must **fail with a clear error that names the new one**. Do not just stop
  reading it: a silently ignored `sms_sender` sends every text as "FieldDay" instead of the customer's name
  (that is what Greenway saw during the 2.0 rollout). The old flag can simply be an unknown flag.
- The new names (`sender_id`, `NOTIFY_SENDER_ID`, `--sender-id`) keep working exactly as now, and the order
  file < environment < command line stays.
- Update the example config, the README and the tests.
- Marcus deploys 3.0 from a migration note: comment here with your branch and, for each old name, what the
  operators must change it to.
"""
MARCUS_COMMENT = ("Production's notify.toml and the cron job's environment still use the old names, and one "
                  "staging script passes the old flag. I'll change all of them from the migration note on "
                  "deploy day, so please make it complete.")
AISHA = ("Aisha Bello", "aisha.bello@tallgrass.test", "2026-03-16T11:20:00-05:00")
MARCUS = ("Marcus Webb", "marcus.webb@tallgrass.test", "2026-11-17T14:45:00-06:00")
FIRST_README = """# visit-notify

Sends FieldDay's visit reminder texts: the evening before a visit, the customer gets an SMS with the
technician's arrival window.

    python -m notify.cli --config /etc/visit-notify/notify.toml --dry-run

See `examples/notify.toml` for the settings.
"""


def _run(args: list[str], cwd: Path, who: tuple[str, str, str] | None = None) -> None:
    env = {k: v for k, v in os.environ.items() if k.lower() not in {"http_proxy", "https_proxy", "all_proxy"}}
    env["GIT_TERMINAL_PROMPT"] = "0"
    if who is not None:
        name, email, when = who
        env.update({"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_COMMITTER_NAME": name,
                    "GIT_COMMITTER_EMAIL": email, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when})
    subprocess.run(args, cwd=cwd, check=True, env=env, capture_output=True, text=True)


def push_repository() -> None:
    gitc = GitClient(*admin())
    if gitc.exists(REPO):
        return
    gitc.create_repo(REPO, "FieldDay's visit reminder texts (SMS)")
    work = Path(tempfile.mkdtemp()) / REPO
    try:
        shutil.copytree(DATA, work, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        readme = (work / "README.md").read_text(encoding="utf-8")
        (work / "README.md").write_text(FIRST_README, encoding="utf-8")
        _run(["git", "init", "-q", "-b", "main"], work)
        _run(["git", "add", "-A"], work)
        _run(["git", "commit", "-q", "-m", "Start visit-notify\n\nSettings from file, environment and flags; the "
              "sender setting is sender_id, the 1.x names\n(sms_sender, NOTIFY_SMS_SENDER, --sms-sender) still work "
              "with a deprecation warning until 3.0.\n"], work, AISHA)
        (work / "README.md").write_text(readme, encoding="utf-8")
        _run(["git", "commit", "-q", "-am", "Show the settings table in the README"], work, MARCUS)
        _run(["git", "push", "-q", gitc.clone_url(REPO, with_credentials=True), "main"], work)
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)


def main() -> None:
    push_repository()
    priya = TrackerClient(*admin(), act_as="priya.natarajan")
    if priya.find_issue("fieldday", SUBJECT) is None:
        issue = priya.create_issue("fieldday", SUBJECT, DESCRIPTION, tracker="Feature", status="New",
                                   priority="Normal", version="4.13", start_date=date(2026, 11, 23),
                                   estimated_hours=2)
        TrackerClient(*admin(), act_as="marcus.webb").add_comment(issue.id, MARCUS_COMMENT)
    Path(__file__).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
