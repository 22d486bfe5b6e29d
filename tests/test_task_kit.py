"""The task author's kit: `harness task new` scaffolds, `harness task eval` grades a live container, tasks are
found under ./tasks first, and the grading clients' reference is generated from their source."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO, run_harness

from harness.run.verify import plan_task
from harness.task.locate import all_task_folders, find_task_folder
from harness.task.solutions import SolutionKind, find_solutions, parse_expectations

SOLUTIONS = ["alt-example.sh", "game-example.sh", "partial.sh", "solve.sh", "wrong-example.sh"]


def new_task(cwd: Path, name: str, *args: str) -> subprocess.CompletedProcess[str]:
    return run_harness("task", "new", name, *args, cwd=cwd, timeout=120)


def stub_results(folder: Path) -> tuple[list[tuple[int, int]], str]:
    """Run the scaffold's evaluator on the host with no services: (checkpoint totals and results, stderr)."""
    code = ("import json, runpy, sys; from grading import Trajectory; "
            "r = runpy.run_path(sys.argv[1])['grade_checkpoints'](trajectory=Trajectory('')); "
            "print(json.dumps([[c.total, c.result] for c in r.checkpoints]))")
    env = {**os.environ, "LITELLM_MODEL": "offline", "SERVER_HOSTNAME": "kit-test.invalid",
           "PYTHONPATH": str(REPO / "utils")}
    proc = subprocess.run([sys.executable, "-c", code, str(folder / "evaluator.py")], capture_output=True,
                          text=True, env=env, timeout=120, cwd="/")
    assert proc.returncode == 0, proc.stderr
    return [tuple(pair) for pair in json.loads(proc.stdout)], proc.stderr


def test_scaffold_with_chat_and_tracker_passes_check_and_earns_nothing(tmp_path: Path):
    made = new_task(tmp_path, "kit-probe", "--role", "finance", "--services", "chat,tracker",
                    "--difficulty", "hard")
    assert made.returncode == 0, made.stderr
    folder = tmp_path / "tasks" / "kit-probe"
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert files == ["checkpoints.md", "evaluator.py", "hooks/populate_data.py", "scenarios.yaml",
                     *[f"solution/{s}" for s in SOLUTIONS], "task.md", "task.toml"]
    assert all(os.access(folder / "solution" / s, os.X_OK) for s in SOLUTIONS)
    meta = (folder / "task.toml").read_text()
    assert 'role = "finance"' in meta and 'services = ["chat", "tracker"]' in meta and 'difficulty = "hard"' in meta
    assert "victor.mendes" in (folder / "scenarios.yaml").read_text()  # someone of the role's department

    checked = run_harness("task", "check", "tasks/kit-probe", cwd=tmp_path, timeout=300)
    assert checked.returncode == 0, checked.stderr
    assert "2 checkpoints, 2 points" in checked.stderr

    kinds = {s.kind for s in find_solutions(folder / "solution")}
    assert kinds == set(SolutionKind)
    expected = parse_expectations(folder / "checkpoints.md")
    assert expected["partial.sh"].score == 0.5 and expected["wrong-example.sh"].loses == [2]

    results, log = stub_results(folder)
    assert results == [(1, 0), (1, 0)]
    for n in (1, 2):
        assert f"evaluator.py is a stub: write checkpoint_{n}() so that it checks checkpoint {n}" in log


@pytest.mark.parametrize("services, hook, scenarios", [("", False, False), ("files,git", True, False)])
def test_scaffold_files_follow_the_services(tmp_path: Path, services: str, hook: bool, scenarios: bool):
    made = new_task(tmp_path, "kit-probe", "--role", "sde", "--services", services)
    assert made.returncode == 0, made.stderr
    folder = tmp_path / "tasks" / "kit-probe"
    assert (folder / "hooks" / "populate_data.py").is_file() == hook
    assert (folder / "scenarios.yaml").is_file() == scenarios
    checked = run_harness("task", "check", str(folder), cwd=tmp_path, timeout=300)
    assert checked.returncode == 0, checked.stderr


@pytest.mark.parametrize("args, message", [
    (["Bad_Name", "--role", "sde"], "task name 'Bad_Name': use lowercase letters"),
    (["kit-probe", "--role", "cto"], "--role: unknown role 'cto'"),
    (["kit-probe", "--role", "sde", "--services", "chat,email"], "--services: unknown service 'email'"),
    (["kit-probe", "--role", "sde", "--services", "git,git"], "--services: a service is listed more than once"),
    (["kit-probe", "--role", "sde", "--difficulty", "extreme"], "--difficulty: unknown difficulty 'extreme'"),
    (["example", "--role", "admin"], "a task named 'example' already exists"),
    (["kit-probe", "--role", "sde", "--tasks-dir", "a-file/tasks"], "cannot create a-file/tasks/kit-probe"),
])
def test_bad_input_is_one_line_exit_2_and_creates_nothing(tmp_path: Path, args: list[str], message: str):
    (tmp_path / "a-file").write_text("not a folder")
    result = new_task(tmp_path, *args)
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "tasks").exists() or not any((tmp_path / "tasks").iterdir())


def test_an_offline_reply_that_is_not_a_regular_expression_is_refused(tmp_path: Path):
    assert new_task(tmp_path, "kit-probe", "--role", "pm", "--services", "chat").returncode == 0
    scenarios = tmp_path / "tasks" / "kit-probe" / "scenarios.yaml"
    scenarios.write_text(scenarios.read_text().replace('- match: "due|deadline|when"', '- match: "(due"'))
    checked = run_harness("task", "check", "tasks/kit-probe", cwd=tmp_path, timeout=300)
    assert checked.returncode == 2
    assert "offline_replies.0.match: not a valid regular expression" in checked.stderr


def test_an_existing_folder_is_refused_and_left_alone(tmp_path: Path):
    assert new_task(tmp_path, "kit-probe", "--role", "hr").returncode == 0
    rubric = tmp_path / "tasks" / "kit-probe" / "checkpoints.md"
    rubric.write_text("mine")
    again = new_task(tmp_path, "kit-probe", "--role", "hr")
    assert again.returncode == 2 and "tasks/kit-probe already exists" in again.stderr
    assert rubric.read_text() == "mine"


def test_tasks_under_dot_tasks_come_first_then_the_built_in_ones(tmp_path: Path):
    local = tmp_path / "tasks"
    assert new_task(tmp_path, "kit-local", "--role", "pm").returncode == 0
    mine = local / "example"  # a local task hides the built-in one of the same name
    mine.mkdir()
    (mine / "task.toml").write_text((REPO / "tasks" / "example" / "task.toml").read_text())
    assert find_task_folder("kit-local", local) == local / "kit-local"
    assert find_task_folder("example", local) == mine
    assert find_task_folder("fix-slot-finder-last-slot", local) == REPO / "tasks" / "fix-slot-finder-last-slot"
    assert find_task_folder("no-such-task", local) is None
    folders = all_task_folders(local)
    assert folders["example"] == mine and folders["kit-local"] == local / "kit-local"
    assert list(folders) == sorted(folders) and "fix-slot-finder-last-slot" in folders
    assert sorted(s.name for s in plan_task("kit-local", local).solutions) == SOLUTIONS  # verify's plan
    assert "solve.sh" in [s.name for s in plan_task("fix-slot-finder-last-slot", local).solutions]
    assert plan_task("example", local).solutions == []  # the local folder, not the built-in one

    listed = run_harness("task", "list", cwd=tmp_path, timeout=300)
    assert listed.returncode == 0, listed.stderr
    assert "kit-local" in listed.stdout and "fix-slot-finder-last-slot" in listed.stdout
    assert f"2 from {local}" in listed.stdout


def test_client_reference_is_generated_and_current():
    check = subprocess.run([sys.executable, "scripts/gen_client_reference.py", "--check"], cwd=REPO,
                           capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stderr
    reference = (REPO / "docs" / "grading-clients.md").read_text()
    for module in ("chat", "tracker", "files", "git"):
        tree = ast.parse((REPO / "utils" / "grading" / "clients" / f"{module}.py").read_text())
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef) and not n.name.startswith("_")):
            for method in (m for m in cls.body if isinstance(m, ast.FunctionDef) and not m.name.startswith("_")):
                assert f"`{cls.name}.{method.name}" in reference, f"{module}: {cls.name}.{method.name} missing"
    assert "| `assignee` | `str \\| None` | username |" in reference  # a record's field with its source comment


def test_client_reference_check_fails_when_stale(tmp_path: Path):
    stale = tmp_path / "repo"
    for part in ("scripts/gen_client_reference.py", "docs/grading-clients.md", "utils/grading/clients"):
        source, target = REPO / part, stale / part
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["cp", "-r", str(source), str(target)], check=True)
    files = stale / "utils" / "grading" / "clients" / "files.py"
    files.write_text(files.read_text().replace('    def exists(self, path: str) -> bool:\n',
                                               '    def exists(self, path: str) -> bool:\n        """New doc."""\n'))
    check = subprocess.run([sys.executable, "scripts/gen_client_reference.py", "--check"], cwd=stale,
                           capture_output=True, text=True, timeout=60)
    assert check.returncode == 1 and "out of date" in check.stderr


# ---------------------------------------------------------------- docker: build, live grading, verify


@pytest.fixture
def plain_task(tmp_path: Path, task_base: str) -> Iterator[Path]:
    """A fresh scaffold without services under tmp_path/tasks; its image is removed afterwards."""
    name = f"kit-probe-{uuid.uuid4().hex[:6]}"
    assert new_task(tmp_path, name, "--role", "admin").returncode == 0
    yield tmp_path / "tasks" / name
    from harness.settings import task_image

    subprocess.run(["docker", "rmi", "-f", task_image(name, "1.0.0")], capture_output=True)


@pytest.mark.docker
def test_live_container_is_graded_and_left_running_while_the_author_iterates(plain_task: Path):
    from harness.settings import task_image

    cwd, name = plain_task.parent.parent, plain_task.name
    built = run_harness("build", "task", name, cwd=cwd, timeout=600)
    assert built.returncode == 0, built.stderr
    container = f"kit-live-{uuid.uuid4().hex[:6]}"
    subprocess.run(["docker", "run", "-d", "--network", "host", "--name", container,
                    task_image(name, "1.0.0"), "sleep", "infinity"], check=True, capture_output=True)
    try:
        subprocess.run(["docker", "exec", container, "sh", "-c", "echo 42 > /workspace/answer.txt"], check=True)
        first = run_harness("task", "eval", name, "--container", container, "--output", str(cwd / "evals"),
                            cwd=cwd, timeout=600)
        assert first.returncode == 0, first.stderr
        assert "score 0.000 (0/2 points)" in first.stdout
        assert "grader failed: checkpoint_1: NotImplementedError: evaluator.py is a stub" in first.stdout
        assert "TODO: what earns this point" in first.stdout  # the rubric line of each checkpoint
        [folder] = (cwd / "evals").iterdir()
        assert json.loads((folder / "eval.json").read_text())["final_score"] == {"total": 2, "result": 0}

        evaluator = plain_task / "evaluator.py"  # the author fills in checkpoint 1 and grades again
        evaluator.write_text(evaluator.read_text().replace(
            '    raise NotImplementedError(STUB.format("checkpoint_1", 1))',
            '    return open("/workspace/answer.txt").read().strip() == "42"'))
        second = run_harness("task", "eval", name, "--container", container, "--output", str(cwd / "evals"),
                             cwd=cwd, timeout=600)
        assert second.returncode == 0, second.stderr
        assert "score 0.250 (1/2 points)" in second.stdout
        assert "earlier build" in second.stderr

        state = subprocess.run(["docker", "inspect", "-f", "{{.State.Running}}", container], capture_output=True,
                               text=True, check=True).stdout.strip()
        assert state == "true"
        kept = subprocess.run(["docker", "exec", container, "cat", "/workspace/answer.txt"], capture_output=True,
                              text=True, check=True).stdout
        assert kept == "42\n"

        other = run_harness("task", "eval", "example", "--container", container, "--output", str(cwd / "evals"),
                            cwd=cwd, timeout=600)
        assert other.returncode == 2 and f"runs task '{name}', not 'example'" in other.stderr
    finally:
        subprocess.run(["docker", "rm", "-f", container], capture_output=True)
    missing = run_harness("task", "eval", name, "--container", container, cwd=cwd, timeout=600)
    assert missing.returncode == 2 and f"no container '{container}'" in missing.stderr


@pytest.mark.docker
def test_verify_of_a_fresh_scaffold_fails_saying_what_to_write(plain_task: Path):
    cwd, name = plain_task.parent.parent, plain_task.name
    result = run_harness("verify", name, "--full-only", "-n", "1", "--output", str(cwd / "verify"), cwd=cwd,
                         timeout=900)
    assert result.returncode != 0
    assert "solution/solve.sh is a stub: write the reference solution (it must score 1.0)" in result.stderr
    assert f"tasks failing verification: {name}" in result.stderr
