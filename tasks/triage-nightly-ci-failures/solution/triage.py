"""Shared triage steps for the solutions (run with python_default as the examinee).

Usage: python_default triage.py MODE   (MODE: solve | partial | alt | wrong-runner3 | wrong-blames-head)
Reads the nightly logs from the file server, bisects the groundcount-etl failure, looks for existing tickets,
files what is missing and reports to Marcus (unless MODE says otherwise).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient

MODE = sys.argv[1]
USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
LOGS = "Engineering/CI/nightly-2026-11-20"
GIT = f"http://{USER}:{PASSWORD}@tallgrass.test:8929"
tracker = TrackerClient(USER, PASSWORD)


def sh(*args: str, cwd: Path | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, check=check, capture_output=True, text=True)


# 1. the logs
files = FilesClient(USER, PASSWORD)
logs = {name: files.download_text(f"{LOGS}/{name}.log") for name in ("dispatch-core", "intake-api", "groundcount-etl")}
failing = {name: re.findall(r"^FAILED (\S+)", text, re.MULTILINE) for name, text in logs.items()}
print(failing)
assert "No space left on device" in logs["intake-api"]
runner = re.search(r"runner:\s+(\S+)", logs["intake-api"]).group(1)
head = re.search(r"commit:\s+([0-9a-f]{40})", logs["groundcount-etl"]).group(1)
previous = re.search(r"passed at ([0-9a-f]{40})", logs["groundcount-etl"]).group(1)

# 2. which groundcount-etl commit broke the test: run it at every commit since the last green nightly
work = Path(tempfile.mkdtemp()) / "groundcount-etl"
sh("git", "clone", "-q", f"{GIT}/groundcount-etl.git", str(work))
test = failing["groundcount-etl"][0]
culprit = None
for sha in sh("git", "rev-list", "--reverse", f"{previous}..{head}", cwd=work).stdout.split():
    sh("git", "checkout", "-q", sha, cwd=work)
    if sh("python3", "-m", "pytest", "-q", "-p", "no:cacheprovider", test, cwd=work, check=False).returncode:
        culprit = sha
        break
assert culprit, "no commit breaks the test"
author_email, subject = sh("git", "log", "-1", "--format=%ae%n%s", culprit, cwd=work).stdout.splitlines()
if MODE == "wrong-blames-head":  # near miss: blames whoever made the commit the nightly ran on
    author_email = sh("git", "log", "-1", "--format=%ae", head, cwd=work).stdout.strip()
assignee = author_email.split("@")[0]
print("culprit", culprit[:10], subject, assignee)

# 3. existing tickets
slot = [i for i in tracker.issues("fieldday", status="all") if failing["dispatch-core"][0].split("::")[-1] in i.description]
assert len(slot) == 1
slot_id = slot[0].id
runner3 = next(i for i in tracker.issues("it-ops", status="all") if "ci-runner-3" in i.subject)

# 4. new tickets
short = culprit[:7]
gc_text = (
    f"The nightly CI run of 2026-11-20 (#1187, {runner}) fails in groundcount-etl: `{test}` "
    f"(`assert 3 == 2`, dropped count).\n\n"
    f"**Cause:** commit {short if MODE == 'alt' else culprit} "
    + ("" if MODE == "alt" else f"\"{subject}\" ")
    + "rewrote `latest_rows()` with a dict keyed by job_id, so all rows without a job_id are merged into one: "
    "they are dropped as 'older version of a job' instead of being rejected as 'missing job_id'.\n\n"
    f"**Steps:** 1. check out groundcount-etl main; 2. `python3 -m pytest {test}`.\n"
    "**Expected:** passes (2 dropped). **Actual:** 3 dropped.\n"
    f"Log: {LOGS}/groundcount-etl.log. The previous nightly passed at {previous[:7]}."
)
gc = tracker.create_issue("data-platform", f"groundcount-etl: latest_rows merges rows without a job_id ({test.split('::')[-1]} fails)",
                          gc_text, tracker="Bug", priority="High", assignee=assignee,
                          start_date=date(2026, 11, 20), due_date=date(2026, 11, 23))
if MODE == "wrong-runner3":  # near miss: treats the full disk as the known ci-runner-3 disk problem
    tracker.add_comment(runner3.id, f"Nightly #1187: intake-api failed at install with 'No space left on device' "
                                    f"on {runner}. Probably this disk problem too.")
    disk_id = runner3.id
else:
    disk = tracker.create_issue(
        "it-ops", f"{runner}: /var/lib/ci-runner is full (No space left on device)",
        f"Nightly #1187 on {runner}: the intake-api pipeline failed at `make venv` with "
        "`OSError: [Errno 28] No space left on device` in the pip cache; `df -h /var/lib/ci-runner` shows 200G of "
        f"200G used (100%). The code is unchanged since the previous green nightly, so this is the runner, not "
        f"intake-api. Not the ci-runner-3 disk replacement (#{runner3.id}): another machine.\n"
        f"Log: {LOGS}/intake-api.log",
        tracker="Support", priority="High", assignee="marcus.webb", start_date=date(2026, 11, 20),
        due_date=date(2026, 11, 23))
    disk_id = disk.id

# 5. the reply
if MODE == "partial":
    sys.exit(0)
with login(USER, PASSWORD) as chat:
    if MODE == "alt":
        chat.send_direct_message("marcus.webb", "Triage of nightly #1187 done. Per pipeline:")
        chat.send_direct_message("marcus.webb", f"- dispatch-core → http://tallgrass.test:3000/issues/{slot_id} (known slot finder bug, no new ticket)")
        chat.send_direct_message("marcus.webb", f"- intake-api → http://tallgrass.test:3000/issues/{disk_id} ({runner} disk full, assigned to you)")
        chat.send_direct_message("marcus.webb", f"- groundcount-etl → http://tallgrass.test:3000/issues/{gc.id} (Raj's latest_rows change {short})")
    else:
        chat.send_direct_message("marcus.webb", (
            "Hi Marcus, nightly #1187 triaged:\n"
            f"dispatch-core: #{slot_id} (existing ticket, the known slot finder bug; no duplicate opened)\n"
            f"intake-api: #{disk_id} ({runner} out of disk space, assigned to you)\n"
            f"groundcount-etl: #{gc.id} (broken by {short} \"{subject}\", assigned to {assignee})"))
print("done")
