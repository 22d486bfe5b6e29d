#!/usr/bin/env python3
"""Full-suite verification wall time: `harness verify` over every task (oracle and null), with the
oracle-only time summed from the runs' records. Target: oracle verification of the suite <= 20 minutes.

    .venv/bin/python benchmarks/verify_suite.py [TASK...]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HARNESS = str(Path(sys.executable).parent / "harness")


def seconds(record: object) -> float:
    started = datetime.fromisoformat(str(record.started_at).replace("Z", "+00:00"))  # type: ignore[attr-defined]
    finished = datetime.fromisoformat(str(record.finished_at).replace("Z", "+00:00"))  # type: ignore[attr-defined]
    return (finished - started).total_seconds()


def main() -> None:
    sys.path.insert(0, str(REPO))
    from harness.run.record import RunRecord

    with tempfile.TemporaryDirectory() as tmp:
        started = time.monotonic()
        done = subprocess.run([HARNESS, "verify", "--output", tmp, *sys.argv[1:]], cwd=REPO,
                              capture_output=True, text=True)
        wall = time.monotonic() - started
        records = [RunRecord.model_validate_json(p.read_text()) for p in Path(tmp).glob("*/runs/*/run.json")]
    oracle = [r for r in records if r.agent.name == "oracle"]
    print(done.stdout.strip())
    print(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "")
    print(f"tasks: {len(oracle)}")
    print(f"verify wall time (oracle + null, incl. service start): {wall / 60:.1f} min")
    print(f"oracle runs, summed: {sum(seconds(r) for r in oracle) / 60:.1f} min (target <= 20 min)")
    slowest = sorted(oracle, key=seconds, reverse=True)[:5]
    print("slowest oracle runs: " + ", ".join(f"{r.task} {seconds(r):.0f}s" for r in slowest))
    sys.exit(done.returncode)


if __name__ == "__main__":
    main()
