"""How the environment LLM did in a run: colleague fidelity (colleagues.json) and judge/fallback agreement
(eval.json). Used by ``harness verify --env-llm`` and benchmarks/real_model_smoke.py."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.table import Table

from grading.formats import EvalOutput

from ..colleagues.record import FILE_NAME, ColleaguesRecord


@dataclass
class EnvFigures:
    replies: int = 0
    first_draft_ok: int = 0
    llm_kept: int = 0  # replies the model wrote that passed the fact check (after redrafts)
    regenerations: int = 0
    fallbacks: int = 0
    llm_errors: int = 0
    judged: int = 0
    judged_by_llm: int = 0
    disagreements: int = 0

    @property
    def colleague_text(self) -> str:
        if not self.replies and not self.llm_errors:
            return "-"
        return (f"{self.replies} replies: {self.first_draft_ok} first draft, {self.llm_kept - self.first_draft_ok} "
                f"redrafted, {self.fallbacks} plain facts" + (f", {self.llm_errors} errors" if self.llm_errors else ""))

    @property
    def judge_text(self) -> str:
        if not self.judged:
            return "-"
        return (f"{self.judged} judged ({self.judged_by_llm} by the model): "
                f"{self.judged_by_llm - self.disagreements} agree with the fallback, {self.disagreements} disagree")


def figures(run_dir: Path) -> EnvFigures:
    """The figures of one run folder (missing files count as nothing)."""
    found = EnvFigures()
    record_path = run_dir / FILE_NAME
    if record_path.is_file():
        for stats in ColleaguesRecord.read(record_path).colleagues:
            found.replies += stats.replies
            found.first_draft_ok += stats.first_try_ok
            found.regenerations += stats.regenerations
            found.fallbacks += stats.fallbacks
            found.llm_errors += stats.llm_errors
            found.llm_kept += sum(1 for t in stats.transcript if t.outcome == "llm")
    eval_path = run_dir / "eval.json"
    if eval_path.is_file():
        judgments = EvalOutput.model_validate_json(eval_path.read_text(encoding="utf-8")).judgments
        found.judged = len(judgments)
        found.judged_by_llm = sum(1 for j in judgments if j.source == "llm")
        found.disagreements = sum(1 for j in judgments if j.disagrees)
    return found


def figures_table(rows: list[tuple[str, float | None, EnvFigures]]) -> Table:
    """task, oracle score, colleague fidelity, judge vs fallback."""
    table = Table("task", "oracle", "colleagues", "judge vs fallback")
    for task, score, found in rows:
        table.add_row(task, f"{score}", found.colleague_text, found.judge_text)
    return table
