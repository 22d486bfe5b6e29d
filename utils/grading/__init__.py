"""The grading library available to task evaluators inside task images (``/utils/grading``).

Typical evaluator::

    from grading import Checkpoint, Result, grader, bonus_for_completing_final

    def grade_checkpoints(trajectory=""):
        ...
        return Result([Checkpoint(1, int(ok))], bonus_for_completing_final)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOME = {  # public name -> its module; imported on first use, so `import grading.endpoints` (init.sh) stays light
    "Checkpoint": "scoring",
    "CredentialsMissing": "credentials",
    "LLMUnavailable": "llm",
    "Login": "credentials",
    "Result": "scoring",
    "Trajectory": "trajectory",
    "admin": "credentials",
    "benchmark_score": "scoring",
    "bonus_for_completing_any": "scoring",
    "bonus_for_completing_any_of": "scoring",
    "bonus_for_completing_final": "scoring",
    "examinee": "credentials",
    "grader": "grader",
    "llm_configured": "llm",
    "llm_judge": "llm",
}

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


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
