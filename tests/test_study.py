"""Studies: task selection, resume, a changed config refused, retries by status, a hung run killed, a
SIGKILLed study resumed with nothing lost or left behind, and the Ray backend giving the local results.

Docker tests run copies of the example task (no services) from a tasks folder of their own."""

from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest
from conftest import HARNESS, REPO, run_harness

from harness.errors import InputError
from harness.study.models import ResultRow, StudyFile
from harness.study.plan import select_tasks
from harness.study.summary import pass_at_k, pass_hat_k, summarize

TASKS = REPO / "tasks"


# ---------------------------------------------------------------- without Docker
def test_task_selectors():
    hr = select_tasks(["role:hr"], TASKS)
    assert hr and all(m.role.value == "hr" for m in hr.values())
    both = select_tasks(["role:hr", "service:tracker"], TASKS)
    assert both and set(both) < set(hr) and all("tracker" in m.services for m in both.values())
    everything = select_tasks(["all"], TASKS)
    assert "example" not in everything and len(everything) >= 25
    assert list(select_tasks(["example"], TASKS)) == ["example"]
    for bad, says in (["no-such-task"], "no task named"), (["role:ceo"], "unknown role"), (["colour:red"], "filter"):
        with pytest.raises(InputError, match=says):
            select_tasks(bad, TASKS)


def _row(task: str, trial: int, resolved: bool, status: str = "completed") -> ResultRow:
    return ResultRow(run_id=f"r{task}{trial}", run_dir="runs/x", task=task, role="hr", services=["chat"],
                     difficulty="easy", examinee="e", agent="null", trial=trial, status=status,
                     score=1.0 if resolved else 0.25, points=2 if resolved else 1, total_points=2,
                     checkpoints=[1, 1] if resolved else [1, 0], resolved=resolved, started_at="", finished_at="")


def test_summary_scores():
    assert pass_at_k(3, 1, 1) == pytest.approx(1 / 3) and pass_at_k(3, 1, 2) == pytest.approx(2 / 3)
    assert pass_hat_k(3, 2, 2) == pytest.approx(1 / 3) and pass_hat_k(3, 0, 1) == 0.0
    rows = [_row("a", 1, True), _row("a", 2, False), _row("b", 1, False), _row("b", 2, False),
            _row("b", 3, True, status="infra_error")]
    (summary,) = summarize(rows, k=2)
    assert summary.scored == 4 and summary.runs == 5
    assert summary.resolved_pct == 25.0
    assert summary.partial == pytest.approx((1 + 0.5 * 3) / 4)
    assert summary.score == pytest.approx((1 + 0.25 * 3) / 4)
    assert summary.pass_at_k == pytest.approx((1.0 + 0.0) / 2) and summary.pass_hat_k == 0.0
    assert summary.statuses == {"completed": 4, "infra_error": 1}


def test_bad_config_file_is_one_line(tmp_path: Path):
    config = tmp_path / "study.yaml"
    config.write_text("examinees:\n  - {label: x, agent: robot}\n")
    result = run_harness("study", "run", str(config), "--output", str(tmp_path / "out"))
    assert result.returncode == 2, result.stderr
    assert "unknown or interactive agent 'robot'" in result.stderr and "Traceback" not in result.stderr
    result = run_harness("study", "run", "--tasks", "example", "--output", str(tmp_path / "out"))
    assert result.returncode == 2 and "no examinee" in result.stderr


# ---------------------------------------------------------------- with Docker
def _tasks(root: Path, *names: str, solve: str | None = None) -> Path:
    """``root/tasks/`` with copies of the example task named ``names``."""
    for name in names:
        dest = root / "tasks" / name
        shutil.copytree(TASKS / "example", dest)
        meta = dest / "task.toml"
        meta.write_text(meta.read_text().replace('name = "example"', f'name = "{name}"'))
        if solve is not None:
            (dest / "solution" / "solve.sh").write_text(solve)
    return root


def _study(root: Path, *args: str, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    return run_harness("study", "run", *args, "--output", str(root / "study"), cwd=root, timeout=timeout)


def _rows(root: Path) -> list[dict[str, object]]:
    return json.loads((root / "study" / "results.json").read_text())


def _containers_of(owner: str) -> list[str]:
    found = subprocess.run(["docker", "ps", "-a", "--filter", f"label=org.workfloor.owner={owner}",
                            "--format", "{{.Names}}"], capture_output=True, text=True, check=True)
    return found.stdout.split()


@pytest.mark.docker
def test_resume_and_changed_config(tmp_path: Path, task_base: str):
    root = _tasks(tmp_path, "study-a", "study-b")
    first = _study(root, "--tasks", "study-a,study-b", "--agent", "oracle", "-k", "2", "-n", "2")
    assert first.returncode == 0, first.stderr[-3000:]
    rows = _rows(root)
    assert sorted((r["task"], r["trial"]) for r in rows) == [("study-a", 1), ("study-a", 2), ("study-b", 1),
                                                              ("study-b", 2)]
    assert all(r["status"] == "completed" and r["score"] == 1.0 and r["resolved"] for r in rows)
    for row in rows:  # each row's folder is an ordinary run folder
        record = json.loads((root / "study" / str(row["run_dir"]) / "run.json").read_text())
        assert record["run_id"] == row["run_id"] and record["status"] == "completed"
    csv_lines = (root / "study" / "results.csv").read_text().splitlines()
    assert len(csv_lines) == 5 and csv_lines[0].startswith("run_id,run_dir,task,role")
    study = StudyFile.model_validate_json((root / "study" / "study.json").read_text())
    assert set(study.lock.task_images) == {"study-a", "study-b"} and study.lock.packages["pydantic"]
    assert "resolved" in first.stdout and "pass@2" in first.stdout  # the summary

    again = _study(root, "--tasks", "study-a,study-b", "--agent", "oracle", "-k", "2", "-n", "2")
    assert again.returncode == 0, again.stderr[-3000:]
    assert "4 already done, 0 to run" in again.stderr
    assert [r["run_id"] for r in _rows(root)] == [r["run_id"] for r in rows]

    changed = _study(root, "--tasks", "study-a,study-b", "--agent", "null", "-k", "2")
    assert changed.returncode == 2
    assert 'examinees[0].agent: "oracle" → "null"' in changed.stderr and "--force-config" in changed.stderr
    assert [r["run_id"] for r in _rows(root)] == [r["run_id"] for r in rows]


CHAOS_AGENT = """#!/bin/bash
# first call: remove our own task container (the harness's infrastructure fails: infra_error); then do nothing
if [ ! -e "{marker}" ]; then touch "{marker}"; docker rm -f "$WORKFLOOR_CONTAINER" >/dev/null; fi
exit 0
"""


@pytest.mark.docker
def test_retry_by_status(tmp_path: Path, task_base: str):
    root = _tasks(tmp_path, "study-r")
    chaos = tmp_path / "chaos.sh"
    chaos.write_text(CHAOS_AGENT.format(marker=tmp_path / "chaos.done"))
    config = root / "study.yaml"
    config.write_text(
        "tasks: study-r\n"
        "examinees:\n"
        f"  - {{label: flaky, agent: command, agent_cmd: 'bash {chaos}'}}\n"
        "  - {label: crashy, agent: command, agent_cmd: 'exit 3'}\n")
    first = run_harness("study", "run", str(config), "--output", str(root / "study"), "-n", "2", cwd=root)
    assert first.returncode == 0, first.stderr[-3000:]
    rows = {r["examinee"]: r for r in _rows(root)}
    assert rows["flaky"]["status"] == "completed" and rows["flaky"]["attempt"] == 2  # retried infra_error
    assert "retry study-r × flaky #1 after infra_error" in first.stderr
    assert rows["crashy"]["status"] == "agent_error" and rows["crashy"]["attempt"] == 1  # not retried
    assert rows["crashy"]["score"] == 0.0

    rerun = run_harness("study", "run", str(config), "--output", str(root / "study"), "--rerun", "agent_error",
                        cwd=root)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert "1 already done, 1 to run" in rerun.stderr
    after = {r["examinee"]: r for r in _rows(root)}
    assert after["flaky"]["run_id"] == rows["flaky"]["run_id"]
    assert after["crashy"]["run_id"] != rows["crashy"]["run_id"] and after["crashy"]["status"] == "agent_error"


@pytest.mark.docker
def test_hung_run_is_killed(tmp_path: Path, task_base: str):
    root = _tasks(tmp_path, "study-hang", solve="#!/bin/bash\nsleep 280\n")
    started = time.monotonic()
    result = _study(root, "--tasks", "study-hang", "--agent", "oracle", "--run-timeout", "5", "--retries", "0")
    assert time.monotonic() - started < 120
    assert result.returncode == 3, result.stderr[-3000:]
    (row,) = _rows(root)
    assert row["status"] == "infra_error"
    record = json.loads((root / "study" / str(row["run_dir"]) / "run.json").read_text())
    assert record["error"].startswith("killed by the study after 5s")
    assert not subprocess.run(["docker", "ps", "-aq", "--filter", f"label=org.workfloor.run-id={row['run_id']}"],
                              capture_output=True, text=True).stdout.strip()


@pytest.mark.docker
def test_killed_study_loses_nothing(tmp_path: Path, task_base: str):
    root = _tasks(tmp_path, "study-k")
    args = [HARNESS, "study", "run", "--tasks", "study-k", "--agent", "oracle", "-k", "3", "-n", "1",
            "--output", str(root / "study")]
    process = subprocess.Popen(args, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    owner = f"{socket.gethostname()}:{process.pid}"
    results = root / "study" / "results.json"
    deadline = time.monotonic() + 600
    try:  # kill it once a run is recorded and the next one has its container
        while time.monotonic() < deadline and process.poll() is None:
            if results.is_file() and json.loads(results.read_text()) and _containers_of(owner):
                break
            time.sleep(0.2)
        assert process.poll() is None, "the study ended before it could be killed"
        process.send_signal(signal.SIGKILL)
        process.wait()
    finally:
        if process.poll() is None:
            process.kill()
    before = json.loads(results.read_text())
    assert 1 <= len(before) < 3
    assert _containers_of(owner), "the killed study's run left its container (the sweep below must remove it)"
    provisional = [p for p in (root / "study" / "runs").iterdir()
                   if json.loads((p / "run.json").read_text())["status"] == "interrupted"]
    assert provisional, "the run in progress has a provisional run.json saying interrupted"

    again = _study(root, "--tasks", "study-k", "--agent", "oracle", "-k", "3", "-n", "1")
    assert again.returncode == 0, again.stderr[-3000:]
    rows = _rows(root)
    assert sorted(r["trial"] for r in rows) == [1, 2, 3] and all(r["status"] == "completed" for r in rows)
    kept = {r["run_id"] for r in before}
    assert kept <= {r["run_id"] for r in rows}  # completed runs reused, not run again
    assert not {p.name for p in provisional} & {r["run_id"] for r in rows}  # the interrupted one was redone
    assert _containers_of(owner) == []


@pytest.mark.docker
def test_ray_backend_matches_local(tmp_path: Path, task_base: str):
    pytest.importorskip("ray", reason="the Ray backend needs ray (pip install -e '.[dev]' installs it)")
    root = _tasks(tmp_path, "study-ray")
    config = root / "study.toml"
    config.write_text('tasks = ["study-ray"]\nk = 1\n\n[[examinees]]\nlabel = "oracle"\nagent = "oracle"\n\n'
                      '[[examinees]]\nlabel = "null"\nagent = "null"\n')
    outcomes = {}
    for backend in ("local", "ray"):
        result = run_harness("study", "run", str(config), "--backend", backend, "-n", "2",
                             "--output", str(root / backend), cwd=root, env={"RAY_AUTH_MODE": "disabled"})
        assert result.returncode == 0, result.stderr[-3000:]
        rows = json.loads((root / backend / "results.json").read_text())
        for row in rows:
            assert (root / backend / row["run_dir"] / "trajectory.json").is_file()
            assert (root / backend / row["run_dir"] / "eval.json").is_file()
        outcomes[backend] = sorted((r["examinee"], r["trial"], r["status"], r["score"], r["checkpoints"])
                                   for r in rows)
    assert outcomes["ray"] == outcomes["local"] == [("null", 1, "completed", 0.0, [0, 0]),
                                                    ("oracle", 1, "completed", 1.0, [1, 1])]
