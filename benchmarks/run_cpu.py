#!/usr/bin/env python3
"""Where a run's CPU goes: N runs of one task at once, each on its own warm isolated stack.

    .venv/bin/python benchmarks/run_cpu.py [--n 1,8] [--wait 0] [--task update-employee-directory]

The examinee does the oracle's work, then waits --wait seconds. Per N it prints the wall time and the
CPU-seconds per run spent by: each stack service (from its container's cpuacct cgroup), the task and the
grading containers (sampled every 0.2 s until they are removed, so their last moments may be missed), the
docker daemons (dockerd, containerd and the shims: machine-wide, so other users' work counts too), the
harness process, and everything else on the machine; then the floor that CPU puts under the wall time of
N runs on this machine's cores (total CPU / cores). Only containers of this process and its stacks are
counted. Run it on a quiet machine: the load average (1 min) is printed before and after.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from capacity import OracleThenWait  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")
DAEMONS = ("dockerd", "containerd", "containerd-shim", "containerd-shim-runc-v2", "runc", "docker-proxy")


def container_cpu_s(container_id: str) -> float | None:
    for path, scale in ((f"/sys/fs/cgroup/cpuacct/docker/{container_id}/cpuacct.usage", 1e9),
                        (f"/sys/fs/cgroup/system.slice/docker-{container_id}.scope/cpu.stat", 1e6)):
        try:
            text = Path(path).read_text()
        except OSError:
            continue
        if path.endswith("cpu.stat"):
            return int(dict(line.split() for line in text.splitlines())["usage_usec"]) / scale
        return int(text) / scale
    return None


def daemons_cpu_s() -> float:
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        if text[text.index("(") + 1:text.rindex(")")] in DAEMONS:
            fields = text[text.rindex(")") + 2:].split()
            total += (int(fields[11]) + int(fields[12])) / TICK
    return total


def machine_cpu_s() -> float:
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    return (sum(values) - values[3] - values[4]) / TICK  # all but idle and iowait


def harness_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class ContainerSampler:
    """The latest CPU figure of every container of this process or of ``stack_ids``, by category."""

    def __init__(self, stack_ids: set[str]):
        from harness.cleanup import owner_label
        from harness.services.stack import LABEL_SERVICE, LABEL_STACK
        from harness.settings import LABEL_OWNER

        self.stack_ids, self.owner = stack_ids, owner_label()
        self.label_stack, self.label_service, self.label_owner = LABEL_STACK, LABEL_SERVICE, LABEL_OWNER
        self.latest: dict[str, tuple[str, float]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _category(self, labels: dict[str, str], name: str) -> str | None:
        if labels.get(self.label_stack) in self.stack_ids:
            return labels.get(self.label_service, "stack")
        if labels.get(self.label_owner) == self.owner:
            return "grading container" if name.endswith("-grader") else "task container"
        return None

    def sample(self) -> None:
        from harness.docker_env import docker_client

        for c in docker_client().api.containers(all=True):
            category = self._category(c.get("Labels") or {}, c["Names"][0].lstrip("/"))
            cpu = container_cpu_s(c["Id"]) if category else None
            if category and cpu is not None:
                self.latest[c["Id"]] = (category, cpu)

    def _loop(self) -> None:
        while not self._stop.wait(0.2):
            self.sample()

    def totals(self, baseline: dict[str, tuple[str, float]]) -> dict[str, float]:
        out: dict[str, float] = defaultdict(float)
        for cid, (category, cpu) in self.latest.items():
            out[category] += cpu - baseline.get(cid, (category, 0.0))[1]
        return dict(out)

    def __enter__(self) -> ContainerSampler:
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", default="1,8")
    parser.add_argument("--wait", type=float, default=0.0)
    parser.add_argument("--task", default="update-employee-directory")
    args = parser.parse_args()
    from harness.run.lifecycle import RunOptions, run_task
    from harness.run.task_ref import resolve_task
    from harness.services.isolated import IsolatedStack
    from harness.services.pool import StackPool
    from harness.settings import resolve_key, tasks_dir

    key = resolve_key()
    task = resolve_task(args.task, tasks_dir(), key)
    cores = os.cpu_count() or 1
    print(f"task {args.task} ({', '.join(task.info.services)}); oracle then {args.wait:.0f} s wait; {cores} cores")
    for n in [int(x) for x in args.n.split(",")]:
        with tempfile.TemporaryDirectory() as tmp, StackPool(n) as pool:
            stacks = [pool.acquire() for _ in range(n)]
            time.sleep(8)  # let the services settle after their start
            load_before = os.getloadavg()[0]

            def one(stack: IsolatedStack) -> float | None:
                return run_task(task, OracleThenWait(args.wait), RunOptions(output_root=Path(tmp), key=key,
                                                                            stack=stack)).score

            with ContainerSampler({s.stack_id for s in stacks}) as sampler:
                baseline = dict(sampler.latest)
                before = (time.monotonic(), machine_cpu_s(), daemons_cpu_s(), harness_cpu_s())
                with ThreadPoolExecutor(n) as executor:
                    scores = list(executor.map(one, stacks))
                after = (time.monotonic(), machine_cpu_s(), daemons_cpu_s(), harness_cpu_s())
            parts = sampler.totals(baseline)
        wall, machine, daemons, harness = (b - a for a, b in zip(before, after, strict=True))
        parts |= {"docker daemons": daemons, "harness": harness}
        parts["rest of the machine"] = machine - sum(parts.values())
        exact = "all 1.0" if all(s == 1.0 for s in scores) else str(scores)
        print(f"\nN={n}: wall {wall:.1f} s, {machine / n:.2f} CPU-s per run, floor {machine / cores:.1f} s "
              f"(CPU / {cores} cores), scores {exact}, load {load_before:.1f}->{os.getloadavg()[0]:.1f}")
        for name, cpu in sorted(parts.items(), key=lambda item: -item[1]):
            print(f"  {name:22s} {cpu / n:6.2f} CPU-s per run")


if __name__ == "__main__":
    main()
