"""Setup: the release tags v0.1.0 and v0.2.0 of dispatch-core, made by Tomas (annotated, dated as released).

Pushed with the administrator's login, which the harness injects into init only (grading.credentials).
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
from grading.credentials import admin

NAME, EMAIL = "Tomas Lindqvist", "tomas.lindqvist@tallgrass.test"
TAGS = [  # tag, subject of the tagged commit on main, tag date, tag message
    ("v0.1.0", "Extract interval and model code into dispatch-core", "2026-05-11T17:30:00-05:00",
     "dispatch-core 0.1.0: intervals and models extracted from the monolith"),
    ("v0.2.0", "Add slot finder with skill and window matching", "2026-07-14T16:00:00-05:00",
     "dispatch-core 0.2.0: slot finder (FieldDay 4.9)"),
]


def _git(args: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    base = {k: v for k, v in os.environ.items() if k.lower() not in {"http_proxy", "https_proxy", "all_proxy"}}
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True,
                          env={**base, "GIT_TERMINAL_PROMPT": "0", **(env or {})}).stdout


def main() -> None:
    url = GitClient(*admin()).clone_url("dispatch-core", with_credentials=True)
    work = Path(tempfile.mkdtemp()) / "dispatch-core"
    try:
        _git(["clone", "-q", url, str(work)])
        log = _git(["log", "--format=%H %s", "main"], cwd=work).splitlines()
        for tag, subject, when, message in TAGS:
            sha = next(line.split(" ", 1)[0] for line in log if line.split(" ", 1)[1] == subject)
            env = {"GIT_COMMITTER_NAME": NAME, "GIT_COMMITTER_EMAIL": EMAIL, "GIT_COMMITTER_DATE": when}
            _git(["tag", "-a", tag, sha, "-m", message], cwd=work, env=env)
        _git(["push", "-q", "origin", *[t[0] for t in TAGS]], cwd=work)
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)
    Path(__file__).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
