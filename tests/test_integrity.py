"""Scores nobody can fake, through the normal run lifecycle with hostile examinees (`--agent command`).

Each attack below worked against the first version (grading ran in the examinee's container). Now every
one must leave the score equal to the do-nothing agent's and find no secret.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import HARNESS, REPO, run_harness
from test_run import assert_container_gone, only_run

from grading.company import CompanyData
from harness.settings import task_image

pytestmark = pytest.mark.docker

PRIVATE_KEY = "integrity-test-private-key-7f3a9c"
LLM_KEY = "sk-integrity-test-llm-key-55d1e0"

FORGE = r"""
set -u
docker exec "$WORKFLOOR_CONTAINER" bash -c '
# 1. mark every checkpoint complete in the grading library
cat >> /utils/grading/scoring.py <<PY
_forge_orig = Result.to_output
def _forge(self):
    for c in self.checkpoints:
        c.result = c.total
    return _forge_orig(self)
Result.to_output = _forge
PY
# 2. replace the grader interpreter with one that writes a perfect eval.json
mkdir -p /tmp/workfloor
printf "{\"checkpoints\":[{\"total\":1,\"result\":1},{\"total\":1,\"result\":1}],\
\"final_score\":{\"total\":2,\"result\":2},\"score\":1.0}" > /tmp/workfloor/eval.json
printf "#!/bin/sh\nexit 0\n" > /usr/local/bin/python_default
# 3. a sitecustomize for every python in the container
for d in $(python3 -c "import site; print(*site.getsitepackages())"); do
  echo "import os; os.makedirs(\"/workspace\", exist_ok=True)" > "$d/sitecustomize.py"; done
'
"""

HUNT = r"""
set -u
docker exec "$WORKFLOOR_CONTAINER" bash -c '
{ env; for f in /proc/[0-9]*/environ; do tr "\0" "\n" < "$f" 2>/dev/null; done;
  grep -rIs . /utils /instruction /workspace /root /etc/environment /tmp 2>/dev/null | head -c 5000000; } \
  ' > "$HUNT_OUT"
"""


def _run(tmp_path: Path, name: str, agent_cmd: str | None = None, *, env: dict[str, str] | None = None,
         key: str | None = None, agent_env: tuple[str, ...] = ()) -> tuple[subprocess.CompletedProcess[str], Path]:
    out = tmp_path / name
    args = ["run", "--task", "example", "--output", str(out)]
    args += ["--agent", "command", "--agent-cmd", agent_cmd] if agent_cmd else ["--agent", "null"]
    for name_ in agent_env:
        args += ["--agent-env", name_]
    if key:
        args += ["--key", key]
    return run_harness(*args, env=env), out


def test_patched_grading_library_and_forged_output_score_like_null(example_image: str, tmp_path: Path):
    null, null_out = _run(tmp_path, "null")
    forged, forged_out = _run(tmp_path, "forged", FORGE)
    assert null.returncode == 0 and forged.returncode == 0, forged.stderr
    null_record, _ = only_run(null_out)
    record, _ = only_run(forged_out)
    assert record.status == "completed"
    assert record.score == null_record.score == 0.0
    assert record.final_score is not None and record.final_score.result == 0
    assert_container_gone(record.run_id)


def test_no_secret_inside_the_container_or_in_any_output_file(example_image: str, tmp_path: Path):
    hunt_out = tmp_path / "hunt.txt"
    env = {"HUNT_OUT": str(hunt_out), "LITELLM_API_KEY": LLM_KEY, "WORKFLOOR_KEY": ""}
    result, out = _run(tmp_path, "hunt", HUNT, env=env, key=PRIVATE_KEY, agent_env=("HUNT_OUT",))
    assert result.returncode == 0, result.stderr
    found = hunt_out.read_text(errors="replace")
    assert len(found) > 1000  # the hunt did read the container
    assert PRIVATE_KEY not in found and LLM_KEY not in found
    company = CompanyData.load(REPO / "servers" / "company")
    others = [p for p in company.people.people if p.username != company.people.examinee.username]
    assert others and not [p.username for p in others if p.password in found]  # only the examinee's own login
    for path in out.rglob("*"):
        if path.is_file():
            data = path.read_text(errors="replace")
            assert PRIVATE_KEY not in data and LLM_KEY not in data, path
    record, _ = only_run(out)
    assert record.score == 0.0


def test_a_grader_that_prints_its_secrets_is_redacted(task_base: str, tmp_path: Path):
    task = tmp_path / "example"
    shutil.copytree(REPO / "tasks" / "example", task)
    evaluator = task / "evaluator.py"
    evaluator.write_text(evaluator.read_text().replace(
        "def grade_checkpoints(trajectory=\"\"):",
        "def grade_checkpoints(trajectory=\"\"):\n    import os, sys\n"
        "    print(os.environ.get('DECRYPTION_KEY'), os.environ.get('LITELLM_API_KEY'), file=sys.stderr)"))
    out = tmp_path / "out"
    assert run_harness("build", "task", str(task), "--key", PRIVATE_KEY).returncode == 0
    result = run_harness("run", "--task", task_image("example", "1.0.0"), "--agent", "null", "--key", PRIVATE_KEY,
                         "--output", str(out), env={"LITELLM_API_KEY": LLM_KEY})
    assert result.returncode == 0, result.stderr
    [run_dir] = list(out.iterdir())
    log = (run_dir / "eval.log").read_text()
    assert "[redacted] [redacted]" in log
    for path in run_dir.iterdir():
        text = path.read_text(errors="replace")
        assert PRIVATE_KEY not in text and LLM_KEY not in text, path


def test_repeated_interrupts_never_lose_the_record(example_image: str, tmp_path: Path):
    for attempt, sig in enumerate([signal.SIGINT, signal.SIGTERM, signal.SIGINT]):
        out, mark = tmp_path / f"sig{attempt}", tmp_path / f"started{attempt}"
        proc = subprocess.Popen([HARNESS, "run", "--task", "example", "--agent", "command", "--agent-cmd",
                                 f"touch {mark}; sleep 60", "--output", str(out)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not mark.exists():
            time.sleep(0.05)
        for _ in range(4):  # a burst: the first interrupts, the rest arrive during cleanup
            proc.send_signal(sig)
            time.sleep(0.05)
        _, stderr = proc.communicate(timeout=60)
        assert proc.returncode == 130, stderr
        record, trajectory = only_run(out)
        assert record.status == "interrupted"
        assert (next(out.iterdir()) / "trajectory.json").is_file() and trajectory.steps
        assert_container_gone(record.run_id)


def test_unwritable_output_is_one_line_exit_2(example_image: str, tmp_path: Path):
    result = run_harness("run", "--task", "example", "--agent", "null", "--output", "/proc/workfloor-runs")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("error: cannot write runs to /proc/workfloor-runs")
    assert "Traceback" not in result.stderr


def test_build_and_run_refuse_a_task_check_refuses(task_base: str, tmp_path: Path):
    task = tmp_path / "tasks" / "bad-rubric"
    shutil.copytree(REPO / "tasks" / "example", task)
    meta = task / "task.toml"
    meta.write_text(meta.read_text().replace('name = "example"', 'name = "bad-rubric"'))
    rubric = task / "checkpoints.md"
    rubric.write_text(rubric.read_text().replace("(1 point)", "(2 points)", 1).replace("(1 pt)", "(2 pts)", 1))
    built = run_harness("build", "task", str(task))
    assert built.returncode == 2
    assert "do not match the rubric" in built.stderr and "Traceback" not in built.stderr
    ran = run_harness("run", "--task", "bad-rubric", "--agent", "null", "--output", str(tmp_path / "o"),
                      cwd=tmp_path)  # ./tasks of the current directory is searched first
    assert ran.returncode == 2, ran.stderr
    assert "do not match the rubric" in ran.stderr


def test_eval_py_output_folder_is_one_line(example_image: str, tmp_path: Path):
    proc = subprocess.run(["docker", "run", "--rm", example_image, "python_default", "/utils/eval.py",
                           "--output_path", "/tmp"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 3
    assert proc.stderr.strip() == "eval.py: error: --output_path /tmp is a folder; give a file path"


def test_host_recomputes_and_rejects_forged_grader_output():
    from harness.run.score_check import GradingMismatch, checked_evaluation
    from harness.task.meta import TaskImageInfo

    info = TaskImageInfo(name="t", role="admin", checkpoints=2, points=3, checkpoint_points=[1, 2],
                         harness_version="x")
    good = {"checkpoints": [{"total": 1, "result": 1}, {"total": 2, "result": 1}],
            "final_score": {"total": 3, "result": 2}, "score": 0.5 * 2 / 3}
    assert checked_evaluation(json.dumps(good).encode(), info).final_score.result == 2
    forged = [
        {**good, "score": 1.0},  # score not what the checkpoints give
        {**good, "final_score": {"total": 3, "result": 3}},
        {**good, "checkpoints": [{"total": 1, "result": 1}]},  # a checkpoint dropped
        {**good, "checkpoints": [{"total": 1, "result": 1}, {"total": 1, "result": 1}]},  # totals changed
        {**good, "scoring_strategy": "bonus_for_completing_any"},
        {**good, "extra": "field"},
    ]
    for bad in forged:
        with pytest.raises(GradingMismatch):
            checked_evaluation(json.dumps(bad).encode(), info)
    with pytest.raises(GradingMismatch):
        checked_evaluation(b"not json", info)


def test_the_examinee_browser_opens_only_web_pages(tmp_path: Path):
    """The built-in agents' browser runs on the host: file:// would show the host's files (task sources)."""
    from harness.agents.browser import Browser

    browser = Browser("localhost", tmp_path)
    for url in ("file:///etc/passwd", "FILE:///work", "chrome://settings", "javascript:alert(1)"):
        assert browser.navigate(url).startswith("refused: only http:// and https://")
