"""The grading library available to task evaluators inside task images (``/utils/grading``).

Typical evaluator::

    from grading import Checkpoint, Result, grader, bonus_for_completing_final

    def grade_checkpoints(trajectory=""):
        ...
        return Result([Checkpoint(1, int(ok))], bonus_for_completing_final)
"""

from .credentials import CredentialsMissing, Login, admin, examinee
from .grader import grader
from .llm import LLMUnavailable, llm_configured, llm_judge
from .scoring import (
    Checkpoint,
    Result,
    benchmark_score,
    bonus_for_completing_any,
    bonus_for_completing_any_of,
    bonus_for_completing_final,
)
from .trajectory import Trajectory

__all__ = [
    "Checkpoint",
    "CredentialsMissing",
    "LLMUnavailable",
    "Login",
    "Result",
    "Trajectory",
    "admin",
    "benchmark_score",
    "bonus_for_completing_any",
    "bonus_for_completing_any_of",
    "bonus_for_completing_final",
    "examinee",
    "grader",
    "llm_configured",
    "llm_judge",
]
