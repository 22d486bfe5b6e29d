"""Deterministic fallbacks for judged checkpoints that must never be looser than the judge's question."""

from __future__ import annotations


def no_offline_credit(content: str) -> bool:
    """The fallback of a judged checkpoint no deterministic check can grade as strictly as the judge: no credit
    without a judge (say so in the rubric). ``llm_judge(text, predicate, fallback=no_offline_credit)``."""
    return False
