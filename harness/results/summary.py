"""The numbers of a report: per examinee (column) of each study, per group (role, service, difficulty),
per task, and the errors. Scores count graded trials only (completed, agent_error, timeout)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from statistics import fmean

from .metrics import Estimate, bootstrap_mean, pass_at_k, pass_hat_k, wilson
from .models import ResultRow
from .study import Study

DIMENSIONS = ("role", "service", "difficulty")


@dataclass
class Column:
    """One examinee of one study (labelled ``study / examinee`` when several studies are compared)."""

    label: str
    study: Study
    examinee: str
    rows: list[ResultRow]

    @property
    def graded(self) -> list[ResultRow]:
        return [r for r in self.rows if r.scored]


@dataclass
class ColumnStats:
    runs: int
    graded: int
    tasks: int
    resolved: Estimate  # share of graded runs, Wilson interval
    completion: Estimate  # mean points/total over tasks, bootstrap interval
    tac_score: Estimate  # mean benchmark score over tasks, bootstrap interval
    pass_at: dict[int, Estimate] = field(default_factory=dict)
    pass_hat: dict[int, Estimate] = field(default_factory=dict)
    statuses: Counter[str] = field(default_factory=Counter)
    mean_cost: float = 0.0
    mean_steps: float = 0.0
    mean_wall: float = 0.0


@dataclass
class GroupCell:
    runs: int
    resolved: float
    tac_score: float


@dataclass
class Summary:
    studies: list[Study]
    columns: list[Column]
    stats: dict[str, ColumnStats]
    groups: dict[str, dict[str, dict[str, GroupCell]]]  # dimension -> group -> column label -> cell
    tasks: list[str]
    cells: dict[tuple[str, str], list[ResultRow]]  # (task, column label) -> rows, by trial


def summarise(studies: list[Study]) -> Summary:
    columns: list[Column] = []
    for study in studies:
        for examinee in sorted({r.examinee for r in study.rows}):
            label = f"{study.name} / {examinee}" if len(studies) > 1 else examinee
            columns.append(Column(label, study, examinee, [r for r in study.rows if r.examinee == examinee]))
    tasks = sorted({r.task for c in columns for r in c.rows})
    cells = {(t, c.label): sorted((r for r in c.rows if r.task == t), key=lambda r: r.trial)
             for c in columns for t in tasks}
    return Summary(studies, columns, {c.label: column_stats(c) for c in columns}, _groups(columns), tasks, cells)


def _by_task(rows: list[ResultRow]) -> dict[str, list[ResultRow]]:
    out: dict[str, list[ResultRow]] = {}
    for row in rows:
        out.setdefault(row.task, []).append(row)
    return out


def column_stats(column: Column) -> ColumnStats:
    graded = column.graded
    per_task = _by_task(graded)
    stats = ColumnStats(
        runs=len(column.rows), graded=len(graded), tasks=len(per_task),
        resolved=wilson(sum(r.resolved for r in graded), len(graded)),
        completion=bootstrap_mean([fmean(r.completion or 0.0 for r in rs) for rs in per_task.values()]),
        tac_score=bootstrap_mean([fmean(r.score or 0.0 for r in rs) for rs in per_task.values()]),
        statuses=Counter(r.status for r in column.rows),
        mean_cost=fmean(r.cost_usd for r in column.rows) if column.rows else 0.0,
        mean_steps=fmean(r.steps for r in column.rows) if column.rows else 0.0,
        mean_wall=fmean(r.wall_s for r in column.rows) if column.rows else 0.0,
    )
    k_max = min((len(rs) for rs in per_task.values()), default=0)
    for k in range(1, k_max + 1):
        counts = [(len(rs), sum(r.resolved for r in rs)) for rs in per_task.values()]
        stats.pass_at[k] = bootstrap_mean([pass_at_k(n, c, k) for n, c in counts])
        stats.pass_hat[k] = bootstrap_mean([pass_hat_k(n, c, k) for n, c in counts])
    return stats


def _group_keys(row: ResultRow, dimension: str) -> list[str]:
    if dimension == "service":
        return row.services or ["(none)"]
    return [str(getattr(row, dimension))]


def _groups(columns: list[Column]) -> dict[str, dict[str, dict[str, GroupCell]]]:
    out: dict[str, dict[str, dict[str, GroupCell]]] = {}
    for dimension in DIMENSIONS:
        table: dict[str, dict[str, GroupCell]] = {}
        for column in columns:
            buckets: dict[str, list[ResultRow]] = {}
            for row in column.graded:
                for key in _group_keys(row, dimension):
                    buckets.setdefault(key, []).append(row)
            for key, rows in buckets.items():
                table.setdefault(key, {})[column.label] = GroupCell(
                    len(rows), sum(r.resolved for r in rows) / len(rows), fmean(r.score or 0.0 for r in rows))
        out[dimension] = dict(sorted(table.items()))
    return out
