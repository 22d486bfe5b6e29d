"""The host's check of what the grader sends back, and the score the host computes itself.

The grader's ``eval.json`` is untrusted input: it must parse, have exactly the image's checkpoints with
the image's totals (from the task label), and results within them. The final score and the benchmark
score are then computed here from the checkpoint results and the task's declared scoring; a grader that
claims anything else is a fault of ours (``GradingMismatch``, an infra error naming the task).
"""

from __future__ import annotations

import json

from pydantic import ValidationError

from grading.formats import EvalOutput
from grading.scoring import Checkpoint, benchmark_score, final_score, strategy_from_name

from ..errors import InfraError
from ..task.meta import TaskImageInfo, describe_validation_error


class GradingMismatch(InfraError):
    """The grader's output does not fit the task's rubric (a broken or tampered grader)."""


def checked_evaluation(raw: bytes, info: TaskImageInfo) -> EvalOutput:
    """``raw`` eval.json validated against ``info``; the returned scores are the host's own."""
    where = f"task {info.name}: grader output"
    try:
        claimed = EvalOutput.model_validate(json.loads(raw))
    except (ValueError, UnicodeDecodeError) as exc:
        detail = describe_validation_error(exc) if isinstance(exc, ValidationError) else str(exc).splitlines()[0]
        raise GradingMismatch(f"{where} is not valid eval.json: {detail}") from None
    totals = [c.total for c in claimed.checkpoints]
    if totals != info.checkpoint_points:
        raise GradingMismatch(f"{where} has checkpoint totals {totals}; the task's rubric has "
                              f"{info.checkpoint_points}")
    try:
        strategy = strategy_from_name(info.scoring)
    except ValueError as exc:
        raise GradingMismatch(f"task {info.name}: {exc}") from None
    final = final_score([Checkpoint(c.total, c.result) for c in claimed.checkpoints], strategy)
    score = benchmark_score(final)
    if claimed.final_score != final or abs(claimed.score - score) > 1e-9:
        raise GradingMismatch(f"{where} claims {claimed.final_score.result}/{claimed.final_score.total} "
                              f"(score {claimed.score}) but its checkpoints give {final.result}/{final.total}")
    if claimed.scoring_strategy not in (None, info.scoring):
        raise GradingMismatch(f"{where} names scoring {claimed.scoring_strategy!r}; the task declares "
                              f"{info.scoring!r}")
    return claimed.model_copy(update={"final_score": final, "score": score, "scoring_strategy": info.scoring})
