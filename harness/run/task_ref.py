"""Finding the task image a run refers to (an image name, or a task name that is built on demand)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docker.errors import ImageNotFound
from pydantic import ValidationError

from ..docker_env import docker_client
from ..errors import InputError
from ..settings import LABEL_TASK, task_image
from ..task.locate import find_task_folder
from ..task.meta import TaskImageInfo, describe_validation_error


@dataclass(frozen=True)
class ResolvedTask:
    image: str
    image_id: str
    info: TaskImageInfo
    task_dir: Path | None  # the source folder, when the tasks dir has it


def read_task_image(image: str) -> tuple[str, TaskImageInfo]:
    """(image id, metadata) from a task image's label; InputError if it is not a task image."""
    try:
        found = docker_client().images.get(image)
    except ImageNotFound:
        raise InputError(f"no image {image!r} (build it with `harness build task <name>`)") from None
    label = (found.labels or {}).get(LABEL_TASK)
    if not label:
        raise InputError(f"image {image!r} is not a workfloor task image (it has no {LABEL_TASK} label)")
    try:
        return str(found.id), TaskImageInfo.model_validate_json(label)
    except ValidationError as exc:
        raise InputError(f"image {image!r} has a malformed task label: {describe_validation_error(exc)}") from None


def resolve_task(ref: str, tasks_root: Path, key: str, build_missing: bool = True) -> ResolvedTask:
    """An image name (``repo:tag``) or a task name under ``tasks_root`` or the built-in tasks (its image
    built or refreshed from the folder, unless ``build_missing`` is False)."""
    folder = find_task_folder(ref, tasks_root) if ":" not in ref else None
    if folder is not None:
        from ..task.check import load_task

        task = load_task(folder)
        tag = task_image(task.meta.name, task.meta.version)
        if build_missing:
            from ..build.task_base import build_task_base
            from ..build.task_image import build_task_image

            build_task_base()  # both skipped in well under a second when nothing changed
            build_task_image(task, key)
        else:
            try:
                docker_client().images.get(tag)
            except ImageNotFound:
                raise InputError(f"no image {tag!r} (build it with `harness build task {ref}`)") from None
        image_id, info = read_task_image(tag)
        return ResolvedTask(tag, image_id, info, folder)
    if "/" not in ref and ":" not in ref:
        try:
            docker_client().images.get(ref)
        except ImageNotFound:
            raise InputError(f"no task image or task folder named {ref!r} (tasks are in {tasks_root})") from None
    image_id, info = read_task_image(ref)
    return ResolvedTask(ref, image_id, info, find_task_folder(info.name, tasks_root))
