"""A command agent for the cross-talk probe: writes MARKER into chat, tracker, files and git of its own
company (through the URLs the harness gives it), waits until all COUNT probes have written theirs (each
leaves its marker's name in BARRIER, a folder they share), then writes to OUT which probe markers it can see
in each service. Usage: python marker_agent.py MARKER OUT BARRIER COUNT"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from grading.clients.chat import ChatClient
from grading.clients.files import FilesClient
from grading.clients.git import GitClient
from grading.clients.tracker import TrackerClient

PATTERN = re.compile(r"probe-marker-[0-9a-f]{8}")


def main() -> None:
    marker, out, barrier, count = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    urls = json.loads(os.environ["WORKFLOOR_SERVICES"])
    user, password = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
    chat = ChatClient(urls["chat"]).login(user, password)
    chat.send_message("general", f"hello from {marker}")
    tracker = TrackerClient(user, password, base_url=urls["tracker"])
    project = tracker.projects()[0].identifier
    tracker.create_issue(project, subject=f"Cross-talk probe {marker}")
    files = FilesClient(user, password, base_url=urls["files"])
    files.upload(f"probe/{marker}.txt", marker)
    git = GitClient(user, password, base_url=urls["git"])
    repo = git.list_repos()[0].name
    work = Path(tempfile.mkdtemp()) / "repo"
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0"}
    subprocess.run(["git", "clone", "-q", git.clone_url(repo, with_credentials=True), str(work)], check=True, env=env)
    subprocess.run(["git", "-C", str(work), "checkout", "-q", "-b", marker], check=True)
    (work / f"{marker}.txt").write_text(marker)
    subprocess.run(["git", "-C", str(work), "add", "."], check=True)
    subprocess.run(["git", "-C", str(work), "-c", "user.name=Probe", "-c", "user.email=probe@example.test",
                    "commit", "-q", "-m", marker], check=True)
    subprocess.run(["git", "-C", str(work), "push", "-q", "origin", marker], check=True, env=env)
    (barrier / marker).touch()
    deadline = time.monotonic() + 900
    while len(list(barrier.iterdir())) < count:  # every neighbour has written too, so there is something to see
        if time.monotonic() > deadline:
            out.write_text(json.dumps({"error": f"only {len(list(barrier.iterdir()))} of {count} probes wrote"}))
            return
        time.sleep(0.5)
    seen = {
        "chat": sorted(set(PATTERN.findall(" ".join(m.body for m in chat.channel_messages("general"))))),
        "tracker": sorted(set(PATTERN.findall(" ".join(i.subject for i in tracker.issues(project, status="all"))))),
        "files": sorted(set(PATTERN.findall(" ".join(e.name for e in files.list("probe"))))),
        "git": sorted(set(PATTERN.findall(" ".join(b.name for b in git.branches(repo))))),
    }
    out.write_text(json.dumps(seen))


if __name__ == "__main__":
    main()
