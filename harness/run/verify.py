"""``harness verify``: prove tasks solvable, not free, partially creditable and not foolable.

Every solution in a task's ``solution/`` (full, partial, alt-*, wrong-*, game-*) runs as the oracle agent,
and the null agent runs too, one trial each; each must score what the task's checkpoints.md promises
(``harness.task.solutions``). Verification is a study (``harness.study``): ``parallel`` runs at a time,
each service-using run on a warm isolated stack of its own (or one at a time on a shared stack), infra
errors retried. Each call writes a fresh study folder under the output folder. A task's verdict is
reported as soon as all its runs have ended.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console

from ..services.stack import Stack
from ..study.models import ExamineeConfig, ResultRow, StudyConfig
from ..study.plan import Slot
from ..study.progress import PlainProgress
from ..task.paths import TaskPaths
from ..task.solutions import (
    NULL,
    SCORE_TOLERANCE,
    Expectation,
    Solution,
    SolutionKind,
    find_solutions,
    parse_expectations,
)
from .lifecycle import EnvLLM
from .record import RunRecord, RunStatus


def points_share(record: RunRecord) -> float | None:
    """The share of the task's points a run earned (None when it was not graded)."""
    final = record.final_score
    if final is None or record.score is None:
        return None
    return final.result / final.total if final.total else 0.0


def run_problem(kind: SolutionKind | None, expectation: Expectation | None, record: RunRecord,
                null_share: float | None) -> str:
    """What is wrong with one run against its expectation ('' when it behaves); kind None = the null agent."""
    share = points_share(record)
    label = "null" if kind is None else kind.value
    if share is None or (kind is not None and record.status != RunStatus.completed):
        return f"{record.status.value}: {record.error}"
    if expectation and expectation.score is not None and abs(share - expectation.score) > SCORE_TOLERANCE:
        return f"scored {share:.3f}, checkpoints.md says {expectation.score}"
    if kind in (SolutionKind.full, SolutionKind.alt):
        return "" if share == 1.0 else f"{label} solution scored {share:.3f}, not 1.0"
    if share >= 1.0:
        return f"{label} gets full marks"
    if kind == SolutionKind.partial and null_share is not None and share <= null_share:
        return f"partial {share:.3f} is not above null {null_share:.3f}"
    if expectation is None:
        return ""
    earned = [n for n in expectation.loses
              if record.checkpoints and n <= len(record.checkpoints) and record.checkpoints[n - 1].result > 0]
    if earned:
        return f"earned checkpoint(s) {', '.join(map(str, earned))} it must lose"
    if expectation.at_most is not None and share > expectation.at_most + SCORE_TOLERANCE:
        return f"scored {share:.3f}, above its cap {expectation.at_most}"
    return ""


@dataclass
class TaskPlan:
    """The runs verifying one task: its solutions and what each must score."""

    task: str
    solutions: list[Solution]
    expectations: dict[str, Expectation]
    null: bool = True  # the null agent runs too

    @property
    def labels(self) -> list[str]:
        return [s.name for s in self.solutions] + ([NULL] if self.null else [])


@dataclass
class Verdict:
    task: str
    plan: TaskPlan
    records: dict[str, RunRecord]
    seconds: float

    def problems(self) -> list[str]:
        kinds = {s.name: s.kind for s in self.plan.solutions}
        null = self.records[NULL]
        null_share = points_share(null)
        found = []
        for label in self.plan.labels:
            problem = run_problem(kinds.get(label), self.plan.expectations.get(label), self.records[label], null_share)
            if problem:
                found.append(f"{label}: {problem}")
        return found

    @property
    def passed(self) -> bool:
        return not self.problems()

    @property
    def oracle(self) -> RunRecord:
        return self.records[self.plan.solutions[0].name]

    @property
    def null(self) -> RunRecord:
        return self.records[NULL]

    @property
    def note(self) -> str:
        """A passing null agent that still earns points (the rubric must justify it)."""
        final = self.null.final_score
        if NULL not in self.plan.expectations and final and final.result:
            return f"null earns {final.result} point(s) (justify in checkpoints.md)"
        return ""

    def scores(self) -> str:
        return ", ".join(f"{label} {_share_text(self.records[label])}" for label in self.plan.labels)

    @property
    def recorded(self) -> int:
        """How many of its outcomes came from the ledger."""
        return sum(r.agent.name == "recorded" for r in self.records.values())


def _share_text(record: RunRecord) -> str:
    share = points_share(record)
    return record.status.value if share is None else f"{share:.2f}"


def plan_task(name: str, tasks_root: Path) -> TaskPlan:
    paths = TaskPaths(_folder(name, tasks_root))
    return TaskPlan(name, find_solutions(paths.solution_dir), parse_expectations(paths.rubric))


def examinees_for(plans: list[TaskPlan]) -> list[ExamineeConfig]:
    """One oracle examinee per solution file name (on the tasks that have it), and the null agent."""
    by_name: dict[str, list[str]] = {}
    for plan in plans:
        for solution in plan.solutions:
            by_name.setdefault(solution.name, []).append(plan.task)
    oracles = [ExamineeConfig(label=name, agent="oracle", solution=None if name.startswith("solve.") else name,
                              only_tasks=tasks) for name, tasks in by_name.items()]
    nulls = [plan.task for plan in plans if plan.null]
    return [*oracles, *([ExamineeConfig(label=NULL, agent="null", only_tasks=nulls)] if nulls else [])]


class _VerdictProgress(PlainProgress):
    """Quiet per run (retries still shown); a verdict when all runs of a task have ended."""

    def __init__(self, console: Console, plans: dict[str, TaskPlan], on_verdict: Callable[[Verdict], None],
                 on_run: Callable[[str, str, RunRecord], None] = lambda task, label, record: None):
        super().__init__(console)
        self.plans = plans
        self.on_verdict = on_verdict
        self.on_run = on_run
        self.records: dict[str, dict[str, tuple[RunRecord, float]]] = {}
        self.verdicts: dict[str, Verdict] = {}
        self._lock = threading.Lock()

    def begin(self, total: int, done: int) -> None:
        self.state.total, self.state.done = total, done

    def preset(self, task: str, recorded: dict[str, RunRecord]) -> None:
        """Outcomes taken from the ledger; the verdict comes now if nothing of the task is left to run."""
        for label, record in recorded.items():
            self._add(task, label, record, 0.0)

    def finished(self, slot: Slot, row: ResultRow, record: RunRecord) -> None:
        self.on_run(slot.task, slot.examinee.label, record)
        self._add(slot.task, slot.examinee.label, record, row.wall_s)

    def _add(self, task: str, label: str, record: RunRecord, wall_s: float) -> None:
        plan = self.plans[task]
        with self._lock:
            mine = self.records.setdefault(task, {})
            mine[label] = (record, wall_s)
            if set(mine) < set(plan.labels):
                return
            verdict = Verdict(task, plan, {k: v[0] for k, v in mine.items()}, sum(v[1] for v in mine.values()))
            self.verdicts[task] = verdict
        self.on_verdict(verdict)


def verify_study(names: list[str], output_root: Path, tasks_root: Path, key: str, env_llm: EnvLLM, *,
                 parallel: int, console: Console, on_verdict: Callable[[Verdict], None] = lambda v: None,
                 shared_stack: Stack | None = None, full_only: bool = False,
                 ledger_path: Path | None = None) -> list[Verdict]:
    """Verdicts in the order of ``names`` (tasks whose runs did not all end are left out).
    ``full_only``: the full solution and the null agent only. ``ledger_path``: reuse and record outcomes
    (``verify_ledger``; ignored with an environment LLM or a moved clock)."""
    import hashlib
    import secrets

    from ..clock import clock_shift
    from ..study.runner import RunSettings
    from ..study.session import StudyRequestRun, run_study
    from .verify_ledger import Ledger

    plans = {name: plan_task(name, tasks_root) for name in names}
    if full_only:
        for plan in plans.values():
            plan.solutions = [s for s in plan.solutions if s.kind == SolutionKind.full]
    use_ledger = ledger_path is not None and not env_llm.model and clock_shift() is None
    ledger = Ledger.load(ledger_path) if ledger_path is not None and use_ledger else Ledger()
    keys = _ledger_keys(plans, tasks_root) if use_ledger else {}
    saving = threading.Lock()

    def record_run(task: str, label: str, record: RunRecord) -> None:
        """Every finished run goes into the ledger file at once (a stopped verify keeps what it did; verifies
        sharing the file keep each other's entries)."""
        if ledger_path is not None and use_ledger:
            with saving:
                Ledger.record_in_file(ledger_path, task, label, keys[task], record)

    progress = _VerdictProgress(console, plans, on_verdict, record_run)
    to_run: list[TaskPlan] = []
    for plan in plans.values():
        key_of_task = keys.get(plan.task, "")
        reused = {label: r for label in plan.labels if (r := ledger.reusable(plan.task, label, key_of_task))}
        progress.preset(plan.task, reused)
        if len(reused) < len(plan.labels):
            to_run.append(TaskPlan(plan.task, [s for s in plan.solutions if s.name not in reused], {}, null=NULL not in
                                   reused))
    if to_run:
        config = StudyConfig(tasks=[p.task for p in to_run], examinees=examinees_for(to_run), k=1, parallel=parallel,
                             env_llm=env_llm.model, env_llm_base_url=env_llm.base_url,
                             key_sha256=hashlib.sha256(key.encode()).hexdigest()[:16])
        folder = output_root / f"verify-{time.strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(2)}"
        run_study(StudyRequestRun(path=folder, name=folder.name, config=config,
                                  settings=RunSettings(tasks_root=tasks_root, key=key, env_llm=env_llm),
                                  shared_stack=shared_stack), progress)
    return [progress.verdicts[n] for n in names if n in progress.verdicts]


def _ledger_keys(plans: dict[str, TaskPlan], tasks_root: Path) -> dict[str, str]:
    from ..settings import repo_root
    from ..study.plan import select_tasks
    from .verify_ledger import task_key

    metas = select_tasks(list(plans), tasks_root)
    return {name: task_key(repo_root(), _folder(name, tasks_root), metas[name].services) for name in plans}


def _folder(name: str, tasks_root: Path) -> Path:
    """The task's folder: under ``tasks_root``, else a built-in task (``harness.task.locate``)."""
    from ..task.locate import find_task_folder

    return find_task_folder(name, tasks_root) or tasks_root / name
