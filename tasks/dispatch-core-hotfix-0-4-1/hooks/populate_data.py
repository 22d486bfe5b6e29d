"""Setup: the 0.4 release branch with its changelog and tag, Aisha's slot fix and Tomas's feature on main, and
the escalation on the ticket.

release/0.4 = the 4.12 release commit ("Pad appointments with travel time between zones") plus Priya's "Release
0.4.0" (CHANGELOG.md), tagged v0.4.0 (annotated). main gets Aisha's fix (2026-11-19) and Tomas's travel-time
overrides (2026-11-20, not for the hotfix). Pushes with the administrator's login (authors from GIT_AUTHOR_*),
comments as Aisha and Priya through it (grading.credentials: injected into init only).
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
TICKET = "Slot finder never offers the last slot of a shift"
RELEASE_BASE = "Pad appointments with travel time between zones"
PEOPLE = {"priya": ("Priya Natarajan", "priya.natarajan@tallgrass.test"),
          "aisha": ("Aisha Bello", "aisha.bello@tallgrass.test"),
          "tomas": ("Tomas Lindqvist", "tomas.lindqvist@tallgrass.test")}
AISHA_MESSAGE = ("Offer the last slot of a shift (#{issue})\n\n"
                 "find_slots() stopped one step early (< instead of <=), so a job could never end exactly when the\n"
                 "shift or a free gap ends.\n")
TOMAS_MESSAGE = ("Use measured travel times in the slot finder\n\n"
                 "find_slots() and free_intervals() take travel_overrides (minutes per zone pair) and pass them to\n"
                 "travel_minutes(). Planned for 4.13.\n")
AISHA_COMMENT = "Fixed on dispatch-core main in \"Offer the last slot of a shift\" (commit {sha}). Sofia's regression test passes."
PRIYA_COMMENT = ("Greenway Plumbing and Prairie Sky HVAC escalated, so this ships before 4.13 as hotfix 4.12.1 = "
                 "dispatch-core 0.4.1 from release/0.4, released Monday 2026-11-23. Kai does the backport; Marcus "
                 "deploys from the tag.")


def _run(args: list[str], cwd: Path | None = None, who: str | None = None, when: str | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if k.lower() not in {"http_proxy", "https_proxy", "all_proxy"}}
    env["GIT_TERMINAL_PROMPT"] = "0"
    if who:
        name, email = PEOPLE[who]
        env.update({"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_COMMITTER_NAME": name,
                    "GIT_COMMITTER_EMAIL": email, "GIT_AUTHOR_DATE": when or "", "GIT_COMMITTER_DATE": when or ""})
    return subprocess.run(args, cwd=cwd, check=True, env=env, capture_output=True, text=True).stdout.strip()


def _copy(names: dict[str, str], work: Path, folder: str) -> None:
    for source, target in names.items():
        shutil.copyfile(DATA / folder / source, work / target)


def push_history(issue: int) -> str:
    """Release branch, tag and main commits; returns the id of Aisha's fix commit."""
    url = GitClient(*admin()).clone_url("dispatch-core", with_credentials=True)
    work = Path(tempfile.mkdtemp()) / "dispatch-core"
    try:
        _run(["git", "clone", "-q", url, str(work)])
        base = _run(["git", "log", "--format=%H", "--fixed-strings", f"--grep={RELEASE_BASE}", "-n", "1"], cwd=work)
        _run(["git", "checkout", "-q", "-b", "release/0.4", base], cwd=work)
        shutil.copyfile(DATA / "CHANGELOG.md", work / "CHANGELOG.md")
        _run(["git", "add", "CHANGELOG.md"], cwd=work)
        _run(["git", "commit", "-q", "-m", "Release 0.4.0\n\nFieldDay 4.12. Changelog for the release branch.\n"],
             cwd=work, who="priya", when="2026-11-02T16:10:00-06:00")
        _run(["git", "tag", "-a", "v0.4.0", "-m", "dispatch-core 0.4.0 (FieldDay 4.12)"], cwd=work, who="priya",
             when="2026-11-02T16:12:00-06:00")
        _run(["git", "checkout", "-q", "main"], cwd=work)
        _copy({"slots.py": "dispatch_core/slots.py"}, work, "aisha")
        _run(["git", "commit", "-q", "-a", "-m", AISHA_MESSAGE.format(issue=issue)], cwd=work, who="aisha",
             when="2026-11-19T10:20:00-06:00")
        fix = _run(["git", "rev-parse", "HEAD"], cwd=work)
        _copy({"slots.py": "dispatch_core/slots.py", "availability.py": "dispatch_core/availability.py",
               "README.md": "README.md", "test_slots.py": "tests/test_slots.py"}, work, "tomas")
        _run(["git", "commit", "-q", "-a", "-m", TOMAS_MESSAGE], cwd=work, who="tomas", when="2026-11-20T09:10:00-06:00")
        _run(["git", "push", "-q", "origin", "main", "release/0.4", "v0.4.0"], cwd=work)
        return fix
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)


def main() -> None:
    issue = TrackerClient(*admin()).find_issue("fieldday", TICKET)
    if issue is None:
        raise SystemExit(f"populate_data: issue {TICKET!r} not found")
    fix = push_history(issue.id)
    TrackerClient(*admin(), act_as="aisha.bello").update_issue(
        issue.id, assignee="aisha.bello", status="Resolved", comment=AISHA_COMMENT.format(sha=fix[:10]))
    TrackerClient(*admin(), act_as="priya.natarajan").add_comment(issue.id, PRIYA_COMMENT)
    Path(__file__).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
