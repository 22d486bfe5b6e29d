"""Solution kinds and their expectations: the `## Solutions` section, task check, and `harness verify`
holding every solution of a task to what checkpoints.md says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import run_harness

from grading.formats import CheckpointScore, FinalScore
from harness.errors import InputError
from harness.run.record import AgentInfo, RunRecord, RunStatus
from harness.run.verify import run_problem
from harness.task.solutions import (
    Expectation,
    SolutionKind,
    expectation_problems,
    find_solutions,
    kind_of,
    parse_expectations,
)

RUBRIC = """# Rubric
## Checkpoint 1 (1 point)
a
## Checkpoint 2 (2 points)
b

## Solutions
- `partial.sh`: 0.33 — does a only
- `wrong-x.py`: loses 2 — gets b wrong
   (continued explanation)
- game-y.sh: loses 1, 2; at most 0.1 -- lists every answer
- `null`: 0
"""


def test_kinds_come_from_file_names():
    assert kind_of(Path("solve.sh")) == SolutionKind.full
    assert kind_of(Path("partial.py")) == SolutionKind.partial
    assert kind_of(Path("alt-blocks.sh")) == SolutionKind.alt
    assert kind_of(Path("wrong-taxi.py")) == SolutionKind.wrong
    assert kind_of(Path("game-soup.sh")) == SolutionKind.game
    for helper in ("read_reply.py", "alt-.sh", "notes.md", "wrongly.sh", "solve.txt"):
        assert kind_of(Path(helper)) is None, helper


def test_section_is_parsed(tmp_path: Path):
    rubric = tmp_path / "checkpoints.md"
    rubric.write_text(RUBRIC)
    expected = parse_expectations(rubric)
    assert expected == {
        "partial.sh": Expectation(score=0.33), "wrong-x.py": Expectation(loses=[2]),
        "game-y.sh": Expectation(loses=[1, 2], at_most=0.1), "null": Expectation(score=0.0)}


@pytest.mark.parametrize("bad", ["- `wrong-x.py`: loses two", "- `partial.sh`: 1.5", "just text",
                                 "- `a.sh`: full\n- `a.sh`: full"])
def test_bad_sections_name_the_line(tmp_path: Path, bad: str):
    rubric = tmp_path / "checkpoints.md"
    rubric.write_text("## Checkpoint 1 (1 point)\nx\n\n## Solutions\n" + bad + "\n")
    with pytest.raises(InputError, match=r"checkpoints.md:\d+"):
        parse_expectations(rubric)


def test_contract_problems(tmp_path: Path):
    for name in ("solve.sh", "partial.sh", "wrong-a.sh", "game-b.py", "alt-c.sh", "read_reply.py"):
        (tmp_path / name).write_text("")
    solutions = find_solutions(tmp_path)
    assert solutions[0].name == "solve.sh" and len(solutions) == 5
    problems = expectation_problems(solutions, {"alt-c.sh": Expectation(score=0.5), "ghost.sh": Expectation(),
                                                "wrong-a.sh": Expectation(loses=[4])}, checkpoints=3)
    text = "\n".join(problems)
    for fragment in ("partial.sh: a partial solution needs its exact score", "game-b.py: list the checkpoints",
                     "alt-c.sh: a alt solution must be listed as full", "ghost.sh: listed under ## Solutions but",
                     "wrong-a.sh: checkpoint 4 does not exist"):
        assert fragment in text


def _record(results: list[int], totals: list[int], status: RunStatus = RunStatus.completed) -> RunRecord:
    return RunRecord(run_id="r", task="t", task_version="1", image="i", image_id="sha", harness_version="0",
                     agent=AgentInfo(name="oracle", version="1"), env_llm_model=None, status=status,
                     started_at="", finished_at="", score=0.0,
                     checkpoints=[CheckpointScore(total=t, result=r) for r, t in zip(results, totals, strict=True)],
                     final_score=FinalScore(total=sum(totals), result=sum(results)))


def test_run_problems_follow_the_rules():
    full, partial, wrong, game = SolutionKind.full, SolutionKind.partial, SolutionKind.wrong, SolutionKind.game
    assert run_problem(full, None, _record([1, 2], [1, 2]), 0.0) == ""
    assert "not 1.0" in run_problem(SolutionKind.alt, None, _record([1, 1], [1, 2]), 0.0)
    assert run_problem(partial, Expectation(score=0.33), _record([1, 0], [1, 2]), 0.0) == ""
    assert "checkpoints.md says 0.5" in run_problem(partial, Expectation(score=0.5), _record([1, 0], [1, 2]), 0.0)
    assert "not above null" in run_problem(partial, Expectation(score=0.33), _record([1, 0], [1, 2]), 1 / 3)
    assert run_problem(wrong, Expectation(loses=[2]), _record([1, 0], [1, 2]), 0.0) == ""
    assert "earned checkpoint(s) 2" in run_problem(wrong, Expectation(loses=[2]), _record([0, 1], [1, 2]), 0.0)
    assert "full marks" in run_problem(game, Expectation(loses=[]), _record([1, 2], [1, 2]), 0.0)
    assert "above its cap" in run_problem(game, Expectation(at_most=0.1), _record([1, 0], [1, 2]), 0.0)
    assert "agent_error" in run_problem(wrong, Expectation(loses=[2]),
                                        _record([0, 0], [1, 2], RunStatus.agent_error), 0.0)
    assert run_problem(None, None, _record([0, 0], [1, 2]), None) == ""
    assert "full marks" in run_problem(None, None, _record([1, 2], [1, 2]), None)


def test_task_check_refuses_a_solution_without_its_expectation(example_copy: Path):
    (example_copy / "solution" / "wrong-another.sh").write_text("#!/usr/bin/env bash\ntrue\n")
    result = run_harness("task", "check", str(example_copy))
    assert result.returncode != 0
    assert "wrong-another.sh: list the checkpoints it loses" in result.stdout + result.stderr


@pytest.mark.docker
def test_verify_runs_every_solution_and_holds_it_to_checkpoints_md(example_copy: Path, tmp_path: Path):
    """The built-in example ships every kind and passes; a claim the grader does not bear out fails, named."""
    rubric = example_copy / "checkpoints.md"
    rubric.write_text(rubric.read_text().replace("`wrong-truncates.sh`: loses 1", "`wrong-truncates.sh`: loses 2"))
    tasks = tmp_path / "tasks"
    tasks.mkdir()
    example_copy.rename(tasks / "example")
    result = run_harness("verify", "example", "--output", str(tmp_path / "out"), env={"LITELLM_MODEL": ""},
                         cwd=tmp_path)  # ./tasks of the current directory comes first
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "wrong-truncates.sh: earned checkpoint(s) 2 it must lose" in output
    assert re.search(r"example: solve.sh 1.00, alt-pandas.py 1.00, game-every-date.sh 0.00, partial.sh 0.50, "
                     r"wrong-truncates.sh 0.50, null 0.00", output), output


@pytest.mark.docker
def test_the_ledger_reuses_only_what_did_not_change(example_copy: Path, tmp_path: Path):
    tasks = tmp_path / "tasks"
    tasks.mkdir()
    example = example_copy.rename(tasks / "example")
    ledger = tmp_path / "ledger.json"

    def verify() -> str:
        result = run_harness("verify", "example", "--full-only", "--ledger", str(ledger), "--output",
                             str(tmp_path / "out"), env={"LITELLM_MODEL": ""}, cwd=tmp_path)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stderr

    assert "recorded" not in verify()
    assert "(2 recorded)" in verify()
    (example / "solution" / "solve.sh").write_text((example / "solution" / "solve.sh").read_text() + "\n# changed\n")
    assert "recorded" not in verify()  # a changed task folder runs again
    ledger.write_text("{not json")
    result = run_harness("verify", "example", "--ledger", str(ledger), "--output", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 2 and "not a verify ledger" in result.stderr


def _entry(key: str, score: float) -> dict[str, object]:
    return {"key": key, "status": "completed", "checkpoints": [{"total": 1, "result": int(score)}],
            "final_score": {"total": 1, "result": int(score)}, "score": score, "run_id": "r"}


def test_ledger_status_and_merge_keep_only_current_outcomes(example_copy: Path, tmp_path: Path):
    """Ledgers recorded apart merge into one holding only entries recorded on this checkout's inputs."""
    import json

    from harness.run.verify_ledger import task_key
    from harness.settings import repo_root

    tasks = tmp_path / "tasks"
    tasks.mkdir()
    example = example_copy.rename(tasks / "example")
    key = task_key(repo_root(), example, [])
    here, there, merged = tmp_path / "here.json", tmp_path / "there.json", tmp_path / "merged.json"
    here.write_text(json.dumps({"tasks": {"example": {"solve.sh": _entry(key, 1.0), "null": _entry("old", 0.0)}}}))
    there.write_text(json.dumps({"tasks": {"example": {"partial.sh": _entry(key, 0.0)},
                                           "gone-task": {"solve.sh": _entry(key, 1.0)}}}))

    status = run_harness("ledger", "status", "example", "--ledger", str(here), "--check", cwd=tmp_path)
    assert status.returncode == 1, status.stdout + status.stderr
    assert "1/6 runs current; 0/1 tasks complete" in status.stdout
    assert re.search(r"example\s+│\s+1\s+│\s+null\s+│\s+alt-pandas.py, game-every-date.sh, partial.sh", status.stdout)

    result = run_harness("ledger", "merge", str(here), str(there), "--into", str(merged), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 current entries (+2); 2 stale or unknown left out" in result.stdout
    assert set(json.loads(merged.read_text())["tasks"]) == {"example"}
    assert set(json.loads(merged.read_text())["tasks"]["example"]) == {"partial.sh", "solve.sh"}

    there.write_text("{not json")
    bad = run_harness("ledger", "merge", str(there), "--into", str(merged), cwd=tmp_path)
    assert bad.returncode == 2 and "not a verify ledger" in bad.stderr and "Traceback" not in bad.stderr
    missing = run_harness("ledger", "status", "--ledger", str(tmp_path / "none.json"), cwd=tmp_path)
    assert missing.returncode == 2 and "no such ledger" in missing.stderr and "Traceback" not in missing.stderr


def _record_many(path: str, worker: int) -> None:
    from harness.run.verify_ledger import Ledger

    record = RunRecord(run_id=f"r{worker}", task="t", task_version="", image="", image_id="", harness_version="",
                       agent=AgentInfo(name="oracle", version="1"), env_llm_model=None, status=RunStatus.completed,
                       started_at="", finished_at="", checkpoints=[CheckpointScore(total=1, result=1)],
                       final_score=FinalScore(total=1, result=1), score=1.0)
    for i in range(15):
        Ledger.record_in_file(Path(path), "t", f"w{worker}-{i}", "k", record)


def test_verifies_sharing_a_ledger_keep_each_others_outcomes(tmp_path: Path):
    """Two verify processes recording into one ledger file at once: no entry of either is lost."""
    import multiprocessing

    from harness.run.verify_ledger import Ledger

    ledger = tmp_path / "ledger.json"
    workers = [multiprocessing.get_context("fork").Process(target=_record_many, args=(str(ledger), w)) for w in (1, 2)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(60)
    assert [p.exitcode for p in workers] == [0, 0]
    assert len(Ledger.load(ledger).tasks["t"]) == 30
