"""Checkpoints, results and scoring strategies used by task evaluators.

An evaluator's ``grade_checkpoints(trajectory)`` returns a :class:`Result`: a list of
:class:`Checkpoint` (points earned out of points possible) and an optional scoring strategy
that turns them into the task's final score. The benchmark score of a task is
``0.5 * result / total + 0.5 * (result == total)`` (see :func:`benchmark_score`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .formats import CheckpointScore, EvalOutput, FinalScore


@dataclass
class Checkpoint:
    """One rubric item: ``result`` points earned out of ``total``.

    ``result`` may be given as a bool (True = full marks). Raises ValueError when
    ``total`` is not positive or ``result`` is outside ``0..total``.
    """

    total: int
    result: int

    def __post_init__(self) -> None:
        if isinstance(self.result, bool):
            self.result = self.total if self.result else 0
        if not isinstance(self.total, int) or self.total <= 0:
            raise ValueError(f"checkpoint total must be a positive integer, got {self.total!r}")
        if not isinstance(self.result, int) or not 0 <= self.result <= self.total:
            raise ValueError(f"checkpoint result must be an integer in 0..{self.total}, got {self.result!r}")

    @property
    def complete(self) -> bool:
        return self.result == self.total


ScoringStrategy = Callable[[Sequence[Checkpoint]], FinalScore]


def _plain_sum(checkpoints: Sequence[Checkpoint]) -> FinalScore:
    return FinalScore(total=sum(c.total for c in checkpoints), result=sum(c.result for c in checkpoints))


def _full(checkpoints: Sequence[Checkpoint]) -> FinalScore:
    total = sum(c.total for c in checkpoints)
    return FinalScore(total=total, result=total)


def bonus_for_completing_final(checkpoints: Sequence[Checkpoint]) -> FinalScore:
    """Full marks for every checkpoint when the last one is complete; else the plain sum."""
    if checkpoints and checkpoints[-1].complete:
        return _full(checkpoints)
    return _plain_sum(checkpoints)


def bonus_for_completing_any(checkpoints: Sequence[Checkpoint]) -> FinalScore:
    """Full marks when any checkpoint is complete; else the plain sum."""
    if any(c.complete for c in checkpoints):
        return _full(checkpoints)
    return _plain_sum(checkpoints)


def bonus_for_completing_any_of(*indices: int) -> ScoringStrategy:
    """Strategy: full marks when any of the checkpoints at ``indices`` (0-based) is complete."""

    def strategy(checkpoints: Sequence[Checkpoint]) -> FinalScore:
        for i in indices:
            if not -len(checkpoints) <= i < len(checkpoints):
                raise ValueError(f"bonus_for_completing_any_of: no checkpoint at index {i}")
        if any(checkpoints[i].complete for i in indices):
            return _full(checkpoints)
        return _plain_sum(checkpoints)

    strategy.__name__ = "bonus_for_completing_any_of:" + ",".join(str(i) for i in indices)
    return strategy


def strategy_name(strategy: ScoringStrategy | None) -> str:
    """The name ``task.toml``'s ``scoring`` uses for ``strategy`` (``sum`` for none)."""
    return "sum" if strategy is None else getattr(strategy, "__name__", repr(strategy))


def strategy_from_name(name: str) -> ScoringStrategy | None:
    """The strategy a ``scoring`` name denotes (None for ``sum``); ValueError for an unknown name.

    Names: ``sum``, ``bonus_for_completing_final``, ``bonus_for_completing_any``,
    ``bonus_for_completing_any_of:I,J`` (0-based checkpoint indices).
    """
    if name == "sum":
        return None
    fixed: dict[str, ScoringStrategy] = {
        "bonus_for_completing_final": bonus_for_completing_final,
        "bonus_for_completing_any": bonus_for_completing_any,
    }
    if name in fixed:
        return fixed[name]
    prefix = "bonus_for_completing_any_of:"
    if name.startswith(prefix):
        try:
            indices = tuple(int(i) for i in name[len(prefix):].split(","))
        except ValueError:
            raise ValueError(f"scoring {name!r}: indices must be integers, e.g. {prefix}0,2") from None
        return bonus_for_completing_any_of(*indices)
    known = "sum, bonus_for_completing_final, bonus_for_completing_any, bonus_for_completing_any_of:I,J"
    raise ValueError(f"unknown scoring {name!r} (known: {known})")


def final_score(checkpoints: Sequence[Checkpoint], strategy: ScoringStrategy | None) -> FinalScore:
    """The final score of ``checkpoints`` under ``strategy`` (plain sum when None)."""
    return (strategy or _plain_sum)(checkpoints)


def benchmark_score(final: FinalScore) -> float:
    """The task's benchmark score: half for partial credit, half for finishing everything."""
    if final.total <= 0:
        return 0.0
    return 0.5 * final.result / final.total + 0.5 * (final.result == final.total)


class Result:
    """What ``grade_checkpoints`` returns: checkpoints plus how to combine them."""

    def __init__(self, checkpoints: Sequence[Checkpoint], scoring_strategy: ScoringStrategy | None = None):
        checkpoints = list(checkpoints)
        if not checkpoints:
            raise ValueError("a Result needs at least one checkpoint")
        for c in checkpoints:
            if not isinstance(c, Checkpoint):
                raise TypeError(f"Result takes Checkpoint objects, got {type(c).__name__}")
        self.checkpoints = checkpoints
        self.scoring_strategy = scoring_strategy

    @property
    def final_score(self) -> FinalScore:
        return final_score(self.checkpoints, self.scoring_strategy)

    def to_output(self) -> EvalOutput:
        final = self.final_score
        return EvalOutput(
            checkpoints=[CheckpointScore(total=c.total, result=c.result) for c in self.checkpoints],
            final_score=final,
            score=benchmark_score(final),
            scoring_strategy=strategy_name(self.scoring_strategy),
        )
