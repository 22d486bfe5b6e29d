#!/usr/bin/env python3
"""Study speed: every task (or those named) × {oracle, null} × k=1 with N runs at once, wall time and
speedup over N=1; then resume after a SIGKILL at 50% (completed runs reused, none lost).

    .venv/bin/python benchmarks/study_speed.py [-n 1,4,8] [--tasks all|NAMES|role:X] [--no-resume]

Prints figures; it is not a test. Service images and task images are built first (not timed).
"""

from __future__ import annotations

import argparse
import json
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HARNESS = str(Path(sys.executable).parent / "harness")
CONFIG = """tasks: {tasks}
k: 1
examinees:
  - {{label: oracle, agent: oracle}}
  - {{label: "null", agent: "null"}}
"""


def study(config: Path, output: Path, parallel: int) -> subprocess.Popen[str]:
    return subprocess.Popen([HARNESS, "study", "run", str(config), "-n", str(parallel), "--output", str(output)],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def rows(output: Path) -> list[dict[str, object]]:
    path = output / "results.json"
    return json.loads(path.read_text()) if path.is_file() else []


def timed(config: Path, output: Path, parallel: int) -> tuple[float, list[dict[str, object]]]:
    started = time.monotonic()
    process = study(config, output, parallel)
    _, err = process.communicate()
    wall = time.monotonic() - started
    if process.returncode != 0:
        print(f"  N={parallel}: exit {process.returncode}: {err.strip().splitlines()[-1:]}")
    return wall, rows(output)


def resume_after_kill(config: Path, output: Path, parallel: int) -> None:
    process = study(config, output, parallel)
    while process.poll() is None:
        found = rows(output)
        if found and len(found) * 2 >= _planned(output):
            break
        time.sleep(0.5)
    process.send_signal(signal.SIGKILL)
    process.wait()
    before = {str(r["run_id"]) for r in rows(output)}
    wall, after = timed(config, output, parallel)
    kept = before & {str(r["run_id"]) for r in after}
    print(f"resume after SIGKILL at {len(before)}/{len(after)} runs: {len(kept)} completed runs reused, "
          f"{len(before) - len(kept)} lost, {len(after) - len(kept)} run on resume in {wall:.0f}s")
    owner = f"label=org.workfloor.owner={socket.gethostname()}:{process.pid}"
    found = subprocess.run(["docker", "ps", "-aq", "--filter", owner], capture_output=True, text=True)
    leftovers = found.stdout.split()
    print(f"containers of the killed study left after resume: {len(leftovers)}")


def _planned(output: Path) -> int:
    data = json.loads((output / "study.json").read_text()) if (output / "study.json").is_file() else None
    return 2 * len(data["lock"]["task_images"]) if data else 1 << 30


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", default="1,4,8", help="parallelism levels, comma-separated")
    parser.add_argument("--tasks", default="all")
    parser.add_argument("--no-resume", action="store_true")
    args = parser.parse_args()
    levels = [int(n) for n in args.n.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "study.yaml"
        config.write_text(CONFIG.format(tasks=args.tasks))
        warm = subprocess.run([HARNESS, "study", "run", str(config), "--tasks", "example", "--output",
                               str(Path(tmp) / "warm")], cwd=REPO, capture_output=True, text=True)
        if warm.returncode != 0:  # builds images; fails only on a broken setup
            sys.exit(f"warm-up failed: {warm.stderr.strip().splitlines()[-1:]}")
        baseline = None
        for n in levels:
            wall, found = timed(config, Path(tmp) / f"n{n}", n)
            baseline = baseline or wall
            statuses = sorted({str(r["status"]) for r in found})
            print(f"N={n}: {len(found)} runs in {wall:.0f}s ({wall / 60:.1f} min), speedup {baseline / wall:.2f}x "
                  f"over N={levels[0]}, statuses {statuses}")
        if not args.no_resume:
            resume_after_kill(config, Path(tmp) / "resume", max(levels))


if __name__ == "__main__":
    main()
