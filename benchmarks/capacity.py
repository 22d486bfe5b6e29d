#!/usr/bin/env python3
"""Capacity: N service-using runs at once, each on its own isolated stack from a warm pool.

    .venv/bin/python benchmarks/capacity.py [--n 1,4,8,16] [--wait 30] [--task update-employee-directory]

The examinee does the oracle's work and then waits --wait seconds (standing in for model latency). Every
stack holds the whole company (chat, tracker, files, git and the control API), as a study's pool does. Per N
it prints: wall time, throughput relative to running the same runs one after another, peak memory used
(host MemTotal - MemAvailable, above the idle baseline, sampled every 0.5 s), memory per idle stack (the
host's figure, and the resident memory of the stack's containers from their cgroups), the median time to
task-ready (services + container + init), the cross-talk probe: every run must score exactly 1.0 (a run
that saw a neighbour's writes, or had them wiped by a neighbour's reset, would not), and the machine's load
average (1 min) before and after, since others may share the machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from harness.agents.base import AgentContext, AgentOutcome  # noqa: E402
from harness.agents.simple import OracleAgent  # noqa: E402


class OracleThenWait(OracleAgent):
    name = "oracle-wait"

    def __init__(self, wait: float):
        super().__init__()  # the full solution
        self.wait = wait

    def run(self, ctx: AgentContext) -> AgentOutcome:
        outcome = super().run(ctx)
        ctx.cancelled.wait(min(self.wait, ctx.remaining()))
        return outcome


def stack_rss_mb(stack_id: str) -> float | None:
    """Resident (anonymous) memory of a stack's containers from their memory cgroups; None when unreadable."""
    from harness.docker_env import docker_client
    from harness.services.stack import LABEL_STACK

    total = 0
    for container in docker_client().containers.list(filters={"label": f"{LABEL_STACK}={stack_id}"}):
        for path, key in ((f"/sys/fs/cgroup/memory/docker/{container.id}/memory.stat", "total_rss"),
                          (f"/sys/fs/cgroup/system.slice/docker-{container.id}.scope/memory.stat", "anon")):
            stat = Path(path)
            if stat.is_file():
                values = dict(line.split() for line in stat.read_text().splitlines())
                total += int(values[key])
                break
        else:
            return None
    return total / 2**20


def used_memory_mb() -> float:
    info = dict(line.split(":", 1) for line in Path("/proc/meminfo").read_text().splitlines())
    total, available = (int(info[k].split()[0]) for k in ("MemTotal", "MemAvailable"))
    return (total - available) / 1024


class PeakMemory:
    def __init__(self) -> None:
        self.peak = used_memory_mb()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.5):
            self.peak = max(self.peak, used_memory_mb())

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", default="1,4,8,16")
    parser.add_argument("--wait", type=float, default=30.0)
    parser.add_argument("--task", default="update-employee-directory")
    args = parser.parse_args()
    from harness.run.lifecycle import RunOptions, run_task
    from harness.run.task_ref import resolve_task
    from harness.services.isolated import IsolatedStack
    from harness.services.pool import StackPool
    from harness.settings import resolve_key, tasks_dir

    key = resolve_key()
    task = resolve_task(args.task, tasks_dir(), key)
    serial_run_s: float | None = None
    print(f"task {args.task} ({', '.join(task.info.services)}), examinee: oracle then {args.wait:.0f} s wait")
    print(f"{'N':>3} {'wall s':>8} {'vs serial':>10} {'peak MB':>8} {'MB/stack':>9} {'RSS/stack':>10} "
          f"{'ready s':>8} {'scores':>12} {'load':>11}")
    for n in [int(x) for x in args.n.split(",")]:
        baseline = used_memory_mb()
        load_before = os.getloadavg()[0]
        with tempfile.TemporaryDirectory() as tmp, StackPool(n) as pool:
            stacks = [pool.acquire() for _ in range(n)]  # all warm before the clock starts
            time.sleep(5)  # let the services settle after their start
            idle_mb = (used_memory_mb() - baseline) / n
            rss = [stack_rss_mb(s.stack_id) for s in stacks]
            rss_mb = statistics.median(r for r in rss if r is not None) if all(r is not None for r in rss) else None
            def one(stack: IsolatedStack, out: Path = Path(tmp)) -> tuple[float | None, float]:
                record = run_task(task, OracleThenWait(args.wait), RunOptions(output_root=out, key=key, stack=stack))
                if record.score != 1.0:
                    print(f"  run {record.run_id}: {record.status} score {record.score} {record.error or ''}",
                          flush=True)
                ready = sum(record.phases.get(p, 0.0) for p in ("services", "container_start", "init"))
                return record.score, ready

            with PeakMemory() as memory:
                started = time.monotonic()
                with ThreadPoolExecutor(n) as executor:
                    results = list(executor.map(one, stacks))
                wall = time.monotonic() - started
        if serial_run_s is None:
            serial_run_s = wall  # N = 1 first: one run's wall time
        scores = [s for s, _ in results]
        exact = "all 1.0" if all(s == 1.0 for s in scores) else f"{scores}"
        speedup = serial_run_s * n / wall
        ready = statistics.median(r for _, r in results)
        rss_text = f"{rss_mb:.0f}" if rss_mb is not None else "n/a"
        load = f"{load_before:.1f}->{os.getloadavg()[0]:.1f}"
        print(f"{n:>3} {wall:>8.1f} {speedup:>9.1f}x {memory.peak - baseline:>8.0f} {idle_mb:>9.0f} {rss_text:>10} "
              f"{ready:>8.2f} {exact:>12} {load:>11}", flush=True)


if __name__ == "__main__":
    main()
