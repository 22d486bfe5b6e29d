"""Where task folders are found: ``./tasks`` of the current directory first, then the built-in ``tasks/``.

A task author keeps their tasks in ``./tasks`` of any directory; the commands that take a task name look
there first and fall back to the repository's own tasks. A local task with a built-in task's name hides
it (``harness task new`` refuses such names, since both would build the same image tag).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError

TASK_FILE = "task.toml"


def builtin_tasks_dir() -> Path:
    """The repository's ``tasks/`` folder."""
    from ..settings import repo_root

    return repo_root() / "tasks"


def task_roots(primary: Path) -> list[Path]:
    """``primary`` then the built-in folder, each once (``primary`` may be the built-in folder itself)."""
    roots: list[Path] = []
    for root in (primary, builtin_tasks_dir()):
        if not any(_same(root, seen) for seen in roots):
            roots.append(root)
    return roots


def find_task_folder(name: str, primary: Path) -> Path | None:
    """The first folder named ``name`` holding a task.toml under the roots, or None."""
    if not name or "/" in name or name.startswith("."):
        return None
    for root in task_roots(primary):
        if (root / name / TASK_FILE).is_file():
            return root / name
    return None


def all_task_folders(primary: Path, *, any_folder: bool = False) -> dict[str, Path]:
    """Every task folder by name, in name order; ``primary``'s hide the built-in ones of the same name.

    A task folder holds a task.toml; with ``any_folder`` every visible sub-folder counts (so a listing can
    show a broken task as invalid instead of hiding it)."""
    found: dict[str, Path] = {}
    for root in task_roots(primary):
        if not root.is_dir():
            continue
        for folder in sorted(root.iterdir()):
            if folder.name in found or folder.name.startswith(".") or not folder.is_dir():
                continue
            if any_folder or (folder / TASK_FILE).is_file():
                found[folder.name] = folder
    return dict(sorted(found.items()))


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def every_task_folder(primary: Path) -> list[Path]:
    """Every visible task folder (broken ones too), as ``harness task list`` shows them; InputError if none."""
    folders = list(all_task_folders(primary, any_folder=True).values())
    if not folders:
        raise InputError(f"no task folders under {primary} or {builtin_tasks_dir()}")
    return folders
