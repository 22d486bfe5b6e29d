"""Task folder validation: every violation is one clear line, and the CLI exits non-zero."""

from pathlib import Path

import pytest
from conftest import REPO, run_harness

from harness.errors import InputError
from harness.task.check import check_task, load_task


def problems(path: Path) -> list[str]:
    return check_task(path)[1]


def test_example_task_is_valid():
    task = load_task(REPO / "tasks" / "example")
    assert task.meta.name == "example"
    assert len(task.rubric) == 2 and task.points == 2
    result = run_harness("task", "check", "tasks/example")
    assert result.returncode == 0, result.stderr
    assert "2 checkpoints" in result.stderr


@pytest.mark.parametrize("missing, message", [
    ("task.md", "instruction is missing"),
    ("evaluator.py", "evaluator is missing"),
    ("task.toml", "metadata file is missing"),
    ("checkpoints.md", "rubric is missing"),
])
def test_missing_files(example_copy: Path, missing: str, message: str):
    (example_copy / missing).unlink()
    found = problems(example_copy)
    assert len(found) == 1 and message in found[0] and missing in found[0]


def test_missing_solution(example_copy: Path):
    (example_copy / "solution" / "solve.sh").unlink()
    assert "reference solution is missing" in problems(example_copy)[0]


def test_unknown_service(example_copy: Path):
    meta = example_copy / "task.toml"
    meta.write_text(meta.read_text().replace("services = []", 'services = ["email"]'))
    [problem] = problems(example_copy)
    assert "services: unknown service 'email'" in problem


@pytest.mark.parametrize("value", ["-5", "0", '"soon"', "999999"])
def test_bad_timeout(example_copy: Path, value: str):
    meta = example_copy / "task.toml"
    meta.write_text(meta.read_text().replace("agent = 300", f"agent = {value}"))
    [problem] = problems(example_copy)
    assert "timeouts.agent" in problem


def test_evaluator_syntax_error_is_caught_with_line(example_copy: Path):
    evaluator = example_copy / "evaluator.py"
    evaluator.write_text(evaluator.read_text() + "\ndef broken(:\n    pass\n")
    [problem] = problems(example_copy)
    assert "syntax error in evaluator" in problem and "evaluator.py:" in problem


def test_evaluator_without_grade_checkpoints(example_copy: Path):
    (example_copy / "evaluator.py").write_text("def something():\n    return 1\n")
    assert "must define grade_checkpoints" in problems(example_copy)[0]


def test_bad_rubric_heading(example_copy: Path):
    (example_copy / "checkpoints.md").write_text("## Checkpoint 1: two points\n")
    assert "must look like" in problems(example_copy)[0]


def test_name_must_match_folder(example_copy: Path):
    renamed = example_copy.parent / "other-name"
    example_copy.rename(renamed)
    assert "must match the folder name" in problems(renamed)[0]


def test_several_problems_all_reported(example_copy: Path):
    (example_copy / "task.md").unlink()
    (example_copy / "evaluator.py").unlink()
    assert len(problems(example_copy)) == 2
    with pytest.raises(InputError, match="and 1 more"):
        load_task(example_copy)


def test_cli_reports_each_problem_on_one_line(example_copy: Path):
    (example_copy / "task.md").unlink()
    result = run_harness("task", "check", str(example_copy))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert any("instruction is missing" in ln for ln in lines)
    assert lines[-1].startswith("error: 1 of 1 task folder(s) have problems")


def test_cli_unknown_task_name():
    result = run_harness("build", "task", "no-such-task")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "no task folder 'no-such-task'" in result.stderr


def test_colleague_must_exist_and_chat_must_be_listed(example_copy: Path):
    (example_copy / "scenarios.yaml").write_text(
        "colleagues:\n  - username: nobody.here\n    scenario: knows nothing\n")
    found = problems(example_copy)
    assert any("colleague 'nobody.here' is not in the company" in p for p in found)
    assert any("must list the 'chat' service" in p for p in found)


def test_lint_refuses_a_hook_that_depends_on_the_real_date(tmp_path: Path):
    import shutil

    from harness.task.check import load_task
    from harness.task.lint import real_date_problems

    task = tmp_path / "plan-last-sprint-before-code-freeze"
    shutil.copytree(REPO / "tasks" / task.name, task)
    assert real_date_problems(load_task(task)) == []
    hook = task / "hooks" / "populate_data.py"
    hook.write_text(hook.read_text().replace("start_date=FILED, ", ""))
    [problem] = real_date_problems(load_task(task))
    assert "needs a start_date" in problem and "populate_data.py" in problem
