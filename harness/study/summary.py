"""A study's summary per examinee, computed from result rows, and printed as tables.

Scored runs are those with a final status (completed, agent_error, timeout); infra errors and
interrupted runs are counted apart and left out of every mean. ``partial`` is the mean of points/total,
``score`` the mean benchmark score (TheAgentCompany's 0.5 * partial + 0.5 * resolved, per run).
pass@k = 1 - C(n-c, k)/C(n, k) and pass^k = C(c, k)/C(n, k) per task over its n scored trials with c
resolved (tasks with n < k are left out), averaged over tasks.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from math import comb

from pydantic import BaseModel, Field
from rich.console import Console
from rich.table import Table

from .folder import FINAL
from .models import ResultRow


class GroupScore(BaseModel):
    runs: int
    resolved_pct: float
    score: float


class ExamineeSummary(BaseModel):
    examinee: str
    runs: int
    scored: int
    resolved_pct: float | None
    partial: float | None
    score: float | None
    pass_at_k: float | None
    pass_hat_k: float | None
    k: int
    by_role: dict[str, GroupScore] = Field(default_factory=dict)
    by_service: dict[str, GroupScore] = Field(default_factory=dict)
    statuses: dict[str, int] = Field(default_factory=dict)
    cost_usd: float
    wall_s: float


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def pass_at_k(n: int, c: int, k: int) -> float:
    return 1.0 - comb(n - c, k) / comb(n, k)


def pass_hat_k(n: int, c: int, k: int) -> float:
    return comb(c, k) / comb(n, k)


def _group(rows: list[ResultRow]) -> GroupScore:
    return GroupScore(runs=len(rows), resolved_pct=round(100 * sum(r.resolved for r in rows) / len(rows), 1),
                      score=round(sum(r.score or 0.0 for r in rows) / len(rows), 4))


def summarize(rows: list[ResultRow], k: int) -> list[ExamineeSummary]:
    by_examinee: dict[str, list[ResultRow]] = defaultdict(list)
    for row in rows:
        by_examinee[row.examinee].append(row)
    summaries = []
    for examinee, mine in by_examinee.items():
        scored = [r for r in mine if r.status in FINAL]
        per_task: dict[str, list[ResultRow]] = defaultdict(list)
        roles: dict[str, list[ResultRow]] = defaultdict(list)
        services: dict[str, list[ResultRow]] = defaultdict(list)
        for row in scored:
            per_task[row.task].append(row)
            roles[row.role].append(row)
            for service in row.services or ["none"]:
                services[service].append(row)
        counted = [(len(t), sum(r.resolved for r in t)) for t in per_task.values() if len(t) >= k]
        summaries.append(ExamineeSummary(
            examinee=examinee, runs=len(mine), scored=len(scored),
            resolved_pct=round(100 * sum(r.resolved for r in scored) / len(scored), 1) if scored else None,
            partial=_mean([r.points / r.total_points for r in scored if r.points is not None and r.total_points]),
            score=_mean([r.score or 0.0 for r in scored]),
            pass_at_k=_mean([pass_at_k(n, c, k) for n, c in counted]),
            pass_hat_k=_mean([pass_hat_k(n, c, k) for n, c in counted]), k=k,
            by_role={name: _group(group) for name, group in sorted(roles.items())},
            by_service={name: _group(group) for name, group in sorted(services.items())},
            statuses=dict(sorted(Counter(r.status for r in mine).items())),
            cost_usd=round(sum(r.cost_usd for r in mine), 4), wall_s=round(sum(r.wall_s for r in mine), 1),
        ))
    return summaries


def _fmt(value: float | None, pct: bool = False) -> str:
    if value is None:
        return "-"
    return f"{value:.1f}%" if pct else f"{value:.3f}"


def print_summary(summaries: list[ExamineeSummary], console: Console, wall_s: float | None = None) -> None:
    if not summaries:
        console.print("no runs in this study yet")
        return
    k = summaries[0].k
    table = Table("examinee", "runs", "resolved", "partial", "score (TAC)", f"pass@{k}", f"pass^{k}",
                  "errors", "cost", "run time", title="study summary")
    for s in summaries:
        errors = ", ".join(f"{status} {n}" for status, n in s.statuses.items() if status != "completed") or "-"
        table.add_row(s.examinee, f"{s.scored}/{s.runs}", _fmt(s.resolved_pct, True), _fmt(s.partial),
                      _fmt(s.score), _fmt(s.pass_at_k), _fmt(s.pass_hat_k), errors, f"${s.cost_usd:.2f}",
                      f"{s.wall_s / 60:.1f} min")
    console.print(table)
    for title, attribute in (("by role", "by_role"), ("by service", "by_service")):
        groups = sorted({g for s in summaries for g in getattr(s, attribute)})
        grid = Table("examinee", *groups, title=f"score (resolved %) {title}")
        for s in summaries:
            cells = [getattr(s, attribute).get(g) for g in groups]
            grid.add_row(s.examinee, *[f"{c.score:.3f} ({c.resolved_pct:.0f}%)" if c else "-" for c in cells])
        console.print(grid)
    if wall_s is not None:
        console.print(f"study wall time {wall_s / 60:.1f} min; total cost ${sum(s.cost_usd for s in summaries):.2f}")
