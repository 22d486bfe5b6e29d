"""Deeper task checks: rubric points match the evaluator's checkpoints; declared services match use;
no file of the task holds a company password other than the examinee's.

The evaluator is executed on the host in a subprocess with no services reachable, no LLM and dummy
logins (``grading.credentials``): every ``@grader`` then fails, but the ``Result`` still shows each
checkpoint's total.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from grading.credentials import Login, credentials_env
from grading.endpoints import SERVICES

from ..services.credentials import others_passwords
from .check import LoadedTask

PROBE = """
import json, sys, runpy
sys.path.insert(0, sys.argv[2])
from grading import Result, Trajectory
from grading.scoring import strategy_name
namespace = runpy.run_path(sys.argv[1], run_name="evaluator")
result = namespace["grade_checkpoints"](trajectory=Trajectory(""))
if not isinstance(result, Result):
    print(json.dumps({"error": "grade_checkpoints returned " + type(result).__name__}))
else:
    print(json.dumps({"totals": [c.total for c in result.checkpoints],
                      "scoring": strategy_name(result.scoring_strategy)}))
"""

SERVICE_PATTERNS = {
    "chat": r"clients\.chat|clients import chat|ChatClient|chat\.login|/_matrix/",
    "tracker": r"clients\.tracker|clients import tracker|TrackerClient|:3000|/issues\.json",
    "files": r"clients\.files|clients import files|FilesClient|:3923",
    "git": r"clients\.git|clients import git|GitClient|:8929|git clone|git push",
}


def evaluator_totals(task: LoadedTask, timeout: float = 120) -> tuple[list[int], str] | str:
    """(checkpoint totals, scoring name) the evaluator reports, or an error message."""
    utils_dir = Path(__file__).resolve().parents[2] / "utils"
    dummy = Login("workfloor-lint", "not-a-password")
    env = {**os.environ, "LITELLM_MODEL": "offline", "SERVER_HOSTNAME": "workfloor-lint.invalid",
           "PYTHONDONTWRITEBYTECODE": "1", **credentials_env(dummy, dummy)}
    try:
        proc = subprocess.run([sys.executable, "-c", PROBE, str(task.paths.evaluator.resolve()), str(utils_dir)],
                              capture_output=True, text=True, timeout=timeout, env=env, cwd="/")
    except subprocess.TimeoutExpired:
        return f"evaluator did not finish within {timeout:.0f}s with no services reachable"
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return f"evaluator failed with no services reachable: {last}"
    data = json.loads(lines[-1])
    if data.get("error"):
        return str(data["error"])
    return [int(t) for t in data["totals"]], str(data["scoring"])


def used_services(task: LoadedTask) -> set[str]:
    sources = [task.paths.evaluator, *task.paths.hooks()]
    if task.paths.solution_dir.is_dir():
        sources += [p for p in task.paths.solution_dir.rglob("*") if p.is_file()]
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in sources)
    return {s for s in SERVICES if re.search(SERVICE_PATTERNS[s], text)}


def leaked_passwords(task: LoadedTask) -> list[str]:
    """One problem per (file, person) for every task file holding a non-examinee's password.

    Every file of the task folder counts except the rubric (never shipped): what goes into the image,
    and the solution, which runs as the examinee. Binary files are searched as raw bytes.
    """
    passwords = {user: pw.encode() for user, pw in others_passwords().items()}
    root = task.paths.root
    files = sorted(p for p in root.rglob("*") if p.is_file() and p != task.paths.rubric)
    problems = []
    for path in files:
        data = path.read_bytes()
        for user, password in passwords.items():
            if password in data:
                problems.append(f"{path}: holds the password of {user} "
                                f"(log in with grading.credentials' admin() or examinee() instead)")
    return problems


def lint_task(task: LoadedTask) -> list[str]:
    """Problems beyond the folder's shape (empty list when fine)."""
    problems = []
    probed = evaluator_totals(task)
    rubric = [item.points for item in task.rubric]
    where = task.paths.evaluator
    if isinstance(probed, str):
        problems.append(f"{where}: {probed}")
    else:
        totals, scoring = probed
        if totals != rubric:
            problems.append(f"{where}: checkpoint totals {totals} do not match the rubric's points {rubric}")
        if scoring != task.meta.scoring:
            problems.append(f"{where}: the evaluator scores with {scoring!r} but task.toml says "
                            f"scoring = {task.meta.scoring!r}")
    used = used_services(task)
    declared = set(task.meta.services)
    for service in sorted(used - declared):
        problems.append(f"{task.paths.metadata}: the evaluator, hooks or solution use '{service}' "
                        f"but services does not list it")
    for service in sorted(declared - used - {"chat"} if task.scenarios else declared - used):
        problems.append(f"{task.paths.metadata}: services lists '{service}' but nothing in the task uses it")
    problems += real_date_problems(task)
    return problems + leaked_passwords(task)


def real_date_problems(task: LoadedTask) -> list[str]:
    """Hooks must not depend on the real date: an issue created with a due date but no start date gets
    today's real date as its start (Redmine), which breaks once the calendar passes the due date."""
    import ast

    problems = []
    for hook in task.paths.hooks():
        if hook.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(hook.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "create_issue":
                names = {k.arg for k in node.keywords}
                if "due_date" in names and "start_date" not in names:
                    problems.append(f"{hook}:{node.lineno}: create_issue with a due_date needs a start_date "
                                    "(else the tracker uses the real today, and the hook breaks with the calendar)")
    return problems
