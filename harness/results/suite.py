"""The suite a submission is checked against: task name -> image id and the image's task label.

Either the task images built locally (from a tasks folder: each task's ``task.toml`` names its image), or a
manifest file written by ``harness submission manifest`` (so a leaderboard needs no images to check).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from grading.atomic import write_atomically

from ..errors import InputError
from ..task.meta import TaskImageInfo, TaskMeta, describe_validation_error


class SuiteTask(BaseModel):
    model_config = ConfigDict(extra="forbid")
    image: str
    image_id: str
    info: TaskImageInfo  # the image's task label: checkpoint totals, scoring, timeouts, role, ...


class SuiteManifest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    format: Literal["workfloor-suite-1"] = "workfloor-suite-1"
    suite_version: str
    tasks: dict[str, SuiteTask]


def suite_version(image_ids: dict[str, str]) -> str:
    """sha256 over the sorted (task name, image id) pairs, first 16 hex digits."""
    text = "\n".join(f"{name} {image_id}" for name, image_id in sorted(image_ids.items()))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def manifest_from_images(task_dirs: list[Path]) -> SuiteManifest:
    """The manifest of the locally built images of the tasks in ``task_dirs`` (InputError if one is missing)."""
    from ..run.task_ref import read_task_image
    from ..settings import task_image

    tasks: dict[str, SuiteTask] = {}
    for folder in task_dirs:
        meta = TaskMeta.load(folder / "task.toml")
        tag = task_image(meta.name, meta.version)
        image_id, info = read_task_image(tag)
        tasks[meta.name] = SuiteTask(image=tag, image_id=image_id, info=info)
    if not tasks:
        raise InputError("the suite has no tasks")
    return SuiteManifest(suite_version=suite_version({n: t.image_id for n, t in tasks.items()}), tasks=tasks)


def task_folders(root: Path, names: list[str] | None = None) -> list[Path]:
    """Task folders under ``root`` (those named, or all with a task.toml)."""
    if names:
        missing = [n for n in names if not (root / n / "task.toml").is_file()]
        if missing:
            raise InputError(f"no task folder named {', '.join(missing)} under {root}")
        return [root / n for n in names]
    return sorted(p for p in root.iterdir() if (p / "task.toml").is_file()) if root.is_dir() else []


def write_manifest(manifest: SuiteManifest, path: Path) -> None:
    write_atomically(path, manifest.model_dump_json(indent=2) + "\n")


def load_suite(ref: Path, only: set[str] | None = None) -> SuiteManifest:
    """A manifest file, or a tasks folder whose images are built locally (just the tasks in ``only`` if given)."""
    if ref.is_file():
        try:
            return SuiteManifest.model_validate(json.loads(ref.read_bytes()))
        except ValueError as exc:
            detail = describe_validation_error(exc) if isinstance(exc, ValidationError) else str(exc)
            raise InputError(f"{ref}: not a suite manifest: {detail}") from None
    folders = [f for f in task_folders(ref) if only is None or f.name in only]
    if not folders:
        raise InputError(f"{ref}: neither a suite manifest nor a folder of tasks")
    return manifest_from_images(folders)
