"""Which runs a study consists of: task selection and the (task, examinee, trial) slots.

``--tasks`` is a comma-separated list of selectors. Names and ``all`` (every task under the tasks folder
except ``example``) form the base set; ``role:X``, ``service:X`` and ``difficulty:X`` filters narrow it
(filters of one kind are alternatives, filters of different kinds must all hold). Only filters: the base
is ``all``. Unknown names or filter values are an InputError naming them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..task.check import load_task
from ..task.meta import Difficulty, Role, TaskMeta
from .models import ExamineeConfig, StudyConfig

FILTERS = ("role", "service", "difficulty")
NOT_IN_ALL = ("example",)


@dataclass(frozen=True)
class Slot:
    """One planned run: its place in the study."""

    task: str
    examinee: ExamineeConfig
    trial: int

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.task, self.examinee.label, self.trial)


def split_selectors(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def task_folders(root: Path) -> dict[str, Path]:
    """Task folders by name: ``root``'s, then the built-in ones it does not hide."""
    from ..task.locate import all_task_folders, task_roots

    if not any(r.is_dir() for r in task_roots(root)):
        raise InputError(f"no tasks folder at {root}")
    return all_task_folders(root)


def select_tasks(selectors: list[str], root: Path) -> dict[str, TaskMeta]:
    """The selected tasks' metadata, by name, in name order."""
    folders = task_folders(root)
    names: list[str] = []
    filters: dict[str, set[str]] = {}
    for selector in selectors:
        kind, sep, value = selector.partition(":")
        if not sep:
            if selector == "all":
                names.extend(n for n in folders if n not in NOT_IN_ALL)
            elif selector in folders:
                names.append(selector)
            else:
                raise InputError(f"--tasks: no task named {selector!r} under {root}")
            continue
        if kind not in FILTERS:
            raise InputError(f"--tasks: unknown filter {kind!r} in {selector!r} (use {', '.join(FILTERS)}, "
                             "a task name or all)")
        _check_value(kind, value)
        filters.setdefault(kind, set()).add(value)
    if not names and not any(s for s in selectors if ":" not in s):
        names = [n for n in folders if n not in NOT_IN_ALL]
    metas = {name: load_task(folders[name]).meta for name in dict.fromkeys(names)}
    chosen = {name: meta for name, meta in sorted(metas.items()) if _matches(meta, filters)}
    if not chosen:
        raise InputError(f"--tasks {','.join(selectors)}: no task matches")
    return chosen


def _check_value(kind: str, value: str) -> None:
    from grading.endpoints import SERVICES

    choices: dict[str, list[str]] = {"role": [r.value for r in Role], "difficulty": [d.value for d in Difficulty],
                                     "service": [str(s) for s in SERVICES]}
    known = choices[kind]
    if value not in known:
        raise InputError(f"--tasks: unknown {kind} {value!r} (known: {', '.join(known)})")


def _matches(meta: TaskMeta, filters: dict[str, set[str]]) -> bool:
    have = {"role": {meta.role.value}, "service": set(meta.services), "difficulty": {meta.difficulty.value}}
    return all(values & have[kind] for kind, values in filters.items())


def plan_slots(config: StudyConfig, tasks: list[str]) -> list[Slot]:
    """Every run of the study, trial by trial (trial 1 of everything first), then task, then examinee
    (an examinee with ``only_tasks`` runs on those tasks only)."""
    return [Slot(task, examinee, trial) for trial in range(1, config.k + 1) for task in tasks
            for examinee in config.examinees if examinee.only_tasks is None or task in examinee.only_tasks]
