#!/usr/bin/env python3
"""Grade a task: decrypt the evaluator in memory, run ``grade_checkpoints``, write the result.

Usage: python_default /utils/eval.py [--trajectory_path P] --output_path O   (alias: --result_path)
Environment: DECRYPTION_KEY (required), LITELLM_MODEL / LITELLM_API_KEY / LITELLM_BASE_URL.
Exit codes: 0 graded; 1 the evaluator failed; 2 missing or wrong key; 3 bad input.
"""

from __future__ import annotations

import argparse
import os
import sys
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from grading import Result, Trajectory
from grading.atomic import write_atomically
from grading.crypto import DecryptionError, decrypt, read_envelope
from grading.image_layout import EVALUATOR_ENC, EVALUATOR_PURPOSE
from grading.llm import take_judgments

EXIT_EVALUATOR, EXIT_KEY, EXIT_INPUT = 1, 2, 3


class GradingError(Exception):
    def __init__(self, message: str, code: int):
        super().__init__(message)
        self.code = code


def load_evaluator(path: Path, key: str | None) -> types.ModuleType:
    """Decrypt and execute the evaluator as an in-memory module (never written to disk)."""
    if not path.is_file():
        raise GradingError(f"no encrypted evaluator at {path}", EXIT_INPUT)
    try:
        envelope = read_envelope(path.read_bytes())
        if envelope.purpose != EVALUATOR_PURPOSE:
            raise DecryptionError(f"{path} is not an encrypted evaluator")
        source = decrypt(envelope, key)
    except DecryptionError as exc:
        raise GradingError(str(exc), EXIT_KEY) from None
    module = types.ModuleType("evaluator")
    module.__file__ = "<encrypted evaluator>"
    sys.modules["evaluator"] = module
    try:
        exec(compile(source, "<evaluator>", "exec"), module.__dict__)
    except Exception as exc:
        raise GradingError(f"evaluator failed to load: {type(exc).__name__}: {exc}", EXIT_EVALUATOR) from None
    if not callable(getattr(module, "grade_checkpoints", None)):
        raise GradingError("evaluator defines no grade_checkpoints(trajectory)", EXIT_EVALUATOR)
    return module


def read_trajectory(path: str | None) -> Trajectory:
    if not path:
        return Trajectory("")
    p = Path(path)
    if not p.is_file():
        raise GradingError(f"trajectory file not found: {path}", EXIT_INPUT)
    return Trajectory(p.read_text(encoding="utf-8", errors="replace"))


def grade(trajectory_path: str | None, output_path: str, evaluator_path: Path) -> float:
    trajectory = read_trajectory(trajectory_path)
    module = load_evaluator(evaluator_path, os.environ.get("DECRYPTION_KEY"))
    try:
        result = module.grade_checkpoints(trajectory=trajectory)
    except Exception as exc:
        raise GradingError(f"grade_checkpoints raised {type(exc).__name__}: {exc}", EXIT_EVALUATOR) from None
    if not isinstance(result, Result):
        raise GradingError(
            f"grade_checkpoints must return a grading.Result, got {type(result).__name__}", EXIT_EVALUATOR
        )
    try:
        output = result.to_output().model_copy(update={"judgments": take_judgments()})
    except Exception as exc:
        raise GradingError(f"scoring failed: {type(exc).__name__}: {exc}", EXIT_EVALUATOR) from None
    write_atomically(Path(output_path), output.model_dump_json(indent=2) + "\n")
    return output.score


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        print(f"eval.py: error: {message}", file=sys.stderr)
        sys.exit(EXIT_INPUT)


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(description="Grade checkpoints from a trajectory and save the result")
    parser.add_argument("--trajectory_path", help="path to the trajectory file (optional)")
    parser.add_argument("--output_path", "--result_path", dest="output_path", required=True,
                        help="where to write the result JSON")
    parser.add_argument("--evaluator", default=str(EVALUATOR_ENC), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if Path(args.output_path).is_dir():
        print(f"eval.py: error: --output_path {args.output_path} is a folder; give a file path", file=sys.stderr)
        return EXIT_INPUT
    try:
        score = grade(args.trajectory_path, args.output_path, Path(args.evaluator))
    except GradingError as exc:
        print(f"eval.py: error: {exc}", file=sys.stderr)
        return exc.code
    print(f"eval.py: graded, score {score:.3f} written to {args.output_path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
