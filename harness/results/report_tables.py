"""Table contents shared by the HTML and Markdown reports (plain strings; the renderers escape and lay out)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from .models import ResultRow
from .summary import DIMENSIONS, Summary

NOT_COMPLETED = ("agent_error", "timeout", "infra_error", "interrupted")


def study_rows(summary: Summary) -> tuple[list[str], list[list[str]]]:
    header = ["study", "suite", "harness", "environment LLM", "tasks", "runs", "updated"]
    rows = []
    for study in summary.studies:
        lock = study.file.lock if study.file else None
        rows.append([study.name, lock.suite_version if lock else "-", lock.harness_version if lock else "-",
                     (lock.env_llm or "offline") if lock else "-", str(len({r.task for r in study.rows})),
                     str(len(study.rows)), study.file.updated_at if study.file else "-"])
    return header, rows


def overview_rows(summary: Summary) -> tuple[list[str], list[list[str]]]:
    k_max = max((max(s.pass_at, default=0) for s in summary.stats.values()), default=0)
    header = ["examinee", "runs", "graded", "tasks", "resolved", "mean score", "TAC score"]
    ks = sorted({1, k_max} - {0})
    header += [f"pass@{k}" for k in ks] + [f"pass^{k}" for k in ks if k > 1]
    header += ["cost/run", "steps/run", "time/run"]
    rows = []
    for column in summary.columns:
        s = summary.stats[column.label]
        row = [column.label, str(s.runs), str(s.graded), str(s.tasks), s.resolved.pct(), s.completion.plain(),
               s.tac_score.plain()]
        row += [s.pass_at[k].plain() if k in s.pass_at else "-" for k in ks]
        row += [s.pass_hat[k].plain() if k in s.pass_hat else "-" for k in ks if k > 1]
        row += [f"${s.mean_cost:.4f}", f"{s.mean_steps:.1f}", f"{s.mean_wall:.0f}s"]
        rows.append(row)
    return header, rows


def group_tables(summary: Summary) -> dict[str, tuple[list[str], list[list[str]]]]:
    """Per dimension: rows = groups, cells = ``resolved% · TAC (n)``."""
    out = {}
    labels = [c.label for c in summary.columns]
    for dimension in DIMENSIONS:
        rows = []
        for group, cells in summary.groups[dimension].items():
            row = [group]
            for label in labels:
                cell = cells.get(label)
                row.append(f"{100 * cell.resolved:.0f}% · {cell.tac_score:.2f} (n={cell.runs})" if cell else "-")
            rows.append(row)
        out[dimension] = ([dimension, *labels], rows)
    return out


def status_rows(summary: Summary) -> tuple[list[str], list[list[str]]]:
    statuses = ["completed", *NOT_COMPLETED]
    rows = [[c.label, *(str(summary.stats[c.label].statuses.get(s, 0)) for s in statuses)] for c in summary.columns]
    return ["examinee", *statuses], rows


def failed_runs(summary: Summary) -> list[tuple[str, ResultRow, str]]:
    """(column label, row, the run's error line) for every run that did not complete."""
    out = []
    for column in summary.columns:
        for row in column.rows:
            if row.status in NOT_COMPLETED:
                out.append((column.label, row, run_error(column.study.run_path(row))))
    return out


def run_error(folder: Path) -> str:
    try:
        error = json.loads((folder / "run.json").read_bytes()).get("error")
    except (OSError, ValueError, AttributeError):
        return "(no run.json)"
    return str(error or "").splitlines()[0] if error else ""


def link(summary: Summary, column_label: str, row: ResultRow, base: Path) -> str:
    """The run folder of ``row`` relative to ``base`` (where the report is written)."""
    column = next(c for c in summary.columns if c.label == column_label)
    return Path(os.path.relpath(column.study.run_path(row).resolve(), base.resolve())).as_posix()


def mean_score(rows: list[ResultRow]) -> float | None:
    graded = [r.score or 0.0 for r in rows if r.scored]
    return sum(graded) / len(graded) if graded else None
