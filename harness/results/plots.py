"""The report's figures (matplotlib, headless), as PNG data URIs to embed in a self-contained page."""

from __future__ import annotations

import base64
import io
from typing import Any

from .summary import Summary

STATUS_COLOURS = {"completed": "#4c9a5b", "agent_error": "#d08c2a", "timeout": "#c4543a",
                  "infra_error": "#7d6cb3", "interrupted": "#8a8a8a"}


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _data_uri(fig: Any) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    _pyplot().close(fig)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def figures(summary: Summary) -> dict[str, str]:
    """Title -> PNG data URI, for every figure the summary supports."""
    out = {"Scores by examinee (95% intervals)": score_bars(summary)}
    if any(s.pass_at for s in summary.stats.values()):
        out["pass@k and pass^k"] = pass_curves(summary)
    out["Cost and steps vs score (one point per run)"] = scatter(summary)
    out["Runs by status"] = status_bars(summary)
    return out


def score_bars(summary: Summary) -> str:
    plt = _pyplot()
    labels = [c.label for c in summary.columns]
    fig, ax = plt.subplots(figsize=(max(5.0, 1.6 * len(labels) + 2), 3.4))
    width = 0.38
    for offset, name in enumerate(("resolved", "TAC score")):
        estimates = [summary.stats[label].resolved if name == "resolved" else summary.stats[label].tac_score
                     for label in labels]
        xs = [i + (offset - 0.5) * width for i in range(len(labels))]
        values = [e.value for e in estimates]
        errors = [[e.value - e.low for e in estimates], [e.high - e.value for e in estimates]]
        ax.bar(xs, values, width, yerr=errors, capsize=4, label=name, color=("#4c78a8", "#f58518")[offset])
    ax.set_xticks(range(len(labels)), labels, rotation=15, ha="right")
    ax.set_ylim(0, 1.05)
    ax.legend(loc="upper right", fontsize=8)
    ax.grid(axis="y", alpha=0.3)
    return _data_uri(fig)


def pass_curves(summary: Summary) -> str:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 3.4))
    for column in summary.columns:
        stats = summary.stats[column.label]
        if not stats.pass_at:
            continue
        ks = sorted(stats.pass_at)
        line = ax.plot(ks, [stats.pass_at[k].value for k in ks], marker="o", label=f"{column.label} pass@k")[0]
        ax.fill_between(ks, [stats.pass_at[k].low for k in ks], [stats.pass_at[k].high for k in ks],
                        color=line.get_color(), alpha=0.12)
        ax.plot(ks, [stats.pass_hat[k].value for k in ks], marker="s", linestyle="--", color=line.get_color(),
                label=f"{column.label} pass^k")
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("k")
    ax.set_ylim(-0.02, 1.05)
    ax.legend(fontsize=7)
    ax.grid(alpha=0.3)
    return _data_uri(fig)


def scatter(summary: Summary) -> str:
    plt = _pyplot()
    fig, (cost_ax, steps_ax) = plt.subplots(1, 2, figsize=(9, 3.4), sharey=True)
    for column in summary.columns:
        rows = column.graded
        scores = [r.score or 0.0 for r in rows]
        cost_ax.scatter([r.cost_usd for r in rows], scores, label=column.label, alpha=0.7)
        steps_ax.scatter([r.steps for r in rows], scores, label=column.label, alpha=0.7)
    cost_ax.set_xlabel("cost (USD)")
    steps_ax.set_xlabel("agent steps")
    from matplotlib.ticker import MaxNLocator

    steps_ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    cost_ax.set_ylabel("score")
    for ax in (cost_ax, steps_ax):
        ax.set_ylim(-0.05, 1.05)
        ax.grid(alpha=0.3)
    steps_ax.legend(fontsize=7)
    return _data_uri(fig)


def status_bars(summary: Summary) -> str:
    plt = _pyplot()
    labels = [c.label for c in summary.columns]
    fig, ax = plt.subplots(figsize=(max(5.0, 1.4 * len(labels) + 2), 3.0))
    bottoms = [0] * len(labels)
    for status, colour in STATUS_COLOURS.items():
        counts = [summary.stats[label].statuses.get(status, 0) for label in labels]
        if any(counts):
            ax.bar(range(len(labels)), counts, bottom=bottoms, label=status, color=colour)
            bottoms = [b + c for b, c in zip(bottoms, counts, strict=True)]
    ax.set_xticks(range(len(labels)), labels, rotation=15, ha="right")
    ax.set_ylabel("runs")
    ax.legend(fontsize=7)
    return _data_uri(fig)
