"""Setup: last night's CI run failed in three pipelines; Marcus asks Kai to triage it.

Pushes two commits to groundcount-etl main (Raj's latest_rows rewrite, which merges rows without a job_id and
breaks test_latest_version_of_a_job_wins, then Maya's README change), uploads the three nightly logs (with the
real commit ids) to Engineering/CI/nightly-2026-11-20/, and sends Marcus's DM. Acts through the administrator's
login (grading.credentials: injected into init only).
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
from grading.clients.files import FilesClient
from grading.clients.git import GitClient
from grading.credentials import admin

DATA = Path("/utils/task/data")
LOG_DIR = "Engineering/CI/nightly-2026-11-20"
README_ADDITION = """
## Rejection reasons

The command line prints how many rows were rejected and why: `older version of a job`, `missing job_id`,
`cancelled or test job`, `bad created_at`, `not scheduled`, `scheduled before created`, `unknown region`,
`unknown trade`. More than 5% rejected in a nightly run: tell the pipeline owner before publishing.
"""
RAJ = ("Raj Iyer", "raj.iyer@tallgrass.test", "2026-11-19T14:12:00-06:00",
       "Speed up latest_rows with a dict\n\nOne dict lookup per row instead of the position bookkeeping; the "
       "120-day export has 1.9M rows\nand the dedupe step took 40 s of the nightly run.\n")
MAYA = ("Maya Johnson", "maya.johnson@tallgrass.test", "2026-11-19T16:40:00-06:00",
        "List the rejection reasons in the README\n")
REQUEST = (
    "Morning Kai! Priya says you can help me with CI triage today. Last night's nightly run on ci-runner-2 failed in "
    "three pipelines: dispatch-core, intake-api and groundcount-etl. The logs are on the file server in "
    f"{LOG_DIR}/. Could you triage them? Rules: every distinct problem gets exactly one ticket. If one already "
    "exists, don't open a duplicate, just use its number. A code bug goes into the tracker project of its repo as a "
    "Bug, assigned to whoever's commit broke it, with the failing test and the commit in it. Runner problems go into "
    "it-ops, assigned to me. When you're done, send me here one line per pipeline with its ticket number. thanks."
)


def _git(args: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    base = {k: v for k, v in os.environ.items() if k.lower() not in {"http_proxy", "https_proxy", "all_proxy"}}
    done = subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True,
                          env={**base, "GIT_TERMINAL_PROMPT": "0", **(env or {})})
    return done.stdout.strip()


def _commit(work: Path, who: tuple[str, str, str, str]) -> None:
    name, email, when, message = who
    ident = {"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_AUTHOR_DATE": when,
             "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email, "GIT_COMMITTER_DATE": when}
    _git(["commit", "-q", "-a", "-m", message], cwd=work, env=ident)


def _head(url: str) -> str:
    return _git(["ls-remote", url, "refs/heads/main"]).split()[0]


def push_commits(url: str) -> tuple[str, str]:
    """Raj's and Maya's commits on groundcount-etl main; returns (previous head, new head)."""
    work = Path(tempfile.mkdtemp()) / "groundcount-etl"
    try:
        _git(["clone", "-q", url, str(work)])
        previous = _git(["rev-parse", "HEAD"], cwd=work)
        shutil.copyfile(DATA / "clean_raj.py", work / "groundcount" / "clean.py")
        _commit(work, RAJ)
        readme = work / "README.md"
        readme.write_text(readme.read_text(encoding="utf-8") + README_ADDITION, encoding="utf-8")
        _commit(work, MAYA)
        _git(["push", "-q", "origin", "main"], cwd=work)
        return previous, _git(["rev-parse", "HEAD"], cwd=work)
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)


def main() -> None:
    git = GitClient(*admin())
    previous, head = push_commits(git.clone_url("groundcount-etl", with_credentials=True))
    values = {"{GC_SHA}": head, "{GC_PREV}": previous,
              "{DC_SHA}": _head(git.clone_url("dispatch-core", with_credentials=True)),
              "{IA_SHA}": _head(git.clone_url("intake-api", with_credentials=True))}
    files = FilesClient(*admin())
    for name in ("dispatch-core.log", "intake-api.log", "groundcount-etl.log"):
        text = (DATA / name).read_text(encoding="utf-8")
        for key, value in values.items():
            text = text.replace(key, value)
        files.upload(f"{LOG_DIR}/{name}", text)
    with login(*admin()) as felix, felix.act_as("marcus.webb") as chat:
        chat.send_direct_message("kai.morgan", REQUEST)
    Path(__file__).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
