"""A task's solutions (``solution/``) and what each must score (the ``## Solutions`` section of
checkpoints.md).

Kinds, by file name (``.sh`` run with bash, ``.py`` with python3; other files are shared helpers):
``solve`` full (1.0), ``partial`` (exactly its listed score, strictly between null and 1.0), ``alt-*``
another correct way (1.0), ``wrong-*`` a near miss (loses its listed checkpoints), ``game-*`` gaming the
checks (loses its listed checkpoints and/or stays at or below its cap). The null agent is checked too:
below 1.0, or exactly its listed score.

Section syntax, one bullet per solution (partial, wrong-* and game-* must be listed)::

    ## Solutions
    - `partial.sh`: 0.43 — writes the report, messages nobody
    - `wrong-accepts-taxi.sh`: loses 2, 3 — accepts the taxi
    - `game-all-totals.sh`: loses 2; at most 0.29 — lists every possible total
    - `null`: 0

A spec is ``;``-separated parts: a number (exact final score, ±0.005), ``full``, ``loses N, M``
(1-based checkpoint numbers that must earn 0 points), ``at most X``.
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from ..errors import InputError

SCORE_TOLERANCE = 0.005
NULL = "null"
_SECTION = re.compile(r"^##\s+Solutions\s*$", re.MULTILINE | re.IGNORECASE)
_BULLET = re.compile(r"^\s*[-*]\s+`?([^`:\s]+)`?\s*:\s*(.+?)\s*$")
_EXPLANATION = re.compile(r"\s+(—|--|–)\s+.*$")


class SolutionKind(StrEnum):
    full = "full"
    partial = "partial"
    alt = "alt"
    wrong = "wrong"
    game = "game"


class Solution(BaseModel):
    """One runnable solution file."""

    model_config = ConfigDict(frozen=True)
    path: Path
    kind: SolutionKind

    @property
    def name(self) -> str:
        return self.path.name


class Expectation(BaseModel):
    """What one solution (or the null agent) must score."""

    model_config = ConfigDict(extra="forbid")
    score: float | None = Field(default=None, ge=0.0, le=1.0)
    loses: list[int] = Field(default_factory=list)
    at_most: float | None = Field(default=None, ge=0.0, le=1.0)


def kind_of(path: Path) -> SolutionKind | None:
    """The kind a file name declares, or None for a helper file."""
    if path.suffix not in (".sh", ".py"):
        return None
    stem = path.stem
    if stem == "solve":
        return SolutionKind.full
    if stem == "partial":
        return SolutionKind.partial
    for kind in (SolutionKind.alt, SolutionKind.wrong, SolutionKind.game):
        if stem.startswith(f"{kind.value}-") and len(stem) > len(kind.value) + 1:
            return kind
    return None


def find_solutions(solution_dir: Path) -> list[Solution]:
    """Every runnable solution in the folder (top level only), full first, then by name."""
    if not solution_dir.is_dir():
        return []
    found = [Solution(path=p, kind=k) for p in sorted(solution_dir.iterdir())
             if p.is_file() and (k := kind_of(p)) is not None]
    return sorted(found, key=lambda s: (s.kind != SolutionKind.full, s.name))


def parse_expectations(rubric_path: Path) -> dict[str, Expectation]:
    """The ``## Solutions`` section, by solution file name (and ``null``); InputError naming the bad line."""
    text = rubric_path.read_text(encoding="utf-8") if rubric_path.is_file() else ""
    match = _SECTION.search(text)
    if match is None:
        return {}
    section = text[match.end():]
    end = re.search(r"^#{1,2}\s", section, re.MULTILINE)
    section = section[:end.start()] if end else section
    expectations: dict[str, Expectation] = {}
    for number, line in enumerate(section.splitlines(), start=text[:match.end()].count("\n") + 1):
        if not line.strip():
            continue
        bullet = _BULLET.match(line)
        if bullet is None:
            if line.startswith((" ", "\t")):
                continue  # the continuation of an explanation
            raise InputError(f"{rubric_path}:{number}: not a solution bullet (- `file`: spec — why): {line.strip()}")
        name, spec = bullet.group(1), _EXPLANATION.sub("", bullet.group(2))
        if name in expectations:
            raise InputError(f"{rubric_path}:{number}: {name} is listed twice")
        expectations[name] = _parse_spec(spec, f"{rubric_path}:{number}")
    return expectations


def _parse_spec(spec: str, where: str) -> Expectation:
    fields: dict[str, object] = {}
    for part in (p.strip() for p in spec.split(";")):
        lowered = part.lower()
        if lowered == "full":
            fields["score"] = 1.0
        elif re.fullmatch(r"\d+(\.\d+)?", part):
            fields["score"] = float(part)
        elif m := re.fullmatch(r"loses\s+(\d+(?:\s*,\s*\d+)*)", lowered):
            fields["loses"] = [int(n) for n in re.findall(r"\d+", m.group(1))]
        elif m := re.fullmatch(r"at most\s+(\d+(?:\.\d+)?)", lowered):
            fields["at_most"] = float(m.group(1))
        else:
            raise InputError(f"{where}: cannot read {part!r} (use a score, full, 'loses N, M' or 'at most X')")
    try:
        return Expectation.model_validate(fields)
    except ValueError as exc:
        raise InputError(f"{where}: {str(exc).splitlines()[-1].strip()}") from None


def expectation_problems(solutions: list[Solution], expectations: dict[str, Expectation],
                         checkpoints: int) -> list[str]:
    """Contract problems between the files and the section (one line each)."""
    problems: list[str] = []
    names = {s.name for s in solutions}
    for solution in solutions:
        listed = expectations.get(solution.name)
        if solution.kind == SolutionKind.partial and (listed is None or listed.score is None):
            problems.append(f"{solution.name}: a partial solution needs its exact score listed")
        elif solution.kind in (SolutionKind.wrong, SolutionKind.game) and (
                listed is None or not (listed.loses or listed.at_most is not None)):
            problems.append(f"{solution.name}: list the checkpoints it loses ('loses N') or its cap ('at most X')")
        elif solution.kind in (SolutionKind.full, SolutionKind.alt) and listed is not None and listed.score != 1.0:
            problems.append(f"{solution.name}: a {solution.kind.value} solution must be listed as full")
    for name, expectation in expectations.items():
        if name != NULL and name not in names:
            problems.append(f"{name}: listed under ## Solutions but there is no such solution file")
        for n in expectation.loses:
            if not 1 <= n <= checkpoints:
                problems.append(f"{name}: checkpoint {n} does not exist (the rubric has {checkpoints})")
    return problems


def missing_kinds(solutions: list[Solution]) -> list[SolutionKind]:
    """The kinds a complete task has but these solutions lack."""
    have = {s.kind for s in solutions}
    return [k for k in SolutionKind if k not in have]
