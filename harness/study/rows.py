"""Result rows from run records, and adopting finished runs a killed study did not get to record."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from ..run.record import RunRecord
from ..task.meta import TaskMeta
from .execute import count_steps
from .folder import FINAL, Results
from .models import ResultRow
from .plan import Slot


def make_row(record: RunRecord, meta: TaskMeta, slot: Slot, *, attempt: int, wall_s: float | None = None,
             steps: int | None = None, runs_dir: Path | None = None) -> ResultRow:
    final = record.final_score
    checkpoints = [c.result for c in record.checkpoints] if record.checkpoints is not None else None
    resolved = bool(record.checkpoints) and all(c.result == c.total for c in record.checkpoints or [])
    if steps is None:
        steps = count_steps(runs_dir / record.run_id) if runs_dir else 0
    return ResultRow(
        run_id=record.run_id, run_dir=f"runs/{record.run_id}", task=slot.task, role=meta.role.value,
        services=list(meta.services), difficulty=meta.difficulty.value, examinee=slot.examinee.label,
        agent=slot.examinee.agent, model=slot.examinee.model, trial=slot.trial, status=record.status.value,
        score=record.score, points=final.result if final else None, total_points=final.total if final else None,
        checkpoints=checkpoints, resolved=resolved, steps=steps, prompt_tokens=record.prompt_tokens,
        completion_tokens=record.completion_tokens, cost_usd=record.cost_usd,
        wall_s=round(wall_s if wall_s is not None else _elapsed(record), 3), attempt=attempt,
        started_at=record.started_at, finished_at=record.finished_at,
    )


def _elapsed(record: RunRecord) -> float:
    try:
        start = datetime.fromisoformat(record.started_at.replace("Z", "+00:00"))
        end = datetime.fromisoformat(record.finished_at.replace("Z", "+00:00"))
    except ValueError:
        return 0.0
    return max(0.0, (end - start).total_seconds())


def adopt_orphans(results: Results, pending: list[Slot], metas: dict[str, TaskMeta], rerun: list[str]) -> int:
    """Record finished runs in ``runs/`` that no row names (a study killed between a run's end and its row),
    when their task and agent (kind and model) point to exactly one examinee with a pending slot.
    Returns how many were adopted; those slots leave ``pending``."""
    runs_dir = results.path / "runs"
    if not runs_dir.is_dir():
        return 0
    known = results.referenced()
    adopted = 0
    for folder in sorted(runs_dir.iterdir()):
        if folder.name in known or not (folder / "run.json").is_file():
            continue
        try:
            record = RunRecord.model_validate_json((folder / "run.json").read_text())
        except (OSError, ValidationError, ValueError):
            continue
        if record.status.value not in FINAL or record.status.value in rerun or record.task not in metas:
            continue
        matching = [s for s in pending if s.task == record.task and s.examinee.agent == record.agent.name
                    and s.examinee.model == record.agent.model]
        if len({s.examinee.label for s in matching}) != 1:
            continue
        slot = min(matching, key=lambda s: s.trial)
        results.put(make_row(record, metas[record.task], slot, attempt=1, runs_dir=runs_dir))
        pending.remove(slot)
        adopted += 1
    return adopted
