"""Validation of a task folder: every problem found, each as one clear line."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .meta import TaskMeta
from .paths import HOOK_NAMES, SOLUTION_ENTRIES, TaskPaths
from .rubric import RubricItem, parse_rubric
from .scenarios import ScenarioFile


@dataclass(frozen=True)
class LoadedTask:
    """A validated task folder."""

    paths: TaskPaths
    meta: TaskMeta
    rubric: list[RubricItem]
    scenarios: ScenarioFile | None

    @property
    def points(self) -> int:
        return sum(item.points for item in self.rubric)


def check_evaluator_source(path: Path) -> None:
    """Syntax errors and a missing ``grade_checkpoints`` are caught here, at build time."""
    if not path.is_file():
        raise InputError(f"{path}: evaluator is missing")
    source = path.read_text(encoding="utf-8")
    try:
        tree = ast.parse(source, filename=str(path))
    except SyntaxError as exc:
        raise InputError(f"{path}:{exc.lineno}: syntax error in evaluator: {exc.msg}") from None
    defined = {
        node.name for node in tree.body if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    if "grade_checkpoints" not in defined:
        raise InputError(f"{path}: evaluator must define grade_checkpoints(trajectory)")


def _check_instruction(paths: TaskPaths) -> None:
    if not paths.instruction.is_file():
        raise InputError(f"{paths.instruction}: instruction is missing")
    if not paths.instruction.read_text(encoding="utf-8").strip():
        raise InputError(f"{paths.instruction}: instruction is empty")


def _check_solution(paths: TaskPaths) -> None:
    if paths.solution_entry is None:
        raise InputError(
            f"{paths.solution_dir}: reference solution is missing (need {' or '.join(SOLUTION_ENTRIES)})"
        )


def _check_solution_expectations(paths: TaskPaths, checkpoints: int) -> None:
    """The solution files and the ``## Solutions`` section of the rubric agree (harness.task.solutions)."""
    from .solutions import expectation_problems, find_solutions, parse_expectations

    problems = expectation_problems(find_solutions(paths.solution_dir), parse_expectations(paths.rubric), checkpoints)
    if problems:
        raise InputError(f"{paths.rubric}: ## Solutions: {'; '.join(problems)}")


def _check_hooks(paths: TaskPaths) -> None:
    if paths.hooks_dir.is_dir():
        for entry in sorted(paths.hooks_dir.iterdir()):
            if entry.name not in HOOK_NAMES:
                raise InputError(f"{entry}: unknown hook (allowed: {', '.join(HOOK_NAMES)})")


def _known_people() -> set[str] | None:
    """Usernames of the company's people, when the company data is present."""
    from ..company_people import company_usernames

    return company_usernames()


def check_task(root: Path) -> tuple[LoadedTask | None, list[str]]:
    """Validate a task folder; return the loaded task (None if invalid) and every problem found."""
    paths = TaskPaths(root)
    if not root.is_dir():
        return None, [f"{root}: not a task folder (no such directory)"]
    problems: list[str] = []

    def attempt(check: Callable[[], object]) -> object:
        try:
            return check()
        except InputError as exc:
            problems.append(str(exc))
            return None

    meta = attempt(lambda: TaskMeta.load(paths.metadata))
    if isinstance(meta, TaskMeta) and meta.name != paths.name:
        problems.append(f"{paths.metadata}: name {meta.name!r} must match the folder name {paths.name!r}")
    attempt(lambda: _check_instruction(paths))
    rubric = attempt(lambda: parse_rubric(paths.rubric) if paths.rubric.is_file() else _missing(paths.rubric))
    attempt(lambda: check_evaluator_source(paths.evaluator))
    attempt(lambda: _check_solution(paths))
    attempt(lambda: _check_hooks(paths))
    scenarios = attempt(lambda: ScenarioFile.load(paths.scenarios)) if paths.scenarios.is_file() else None
    if isinstance(scenarios, ScenarioFile):
        people = _known_people()
        for colleague in scenarios.colleagues:
            if people is not None and colleague.username not in people:
                problems.append(f"{paths.scenarios}: colleague {colleague.username!r} is not in the company")
        if isinstance(meta, TaskMeta) and "chat" not in meta.services:
            problems.append(f"{paths.metadata}: a task with colleagues must list the 'chat' service")
    if isinstance(rubric, list):
        attempt(lambda: _check_solution_expectations(paths, len(rubric)))
    if problems or not isinstance(meta, TaskMeta) or not isinstance(rubric, list):
        return None, problems
    return LoadedTask(paths, meta, rubric, scenarios if isinstance(scenarios, ScenarioFile) else None), []


def _missing(path: Path) -> None:
    raise InputError(f"{path}: rubric is missing")


def load_task(root: Path) -> LoadedTask:
    """The validated task, or InputError naming the first problem (and how many more there are)."""
    task, problems = check_task(root)
    if task is None:
        more = f" (and {len(problems) - 1} more; see `harness task check {root}`)" if len(problems) > 1 else ""
        raise InputError(problems[0] + more)
    return task


def find_task_dir(name_or_path: str, tasks_root: Path) -> Path:
    """A task folder from a path, or a task name under ``tasks_root`` or the built-in tasks."""
    candidate = Path(name_or_path)
    if candidate.is_dir():
        return candidate.resolve()
    from .locate import find_task_folder, task_roots

    named = find_task_folder(name_or_path, tasks_root)
    if named is not None:
        return named.resolve()
    where = " and ".join(str(root / name_or_path) for root in task_roots(tasks_root))
    raise InputError(f"no task folder {name_or_path!r} (looked at ./{name_or_path} and {where})")
