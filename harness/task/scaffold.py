"""``harness task new``: a task folder that passes ``harness task check`` and builds, but earns nothing.

The folder holds task.toml, the instruction, the rubric (with its ``## Solutions`` section), an evaluator
whose two checkpoints fail with a message saying what to write, a setup hook (when the task uses
services), the colleagues' scenarios (when it uses chat) and one failing stub per solution kind. It is
written under a hidden temporary name and renamed into place, so it appears whole or not at all.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .locate import find_task_folder
from .meta import Difficulty, Role, TaskMeta, validate_as
from .scaffold_text import (
    EVALUATOR,
    EXAMPLES,
    GUIDE,
    HOOK,
    HOOK_EXAMPLES,
    IMPORTS,
    RUBRIC,
    SCENARIOS,
    SOLUTION_HEAD,
    SOLUTIONS,
    TASK_MD,
    TASK_TOML,
)

DEPARTMENT_OF_ROLE = {Role.sde: "engineering", Role.pm: "product", Role.hr: "hr", Role.admin: "admin",
                      Role.ds: "data", Role.finance: "finance"}
FALLBACK_COLLEAGUE = "priya.natarajan"
NAME_PATTERN = r"[a-z0-9][a-z0-9-]{0,62}"  # as TaskMeta.name


@dataclass(frozen=True)
class NewTask:
    """What the author asked for; ``meta`` is validated like any task.toml."""

    meta: TaskMeta

    @classmethod
    def parse(cls, name: str, role: str, services: str, difficulty: str) -> NewTask:
        """Validated input; InputError (one line) naming the bad value."""
        listed = [s.strip() for s in services.split(",") if s.strip()]
        data = {"name": name, "role": role, "services": listed, "difficulty": difficulty}
        if not re.fullmatch(NAME_PATTERN, name):
            raise InputError(f"task name {name!r}: use lowercase letters, digits and dashes (at most 63, not "
                             "starting with a dash)")
        if role not in {r.value for r in Role}:
            raise InputError(f"--role: unknown role {role!r} (known: {', '.join(r.value for r in Role)})")
        if difficulty not in {d.value for d in Difficulty}:
            raise InputError(f"--difficulty: unknown difficulty {difficulty!r} "
                             f"(known: {', '.join(d.value for d in Difficulty)})")
        from grading.endpoints import SERVICES

        for service in listed:
            if service not in SERVICES:
                raise InputError(f"--services: unknown service {service!r} (known: {', '.join(SERVICES)})")
        if len(set(listed)) != len(listed):
            raise InputError(f"--services: a service is listed more than once in {services!r}")
        return cls(validate_as(TaskMeta, data, "harness task new"))


def create_task(request: NewTask, tasks_root: Path) -> Path:
    """Write the folder ``tasks_root/<name>``; InputError if it, or a task of that name, already exists."""
    name = request.meta.name
    target = tasks_root / name
    if target.exists():
        raise InputError(f"{target} already exists")
    existing = find_task_folder(name, tasks_root)
    if existing is not None:
        raise InputError(f"a task named {name!r} already exists at {existing} (its image would be replaced)")
    try:
        tasks_root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=tasks_root))
    except OSError as exc:
        raise InputError(f"cannot create {target}: {exc.strerror or exc}") from None
    try:
        for relative, text in render(request.meta).items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            if path.suffix == ".sh":
                path.chmod(0o755)
        staging.chmod(0o755)
        os.rename(staging, target)  # fails if the folder appeared meanwhile
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise InputError(f"cannot create {target}: {exc.strerror or exc}") from None
    return target


def render(meta: TaskMeta) -> dict[str, str]:
    """Relative path -> content of every file of the new task folder."""
    services = list(meta.services)
    files = {
        "task.toml": TASK_TOML.format(name=meta.name, role=meta.role.value, difficulty=meta.difficulty.value,
                                      services=", ".join(f'"{s}"' for s in services)),
        "task.md": TASK_MD.format(guide=GUIDE),
        "checkpoints.md": RUBRIC.format(name=meta.name),
        "evaluator.py": _evaluator(meta.name, services),
    }
    if services:
        imports = "".join(IMPORTS[s] + "\n" for s in services)
        examples = "".join(HOOK_EXAMPLES[s] for s in services)
        files["hooks/populate_data.py"] = HOOK.format(imports=imports, examples=examples)
    if "chat" in services:
        files["scenarios.yaml"] = SCENARIOS.format(guide=GUIDE, colleague=_colleague_for(meta.role))
    for file, (kind_line, todo) in SOLUTIONS.items():
        files[f"solution/{file}"] = SOLUTION_HEAD.format(kind_line=kind_line, file=file, todo=todo, guide=GUIDE)
    return files


def _evaluator(name: str, services: list[str]) -> str:
    imports = "".join(IMPORTS[s] + "\n" for s in services) or "from pathlib import Path  # noqa: F401\n"
    first = services[0] if services else ""
    second = services[1] if len(services) > 1 else first
    return EVALUATOR.format(name=name, imports=imports, guide=GUIDE, example_1=EXAMPLES[first],
                            example_2=EXAMPLES[second])


def _colleague_for(role: Role) -> str:
    """A person of the role's department (not the examinee, not the administrator) to answer in chat."""
    from grading.company import CompanyData

    from ..settings import repo_root

    root = repo_root() / "servers" / "company"
    if not (root / "people.yaml").is_file():
        return FALLBACK_COLLEAGUE
    people = CompanyData.load(root).people.people
    department = DEPARTMENT_OF_ROLE[role]
    for person in people:
        if person.department == department and not person.examinee and not person.admin:
            return str(person.username)
    return FALLBACK_COLLEAGUE
