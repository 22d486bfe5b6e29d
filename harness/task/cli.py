"""``harness task``: new (scaffold), check (validate), list, eval (grade a live container)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.table import Table

from ..errors import InputError

if TYPE_CHECKING:
    from grading.atif import Trajectory

    from ..run.live_eval import LiveEval

console = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, width=None if sys.stdout.isatty() else 200)  # no cut columns in pipes


@click.group("task")
def task_group() -> None:
    """Write, inspect, validate and grade task folders."""


@task_group.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def check_cmd(paths: tuple[Path, ...]) -> None:
    """Validate task folders; print every problem found."""
    from .check import check_task
    from .lint import lint_task

    failed = 0
    for path in paths:
        loaded, problems = check_task(path)
        if loaded is not None:
            problems = lint_task(loaded)
            if problems:
                loaded = None
        if loaded is None:
            failed += 1
            for problem in problems:
                console.print(f"[red]✗[/red] {problem}", markup=True, highlight=False)
        else:
            console.print(
                f"[green]✓[/green] {path}: {loaded.meta.name} {loaded.meta.version}, "
                f"{len(loaded.rubric)} checkpoints, {loaded.points} points", markup=True, highlight=False,
            )
    if failed:
        raise InputError(f"{failed} of {len(paths)} task folder(s) have problems")


@task_group.command("list")
def list_cmd() -> None:
    """List the tasks (./tasks first, then the built-in ones) with role, services, difficulty and checkpoints."""
    from ..settings import tasks_dir
    from .check import check_task
    from .locate import builtin_tasks_dir, every_task_folder

    table = Table("task", "role", "services", "difficulty", "steps", "checkpoints", "points")
    dirs = every_task_folder(tasks_dir())
    local = [p for p in dirs if p.parent.resolve() != builtin_tasks_dir().resolve()]
    if local:
        table.caption = f"{len(local)} from {tasks_dir()}, {len(dirs) - len(local)} built-in"
    for path in dirs:
        loaded, problems = check_task(path)
        if loaded is None:
            table.add_row(path.name, "[red]invalid[/red]", problems[0][:60], "", "", "", "")
            continue
        m = loaded.meta
        table.add_row(m.name, m.role.value, ",".join(m.services) or "-", m.difficulty.value,
                      str(m.expected_steps), str(len(loaded.rubric)), str(loaded.points))
    out.print(table)


@task_group.command("new")
@click.argument("name")
@click.option("--role", required=True, help="sde, pm, hr, admin, ds or finance.")
@click.option("--services", default="", help="Comma-separated: any of chat, tracker, files, git (default: none).")
@click.option("--difficulty", default="medium", show_default=True, help="easy, medium or hard.")
@click.option("--tasks-dir", "tasks_root", type=click.Path(path_type=Path), default=Path("tasks"),
              show_default=True, help="Folder the task folder is created in.")
def new_cmd(name: str, role: str, services: str, difficulty: str, tasks_root: Path) -> None:
    """Scaffold a task folder that passes `harness task check` and builds, but earns nothing yet."""
    from .scaffold import NewTask, create_task

    folder = create_task(NewTask.parse(name, role, services, difficulty), tasks_root)
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    console.print(f"created {folder}: {', '.join(files)}")
    console.print("next: fill in every TODO (docs/authoring.md), then\n"
                  f"  harness task check {folder}\n"
                  f"  harness run --task {name} --agent human --stack isolated    # do the task by hand\n"
                  f"  harness task eval {name} --container CONTAINER              # grade it, from another shell\n"
                  f"  harness verify {name}")


@task_group.command("eval")
@click.argument("name")
@click.option("--container", "container_ref", required=True,
              help="The running task container to grade (name or id; left running and unchanged).")
@click.option("--output", "output_root", type=click.Path(path_type=Path), default=Path("runs/task-eval"),
              show_default=True, help="Folder that receives one sub-folder (eval.json, eval.log) per grading.")
@click.option("--trajectory", "trajectory_path", type=click.Path(path_type=Path, dir_okay=False),
              help="An ATIF trajectory.json to give the evaluator (default: none recorded).")
@click.option("--server-hostname", default="localhost", show_default=True, envvar="SERVER_HOSTNAME",
              help="Where the services are, for a container on the host network.")
@click.option("--env-model", envvar="LITELLM_MODEL", help="Environment LLM [env LITELLM_MODEL] (default: offline).")
@click.option("--env-api-key", envvar="LITELLM_API_KEY")
@click.option("--env-base-url", envvar="LITELLM_BASE_URL")
@click.option("--key", default=None, help="Key that encrypts evaluators [env var: WORKFLOOR_KEY].")
def eval_cmd(name: str, container_ref: str, output_root: Path, trajectory_path: Path | None, server_hostname: str,
             env_model: str | None, env_api_key: str | None, env_base_url: str | None, key: str | None) -> None:
    """Grade a live task container as a run would (current build of the task); print the checkpoints."""
    from ..run.lifecycle import EnvLLM
    from ..run.live_eval import LiveEvalOptions, eval_live_container
    from ..run.run_folder import check_writable
    from ..run.task_ref import resolve_task
    from ..settings import resolve_key, tasks_dir
    from .locate import find_task_folder

    check_writable(output_root)
    secret = resolve_key(key)
    trajectory = _read_trajectory(trajectory_path) if trajectory_path else None
    task = resolve_task(name, tasks_dir(), secret)
    options = LiveEvalOptions(output_root=output_root, key=secret, env_llm=EnvLLM(env_model, env_api_key,
                              env_base_url), server_hostname=server_hostname, trajectory=trajectory)
    result = eval_live_container(task, container_ref, options)
    folder = task.task_dir or find_task_folder(task.info.name, tasks_dir())
    _print(result, task.info.name, _headings(folder))
    console.print(f"eval.json and eval.log: {result.folder}; {container_ref} is still running")


def _read_trajectory(path: Path) -> Trajectory:
    from pydantic import ValidationError

    from grading.atif import Trajectory

    from .meta import describe_validation_error

    try:
        return Trajectory.model_validate_json(path.read_bytes())
    except OSError as exc:
        raise InputError(f"--trajectory {path}: {exc.strerror or exc}") from None
    except ValidationError as exc:
        raise InputError(f"--trajectory {path}: not an ATIF trajectory: {describe_validation_error(exc)}") from None


def _headings(folder: Path | None, width: int = 70) -> list[str]:
    """The first line of each checkpoint's text in checkpoints.md (empty when there is no rubric)."""
    from .rubric import HEADING

    path = folder / "checkpoints.md" if folder is not None else None
    if path is None or not path.is_file():
        return []
    found: list[str] = []
    waiting = False
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.strip()
        if HEADING.match(text):
            found.append("")
            waiting = True
        elif waiting and text:
            waiting = False
            found[-1] = text if len(text) <= width else text[:width - 1] + "…"
    return found


def _print(result: LiveEval, task: str, headings: list[str]) -> None:
    evaluation = result.evaluation
    table = Table("checkpoint", "result", "total", "rubric", title=f"{task} — live container")
    for number, checkpoint in enumerate(evaluation.checkpoints, start=1):
        mark = "✓" if checkpoint.result == checkpoint.total else ("~" if checkpoint.result else "✗")
        heading = headings[number - 1] if number <= len(headings) else ""
        table.add_row(f"{mark} {number}", str(checkpoint.result), str(checkpoint.total), heading)
    out.print(table)
    final = evaluation.final_score
    out.print(f"score {evaluation.score:.3f} ({final.result}/{final.total} points)")
    for failure in result.failures:
        out.print(f"grader failed: {failure}", markup=False)
    for note in result.notes:
        console.print(f"note: {note}", markup=False)
