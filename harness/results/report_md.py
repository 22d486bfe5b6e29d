"""The Markdown summary of a report."""

from __future__ import annotations

from pathlib import Path

from .report_tables import (
    failed_runs,
    group_tables,
    link,
    mean_score,
    overview_rows,
    status_rows,
    study_rows,
)
from .summary import Summary


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    return [line(header), "|" + "---|" * len(header), *(line(r) for r in rows), ""]


def render_markdown(summary: Summary, base: Path) -> str:
    """The whole summary; links to run folders are relative to ``base``."""
    out = [f"# Results: {', '.join(s.name for s in summary.studies)}", ""]
    out += _table(*study_rows(summary))
    out += ["## Examinees", "", "Intervals are 95%: Wilson for resolved, bootstrap over tasks otherwise. "
            "TAC score = 0.5 · points/total + 0.5 · resolved.", ""]
    out += _table(*overview_rows(summary))
    for dimension, (header, rows) in group_tables(summary).items():
        out += [f"## By {dimension} (resolved · TAC score)", "", *_table(header, rows)]
    out += ["## Tasks (mean TAC score; trials)", ""]
    labels = [c.label for c in summary.columns]
    matrix = []
    for task in summary.tasks:
        row = [task]
        for label in labels:
            trial_rows = summary.cells[(task, label)]
            score = mean_score(trial_rows)
            trials = " ".join(f"[{r.trial}]({link(summary, label, r, base)})" for r in trial_rows)
            row.append(f"{score:.2f} {trials}" if score is not None else (trials or "-"))
        matrix.append(row)
    out += _table(["task", *labels], matrix)
    out += ["## Runs by status", "", *_table(*status_rows(summary))]
    failed = failed_runs(summary)
    if failed:
        out += ["## Runs that did not complete", ""]
        out += _table(["examinee", "run", "status", "error"],
                      [[label, f"[{r.run_id}]({link(summary, label, r, base)})", r.status, error]
                       for label, r, error in failed])
    return "\n".join(out)
