#!/usr/bin/env python3
"""Image build figures: OS base from nothing, task image added size, cached rebuild of every task.

    .venv/bin/python benchmarks/build_images.py [--full]

The base (and with --full the task base) is built under a throw-away image prefix, so the figures are from
nothing (no layer cache) and the real images are untouched. Prints one figure per line.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HARNESS = str(Path(sys.executable).parent / "harness")


def harness(*args: str, prefix: str | None = None) -> float:
    env = dict(os.environ)
    if prefix:
        env["WORKFLOOR_IMAGE_PREFIX"] = prefix
    started = time.monotonic()
    subprocess.run([HARNESS, *args], check=True, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.monotonic() - started


def image_size(name: str) -> int:
    out = subprocess.run(["docker", "image", "inspect", "-f", "{{.Size}}", name], check=True, capture_output=True,
                         text=True).stdout
    return int(out.strip())


def remove_prefix(prefix: str) -> None:
    names = subprocess.run(["docker", "images", "--format", "{{.Repository}}:{{.Tag}}"], capture_output=True,
                           text=True).stdout.split()
    doomed = [n for n in names if n.startswith(prefix)]
    if doomed:
        subprocess.run(["docker", "rmi", "-f", *doomed], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--full", action="store_true", help="also build the task base from nothing (minutes)")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from harness.settings import task_base_image, task_image

    prefix = f"wfbench{uuid.uuid4().hex[:6]}"
    try:
        base_s = harness('build', 'base', '--bootstrap', prefix=prefix)
        print(f"base image from nothing (debootstrap + import): {base_s:.1f} s")
        if args.full:
            print(f"task base from nothing: {harness('build', 'task-base', prefix=prefix):.1f} s")
    finally:
        remove_prefix(prefix)
    harness("build", "tasks")
    example = task_image("example", "1.0.0")
    added = image_size(example) - image_size(task_base_image())
    print(f"task base image size: {image_size(task_base_image()) / 1e6:.0f} MB")
    print(f"example task image adds: {added / 1e3:.1f} kB on top of the task base")
    subprocess.run(["docker", "rmi", "-f", example], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(f"example task image first build: {harness('build', 'task', 'example'):.1f} s")
    print(f"cached rebuild of all tasks (nothing changed): {harness('build', 'tasks'):.2f} s")


if __name__ == "__main__":
    main()
