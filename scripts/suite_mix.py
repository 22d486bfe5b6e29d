#!/usr/bin/env python3
"""The suite's mix against issue 12's targets: roles, hard tasks, colleagues, services, web-UI-only tasks.

    .venv/bin/python scripts/suite_mix.py [TASKS_DIR]

Reads every ``TASKS_DIR/*/task.toml`` (default: the repository's tasks/, without the example). A task needs a
colleague when it has a ``scenarios.yaml``; it is web-UI-only when its task.toml says "Web UI only" in a
comment (there is no field for it yet). Prints counts and the targets of a 100-task suite.
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter
from pathlib import Path

TARGETS = {"tasks": 100, "sde": 39, "hr": 17, "pm": 16, "admin": 10, "ds": 9, "finance": 9, "colleague": 25,
           "three services": 15, "hard": 15, "web-UI-only": 10}


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "tasks"
    counts: Counter[str] = Counter()
    services: Counter[str] = Counter()
    for toml in sorted(root.glob("*/task.toml")):
        if toml.parent.name == "example":
            continue
        text = toml.read_text(encoding="utf-8")
        info = tomllib.loads(text)
        counts["tasks"] += 1
        counts[info["role"]] += 1
        counts["hard"] += info.get("difficulty") == "hard"
        counts["colleague"] += (toml.parent / "scenarios.yaml").exists()
        counts["three services"] += len(info.get("services", [])) >= 3
        counts["web-UI-only"] += "web ui only" in text.lower()
        services.update(info.get("services", []))
    for name, target in TARGETS.items():
        print(f"{name:15s} {counts[name]:4d} / {target}")
    print("services       ", ", ".join(f"{s} {n}" for s, n in services.most_common()))


if __name__ == "__main__":
    main()
