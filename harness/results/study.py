"""Loading a study folder: ``study.json`` + ``results.json``, or plain run folders (rows made from ``run.json``).

``load_study(path)`` accepts a study folder, a folder of run folders, or one run folder's parent; the rows
it returns are always ``ResultRow``s, so reports, the viewer and submissions read one shape.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from ..errors import InputError
from ..run.record import RunRecord
from ..task.meta import TaskMeta, describe_validation_error
from .models import ResultRow, StudyFile


@dataclass
class Study:
    root: Path  # the study folder (run_dir of rows is relative to it)
    name: str
    file: StudyFile | None  # None for a plain folder of runs
    rows: list[ResultRow]

    def run_path(self, row: ResultRow) -> Path:
        return self.root / row.run_dir


def load_study(path: Path) -> Study:
    """The study at ``path``; InputError (one line) when it is neither a study nor a folder of runs."""
    if not path.is_dir():
        raise InputError(f"{path}: not a folder")
    study_file = _read_model(path / "study.json", StudyFile) if (path / "study.json").is_file() else None
    rows = _read_rows(path / "results.json") if (path / "results.json").is_file() else rows_from_runs(path)
    if study_file is None and not rows:
        raise InputError(f"{path}: no study.json, results.json or run folders (runs/<id>/run.json)")
    name = study_file.name if study_file else path.resolve().name
    return Study(path, name, study_file, rows)


def _read_model(path: Path, model: type[StudyFile]) -> StudyFile:
    try:
        return model.model_validate_json(path.read_bytes())
    except ValidationError as exc:
        raise InputError(f"{path}: {describe_validation_error(exc)}") from None


def _read_rows(path: Path) -> list[ResultRow]:
    try:
        data = json.loads(path.read_bytes())
    except ValueError as exc:
        raise InputError(f"{path}: not JSON: {exc}") from None
    if not isinstance(data, list):
        raise InputError(f"{path}: expected a JSON list of result rows")
    rows = []
    for index, item in enumerate(data):
        try:
            rows.append(ResultRow.model_validate(item))
        except ValidationError as exc:
            raise InputError(f"{path}: row {index}: {describe_validation_error(exc)}") from None
    return rows


def run_folders(path: Path) -> list[Path]:
    """Run folders (holding run.json) under ``path/runs`` or directly under ``path``."""
    base = path / "runs" if (path / "runs").is_dir() else path
    return sorted(p.parent for p in base.glob("*/run.json"))


def examinee_label(record: RunRecord) -> str:
    return f"{record.agent.name}:{record.agent.model}" if record.agent.model else record.agent.name


def rows_from_runs(path: Path) -> list[ResultRow]:
    """One row per readable run folder, trials numbered per (task, examinee) in start order."""
    records: list[tuple[Path, RunRecord]] = []
    for folder in run_folders(path):
        try:
            records.append((folder, RunRecord.model_validate_json((folder / "run.json").read_bytes())))
        except (ValidationError, OSError):
            continue  # a run still starting, or not ours: skipped
    records.sort(key=lambda item: item[1].started_at)
    trials: dict[tuple[str, str], int] = {}
    rows = []
    for folder, record in records:
        key = (record.task, examinee_label(record))
        trials[key] = trials.get(key, 0) + 1
        rows.append(row_from_record(record, folder, path, trials[key], _task_meta(record.task)))
    return rows


def _task_meta(name: str) -> TaskMeta | None:
    from ..settings import tasks_dir
    from ..task.locate import find_task_folder

    folder = find_task_folder(name, tasks_dir())
    try:
        return TaskMeta.load(folder / "task.toml") if folder is not None else None
    except InputError:
        return None


def row_from_record(record: RunRecord, folder: Path, root: Path, trial: int, meta: TaskMeta | None) -> ResultRow:
    """The results.json row of the run in ``folder`` (``run_dir`` relative to ``root``; task facts from ``meta``)."""
    run_dir = folder.relative_to(root).as_posix()
    trajectory_steps = _agent_steps(folder)
    checkpoints = record.checkpoints or []
    final = record.final_score
    return ResultRow(
        run_id=record.run_id, run_dir=run_dir, task=record.task,
        role=meta.role.value if meta else "?", services=list(meta.services) if meta else [],
        difficulty=meta.difficulty.value if meta else "?",
        examinee=examinee_label(record), agent=record.agent.name, model=record.agent.model, trial=trial,
        status=record.status.value, score=record.score,
        points=final.result if final else None, total_points=final.total if final else None,
        checkpoints=[c.result for c in checkpoints] if record.checkpoints is not None else None,
        resolved=bool(checkpoints) and all(c.result == c.total for c in checkpoints),
        steps=trajectory_steps, prompt_tokens=record.prompt_tokens, completion_tokens=record.completion_tokens,
        cost_usd=record.cost_usd, wall_s=round(sum(record.phases.values()), 3),
        started_at=record.started_at, finished_at=record.finished_at,
    )


def _agent_steps(run_dir: Path) -> int:
    try:
        data = json.loads((run_dir / "trajectory.json").read_bytes())
        return int(data.get("final_metrics", {}).get("total_steps") or 0)
    except (OSError, ValueError, AttributeError, TypeError):
        return 0
