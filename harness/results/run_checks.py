"""Checks of one run inside a submission bundle: its record, image, recomputed score and trajectory."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from pydantic import ValidationError

from grading.atif import Trajectory, atif_problems

from ..run.record import RunRecord
from ..run.score_check import GradingMismatch, checked_evaluation
from ..task.meta import TaskImageInfo, describe_validation_error
from .models import SCORED_STATUSES
from .suite import SuiteManifest

AGENT_TIMEOUT_GRACE_S = 60.0  # the agent phase includes stopping it; beyond this the limit was not the task's


@dataclass
class RunCheck:
    run_id: str
    record: RunRecord | None = None
    score: float | None = None  # recomputed from eval.json and the suite's label
    resolved: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def counts_as_trial(self) -> bool:
        return self.record is not None and self.record.status.value in SCORED_STATUSES and self.score is not None


def check_run(run_id: str, files: dict[str, bytes], suite: SuiteManifest) -> RunCheck:
    """Every problem of run ``run_id`` (files under ``runs/<run_id>/``) as one line each."""
    check = RunCheck(run_id)
    where = f"run {run_id}"
    prefix = f"runs/{run_id}/"
    raw = files.get(prefix + "run.json")
    if raw is None:
        check.problems.append(f"{where}: run.json is missing")
        return check
    try:
        record = RunRecord.model_validate_json(raw)
    except ValidationError as exc:
        check.problems.append(f"{where}: run.json is invalid: {describe_validation_error(exc)}")
        return check
    check.record = record
    if record.run_id != run_id:
        check.problems.append(f"{where}: run.json names run {record.run_id!r}")
    task = suite.tasks.get(record.task)
    if task is None:
        check.problems.append(f"{where}: task {record.task!r} is not in the suite")
        return check
    if record.image_id != task.image_id:
        check.problems.append(f"{where}: image {record.image_id} differs from the suite's {task.image_id} "
                              f"for task {record.task}")
    expected = task.info.timeouts.model_dump()
    for name, seconds in sorted(record.limits.items()):
        if expected.get(name) != seconds:
            check.problems.append(f"{where}: its {name} timeout was {seconds}s; the task's is "
                                  f"{expected.get(name)}s (an override)")
    agent_s = record.phases.get("agent", 0.0)
    if agent_s > task.info.timeouts.agent + AGENT_TIMEOUT_GRACE_S:
        check.problems.append(f"{where}: the examinee ran {agent_s:.0f}s, longer than the task's limit of "
                              f"{task.info.timeouts.agent}s (an overridden timeout)")
    _check_score(check, record, files.get(prefix + "eval.json"), task.info)
    _check_trajectory(check, record, files, prefix)
    return check


def _check_score(check: RunCheck, record: RunRecord, raw: bytes | None, info: TaskImageInfo) -> None:
    where = f"run {check.run_id}"
    if record.status.value not in SCORED_STATUSES:
        return  # an infra error or an interruption: not a trial, nothing to recompute
    if raw is None:
        check.problems.append(f"{where}: eval.json is missing (status {record.status.value})")
        return
    try:
        evaluation = checked_evaluation(raw, info)
    except GradingMismatch as exc:
        check.problems.append(f"{where}: {exc}")
        return
    check.score = evaluation.score
    check.resolved = all(c.result == c.total for c in evaluation.checkpoints)
    claimed = (record.checkpoints, record.final_score, record.score)
    if claimed != (evaluation.checkpoints, evaluation.final_score, evaluation.score):
        shown = f"{record.final_score.result}/{record.final_score.total}" if record.final_score else "none"
        check.problems.append(f"{where}: run.json claims score {record.score} ({shown}) but eval.json gives "
                              f"{evaluation.score} ({evaluation.final_score.result}/{evaluation.final_score.total})")


def _check_trajectory(check: RunCheck, record: RunRecord, files: dict[str, bytes], prefix: str) -> None:
    where = f"run {check.run_id}"
    raw = files.get(prefix + "trajectory.json")
    if raw is None:
        check.problems.append(f"{where}: trajectory.json is missing")
        return
    try:
        trajectory = Trajectory.model_validate(json.loads(raw))
    except ValueError as exc:
        detail = describe_validation_error(exc) if isinstance(exc, ValidationError) else str(exc).splitlines()[0]
        check.problems.append(f"{where}: trajectory.json is not valid ATIF: {detail}")
        return
    if trajectory.session_id != record.run_id:
        check.problems.append(f"{where}: trajectory session_id {trajectory.session_id!r} is not the run id")
    ours = (trajectory.extra or {}).get("workfloor") or {}
    if ours.get("task") not in (None, record.task):
        check.problems.append(f"{where}: trajectory is of task {ours.get('task')!r}, the run of {record.task!r}")
    for problem in atif_problems(trajectory)[:3]:
        check.problems.append(f"{where}: trajectory breaks an ATIF rule: {problem}")
    final = trajectory.final_metrics
    if final is not None and final.total_steps is not None and final.total_steps != len(trajectory.steps):
        check.problems.append(f"{where}: trajectory claims {final.total_steps} steps but has "
                              f"{len(trajectory.steps)}")
    if final is not None and final.total_prompt_tokens not in (None, record.prompt_tokens):
        check.problems.append(f"{where}: trajectory has {final.total_prompt_tokens} prompt tokens, run.json "
                              f"{record.prompt_tokens}")
    for step in trajectory.steps:
        shots = (step.extra or {}).get("screenshots") or []
        for shot in shots if isinstance(shots, list) else [shots]:
            if prefix + str(shot) not in files:
                check.problems.append(f"{where}: step {step.step_id} refers to screenshot {shot} not in the bundle")
