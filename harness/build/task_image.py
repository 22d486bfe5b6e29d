"""Task images: the task base plus the instruction, encrypted secrets, hooks and files.

The rubric, the evaluator's plaintext, the solution and the colleagues' scenarios never enter
the build context. Identical input gives a byte-identical context (deterministic encryption),
and an image whose label records the same context digest is not rebuilt at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from grading.crypto import encrypt, salt_for
from grading.image_layout import EVALUATOR_PURPOSE, SCENARIOS_PURPOSE

from .. import __version__
from ..errors import InputError
from ..settings import LABEL_HARNESS, LABEL_KIND, LABEL_TASK, task_base_image, task_image
from ..task.check import LoadedTask, check_evaluator_source
from ..task.meta import TaskImageInfo
from .base import require_image
from .context import BuildContext, LogHook, build_if_changed

DOCKERFILE = """\
FROM {base}
COPY instruction/ /instruction/
COPY task/ /utils/task/
{workspace}"""


@dataclass(frozen=True)
class TaskBuild:
    tag: str
    image_id: str
    cached: bool


def image_info(task: LoadedTask) -> TaskImageInfo:
    return TaskImageInfo(
        **task.meta.model_dump(),
        checkpoints=len(task.rubric),
        points=task.points,
        checkpoint_points=[item.points for item in task.rubric],
        colleagues=[c.username for c in task.scenarios.colleagues] if task.scenarios else [],
        harness_version=__version__,
    )


def task_context(task: LoadedTask, key: str) -> BuildContext:
    """The build context: only what the examinee may hold, secrets encrypted with ``key``."""
    paths = task.paths
    check_evaluator_source(paths.evaluator)
    salt = salt_for(f"{task.meta.name}@{task.meta.version}")
    info = image_info(task)
    context = BuildContext()
    has_workspace = paths.workspace_dir.is_dir()
    context.add_bytes(
        "Dockerfile",
        DOCKERFILE.format(
            base=task_base_image(), workspace="COPY workspace/ /workspace/\n" if has_workspace else ""
        ).encode(),
    )
    context.add_file("instruction/task.md", paths.instruction)
    evaluator = encrypt(paths.evaluator.read_bytes(), key, salt=salt, purpose=EVALUATOR_PURPOSE)
    context.add_bytes("task/evaluator.enc", evaluator.model_dump_json().encode())
    if paths.scenarios.is_file():
        scenarios = encrypt(paths.scenarios.read_bytes(), key, salt=salt, purpose=SCENARIOS_PURPOSE)
        context.add_bytes("task/scenarios.enc", scenarios.model_dump_json().encode())
    context.add_bytes("task/task.json", (info.model_dump_json(indent=2) + "\n").encode())
    for hook in paths.hooks():
        context.add_file(f"task/hooks/{hook.name}", hook)
    if paths.data_dir.is_dir():
        context.add_tree("task/data", paths.data_dir)
    if has_workspace:
        context.add_tree("workspace", paths.workspace_dir)
    return context


def refuse_if_lint_fails(task: LoadedTask) -> None:
    """InputError when ``harness task check`` would refuse the task (rubric vs evaluator, services)."""
    from ..task.lint import lint_task

    problems = lint_task(task)
    if problems:
        more = f" (and {len(problems) - 1} more; see `harness task check`)" if len(problems) > 1 else ""
        raise InputError(f"task {task.meta.name} is not built: {problems[0]}{more}")


def build_task_image(task: LoadedTask, key: str, *, on_log: LogHook | None = None,
                     force: bool = False) -> TaskBuild:
    """Build the task's image (skipped when an identical one exists)."""
    require_image(task_base_image(), "harness build task-base")
    tag = task_image(task.meta.name, task.meta.version)
    labels = {
        LABEL_KIND: "task",
        LABEL_TASK: json.dumps(json.loads(image_info(task).model_dump_json()), separators=(",", ":")),
        LABEL_HARNESS: __version__,
    }
    new_id, cached = build_if_changed(task_context(task, key), tag, parent=task_base_image(), labels=labels,
                                      on_log=on_log, force=force, before_build=lambda: refuse_if_lint_fails(task))
    return TaskBuild(tag, new_id, cached=cached)
