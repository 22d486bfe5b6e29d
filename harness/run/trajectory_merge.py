"""The run's final trajectory when an external agent (``--agent command``) brings its own.

``merge_external(external, own, run_id)``: an external agent's ATIF trajectory and what the harness recorded
itself (the instruction, system steps such as colleagues' chat replies, notes) become one trajectory: the
harness's first step (the instruction) stays first, every other step is placed in time order (steps without a
timestamp keep their place after the step before them), ids run 1, 2, 3, ..., ``session_id`` is the run id,
``final_metrics.total_steps`` is the number of steps. Steps the harness recorded carry
``extra.recorded_by = "harness"``. An external user step repeating the instruction word for word is dropped.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from grading.atif import SCHEMA_VERSION, FinalMetrics, Step, Trajectory

HARNESS_MARK = {"recorded_by": "harness"}


def merge_external(external: Trajectory, own: Trajectory, run_id: str) -> Trajectory:
    """One trajectory holding the external agent's steps and the harness's own record (see module doc)."""
    own_steps = list(own.steps)
    head = own_steps[:1] if own_steps and own_steps[0].source == "user" else []
    instruction = head[0].message if head else None
    theirs = [s for s in external.steps if not (s.source == "user" and s.message == instruction)]
    rest = [_marked(s) for s in own_steps[len(head):]]
    ordered = [_marked(s) for s in head] + _interleave(theirs, rest)
    steps = [s.model_copy(update={"step_id": n}) for n, s in enumerate(ordered, start=1)]
    extra: dict[str, Any] = dict(external.extra or {})
    workfloor = dict((own.extra or {}).get("workfloor") or {})
    if external.session_id != run_id:
        workfloor["external_session_id"] = external.session_id
    extra["workfloor"] = workfloor
    notes = "; ".join(n for n in (external.notes, own.notes) if n) or None
    return Trajectory(
        schema_version=SCHEMA_VERSION, session_id=run_id, agent=external.agent, steps=steps, notes=notes,
        final_metrics=_metrics(external, own, len(steps)), extra=extra,
    )


def _marked(step: Step) -> Step:
    return step.model_copy(update={"extra": {**(step.extra or {}), **HARNESS_MARK}})


def _instant(step: Step) -> float | None:
    if step.timestamp is None:
        return None
    try:
        return datetime.fromisoformat(step.timestamp.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def _interleave(first: list[Step], second: list[Step]) -> list[Step]:
    """Merge two time-ordered lists; an untimed step inherits the time of the step before it in its list."""
    def keyed(steps: list[Step], lane: int) -> list[tuple[float, int, int, Step]]:
        out, last = [], float("-inf")
        for position, step in enumerate(steps):
            instant = _instant(step)
            last = instant if instant is not None else last
            out.append((last, lane, position, step))
        return out

    return [s for *_, s in sorted(keyed(first, 0) + keyed(second, 1), key=lambda k: (k[0], k[1], k[2]))]


def _metrics(external: Trajectory, own: Trajectory, total_steps: int) -> FinalMetrics:
    def totals(t: Trajectory) -> tuple[int, int, float]:
        fm = t.final_metrics
        if fm is not None and (fm.total_prompt_tokens is not None or fm.total_cost_usd is not None):
            return fm.total_prompt_tokens or 0, fm.total_completion_tokens or 0, fm.total_cost_usd or 0.0
        step_metrics = [s.metrics for s in t.steps if s.metrics is not None]
        return (sum(m.prompt_tokens or 0 for m in step_metrics), sum(m.completion_tokens or 0 for m in step_metrics),
                sum(m.cost_usd or 0.0 for m in step_metrics))

    (p1, c1, u1), (p2, c2, u2) = totals(external), totals(own)
    return FinalMetrics(total_prompt_tokens=p1 + p2, total_completion_tokens=c1 + c2,
                        total_cost_usd=round(u1 + u2, 6), total_steps=total_steps)
