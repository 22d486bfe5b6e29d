#!/usr/bin/env python3
"""Warm ready: how long a run on a warm isolated stack takes from its start until the task is ready.

    .venv/bin/python benchmarks/warm_ready.py [--runs 7] [--pool 2]

The task is the example with every company service (chat, tracker, files, git) and no hooks, so the time
is the harness's own: take a warm stack from a ``StackPool``, check its services and record their
instances, start the task container, run init.sh. "Ready" is the moment the examinee's turn starts
(measured from the call of ``run_task``); the examinee is the null agent. Runs go one after another, each
on a warm stack (waiting for one is not counted). Prints the median and each phase's median.
Target (issue 9): median <= 2 s on the 2-core machine.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TASK = "example-all-services"


def make_task(root: Path) -> Path:
    """tasks/example, renamed, using every company service."""
    folder = root / TASK
    shutil.copytree(REPO / "tasks" / "example", folder)
    meta = folder / "task.toml"
    meta.write_text(meta.read_text().replace('name = "example"', f'name = "{TASK}"')
                    .replace("services = []", 'services = ["chat", "tracker", "files", "git"]'))
    evaluator = folder / "evaluator.py"
    evaluator.write_text(evaluator.read_text() + "\n# reads grading.clients.chat, clients.tracker, clients.files,"
                         " clients.git\n")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--pool", type=int, default=2, help="warm stacks kept (recycled in the background)")
    args = parser.parse_args()
    from harness.agents.simple import NullAgent
    from harness.run.lifecycle import RunHooks, RunOptions, run_task
    from harness.run.task_ref import resolve_task
    from harness.services.pool import StackPool
    from harness.settings import resolve_key

    key = resolve_key()
    readies: list[float] = []
    phases: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "tasks"
        make_task(root)
        task = resolve_task(TASK, root, key)
        with StackPool(args.pool, task.info.services) as pool:
            for i in range(args.runs):
                stack = pool.acquire()
                marks: dict[str, float] = {}
                hooks = RunHooks(on_phase=lambda name, m=marks: m.setdefault(name, time.monotonic()))
                started = time.monotonic()
                record = run_task(task, NullAgent(), RunOptions(output_root=Path(tmp) / "runs", key=key, stack=stack),
                                  hooks)
                pool.release(stack)
                assert record.status == "completed", record.error
                readies.append(marks["agent"] - started)
                for name in ("services", "container_start", "init"):
                    phases.setdefault(name, []).append(record.phases[name])
                print(f"run {i + 1}: ready in {readies[-1]:.2f} s "
                      f"({', '.join(f'{n} {record.phases[n]:.2f}' for n in ('services', 'container_start', 'init'))})",
                      flush=True)
    print(f"warm ready, median of {args.runs}: {statistics.median(readies):.2f} s (target <= 2 s); "
          f"min {min(readies):.2f}, max {max(readies):.2f}")
    for name, values in phases.items():
        print(f"  {name}: median {statistics.median(values):.2f} s")


if __name__ == "__main__":
    main()
