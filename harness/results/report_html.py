"""The self-contained HTML report: inline CSS, figures embedded as PNG data URIs, no scripts, no network."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from pathlib import Path

from .plots import figures
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

CSS = """
body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:24px auto;max-width:1200px;color:#222;
 padding:0 16px}
h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd;padding-bottom:4px}
table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}
th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f4f4f6}table.overview td{white-space:nowrap}td.num{text-align:right;font-variant-numeric:tabular-nums}
.figs{display:flex;flex-wrap:wrap;gap:16px}.figs figure{margin:0;border:1px solid #eee;padding:8px}
figcaption{font-size:12px;color:#555}.note{color:#666;font-size:12px}
.cell a{display:inline-block;min-width:1.4em;text-align:center;margin:1px;border-radius:3px;
 text-decoration:none;color:#111;background:rgba(255,255,255,.6);font-size:12px}
.cell .score{font-weight:600;margin-right:4px}
"""


def _table(header: list[str], rows: list[list[str]], cls: str = "") -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def score_colour(score: float | None) -> str:
    """Red (0) through yellow to green (1); grey when ungraded."""
    if score is None:
        return "#e6e6e6"
    return f"hsl({round(120 * max(0.0, min(1.0, score)))},62%,78%)"


def _matrix(summary: Summary, base: Path) -> str:
    labels = [c.label for c in summary.columns]
    head = "<th>task</th>" + "".join(f"<th>{escape(label)}</th>" for label in labels)
    body = []
    for task in summary.tasks:
        cells = [f"<td>{escape(task)}</td>"]
        for label in labels:
            rows = summary.cells[(task, label)]
            score = mean_score(rows)
            trials = "".join(
                f'<a href="{escape(link(summary, label, r, base))}" title="trial {r.trial}: {escape(r.status)}, '
                f'score {r.score if r.score is not None else "-"}">{r.trial}</a>' for r in rows)
            shown = f'<span class="score">{score:.2f}</span>' if score is not None else ""
            cells.append(f'<td class="cell" style="background:{score_colour(score)}">{shown}{trials or "-"}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table class="matrix"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def render_html(summary: Summary, base: Path) -> str:
    """The whole report; links to run folders are relative to ``base`` (the folder the page is written to)."""
    names = ", ".join(s.name for s in summary.studies)
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [f"<h1>Results: {escape(names)}</h1>", f'<p class="note">generated {generated}</p>',
             _table(*study_rows(summary)), "<h2>Examinees</h2>",
             '<p class="note">95% intervals: Wilson for resolved, bootstrap over tasks otherwise. Mean score = '
             "points/total; TAC score = 0.5 · points/total + 0.5 · resolved (TheAgentCompany's).</p>",
             _table(*overview_rows(summary), cls="overview"), '<div class="figs">']
    for title, uri in figures(summary).items():
        parts.append(f'<figure><img alt="{escape(title)}" src="{uri}"><figcaption>{escape(title)}</figcaption>'
                     "</figure>")
    parts.append("</div>")
    for dimension, (header, rows) in group_tables(summary).items():
        parts += [f"<h2>By {escape(dimension)}</h2>", '<p class="note">resolved · TAC score (graded runs)</p>',
                  _table(header, rows)]
    parts += ["<h2>Tasks</h2>", '<p class="note">mean TAC score per task and examinee; the numbers link to the '
              "trials' run folders</p>", _matrix(summary, base)]
    parts += ["<h2>Runs by status</h2>", _table(*status_rows(summary))]
    failed = failed_runs(summary)
    if failed:
        listed = "".join(
            f'<tr><td>{escape(label)}</td><td><a href="{escape(link(summary, label, r, base))}">{escape(r.run_id)}'
            f"</a></td><td>{escape(r.status)}</td><td>{escape(error)}</td></tr>" for label, r, error in failed)
        parts += ["<h2>Runs that did not complete</h2>",
                  f"<table><thead><tr><th>examinee</th><th>run</th><th>status</th><th>error</th></tr></thead>"
                  f"<tbody>{listed}</tbody></table>"]
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Results: {escape(names)}</title>'
            f"<style>{CSS}</style></head><body>{''.join(parts)}</body></html>\n")
