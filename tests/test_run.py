"""`harness run` end to end against real Docker: every examinee kind, limits, interruption, bad input."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import HARNESS, REPO, run_harness
from fakellm import FakeLLM, Reply

from grading.atif import Trajectory
from harness.docker_env import docker_client
from harness.run.record import RunRecord
from harness.settings import LABEL_RUN

pytestmark = pytest.mark.docker

SOLUTION = (REPO / "tasks/example/solution/solve.sh").read_text()


def only_run(out: Path) -> tuple[RunRecord, Trajectory]:
    [run_dir] = [p for p in out.iterdir() if p.is_dir()]
    record = RunRecord.model_validate_json((run_dir / "run.json").read_text())
    trajectory = Trajectory.model_validate_json((run_dir / "trajectory.json").read_text())
    return record, trajectory


def assert_container_gone(run_id: str) -> None:
    left = docker_client().containers.list(all=True, filters={"label": f"{LABEL_RUN}={run_id}"})
    assert left == []


def test_oracle_full_and_null_not(example_image: str, tmp_path: Path):
    result = run_harness("run", "--task", "example", "--agent", "oracle", "--output", str(tmp_path / "o"))
    assert result.returncode == 0, result.stderr
    record, trajectory = only_run(tmp_path / "o")
    assert record.status == "completed" and record.score == 1.0
    assert set(record.phases) == {"container_start", "init", "agent", "eval", "cleanup"}
    assert {"trajectory.json", "eval.json", "run.json", "init.log", "eval.log"} <= set(record.files)
    assert trajectory.extra["workfloor"]["task"] == "example"
    assert "score 1.000" in result.stderr
    assert_container_gone(record.run_id)

    result = run_harness("run", "--task", "workfloor-tasks/example:1.0.0", "--agent", "null",
                         "--output", str(tmp_path / "n"))
    assert result.returncode == 0, result.stderr
    record, _ = only_run(tmp_path / "n")
    assert record.status == "completed" and record.score == 0.0
    assert_container_gone(record.run_id)


class _Page(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        body = b"<html><head><title>Memo</title></head><body><h1>Lunch memo</h1><p>code word: heron</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def web_page():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/memo"
    server.shutdown()


def scripted_agent(page_url: str):
    """Solve the example through real tools: browser, bash, write_file, then finish."""
    def respond(request):
        tool_results = [m for m in request["messages"] if m["role"] == "tool"]
        step = len(tool_results)
        if step == 0:
            return Reply(content="Let me look at the memo first.", tool_calls=[("browser_navigate", {"url": page_url})])
        if step == 1:
            assert "heron" in tool_results[0]["content"]
            return Reply(tool_calls=[("bash", {"command": SOLUTION.split("set -euo pipefail\n", 1)[1]})])
        if step == 2:
            return Reply(tool_calls=[("read_file", {"path": "/workspace/answer.txt"})])
        if step == 3:
            return Reply(tool_calls=[("write_file", {"path": "/workspace/notes.txt", "content": "done"})])
        return Reply(tool_calls=[("finish", {"answer": "2026-08-14"})])
    return respond


def test_llm_agent_reaches_full_score_through_real_tools(example_image: str, tmp_path: Path, web_page: str):
    with FakeLLM(scripted_agent(web_page)) as llm:
        result = run_harness("run", "--task", "example", "--agent", "llm", "--model", "openai/scripted",
                             "--api-base", llm.base_url, "--api-key", "k", "--output", str(tmp_path))
        assert result.returncode == 0, result.stderr
        assert all(r["model"] == "scripted" for r in llm.requests)
        assert {t["function"]["name"] for t in llm.requests[0]["tools"]} >= {"bash", "browser_navigate", "finish"}
    record, trajectory = only_run(tmp_path)
    assert record.score == 1.0 and record.answer == "2026-08-14"
    assert record.prompt_tokens > 0 and record.completion_tokens > 0
    agent_steps = [s for s in trajectory.steps if s.source == "agent"]
    assert len(agent_steps) == 5
    assert all(s.metrics and s.metrics.prompt_tokens for s in agent_steps)
    assert trajectory.final_metrics.total_prompt_tokens == record.prompt_tokens
    calls = [c.function_name for s in agent_steps for c in s.tool_calls or []]
    assert calls == ["browser_navigate", "bash", "read_file", "write_file", "finish"]
    assert "2026-08-14" in agent_steps[2].observation.results[0].content


def test_http_agent_endpoint_chooses_actions(example_image: str, tmp_path: Path, web_page: str):
    with FakeLLM(scripted_agent(web_page)) as endpoint:
        result = run_harness("run", "--task", "example", "--agent", "http", "--agent-url", endpoint.base_url,
                             "--output", str(tmp_path))
    assert result.returncode == 0, result.stderr
    record, _ = only_run(tmp_path)
    assert record.agent.name == "http" and record.score == 1.0


def test_llm_step_limit_is_agent_error(example_image: str, tmp_path: Path):
    forever = lambda request: Reply(tool_calls=[("bash", {"command": "echo still working"})])  # noqa: E731
    with FakeLLM(forever) as llm:
        result = run_harness("run", "--task", "example", "--agent", "llm", "--model", "openai/x", "--api-base",
                             llm.base_url, "--max-steps", "3", "--output", str(tmp_path))
    assert result.returncode == 4
    record, _ = only_run(tmp_path)
    assert record.status == "agent_error" and record.error == "step limit (3) reached"
    assert record.score == 0.0  # still graded


def test_command_agent_without_trajectory(example_image: str, tmp_path: Path):
    script = tmp_path / "agent.sh"
    script.write_text('echo "working in $WORKFLOOR_CONTAINER"\n'
                      'docker exec -i "$WORKFLOOR_CONTAINER" bash < "$SOLUTION_FILE"\n'
                      'test -n "$WORKFLOOR_INSTRUCTION" && echo instruction-ok\n')
    solution = tmp_path / "solve.sh"
    solution.write_text(SOLUTION)
    result = run_harness("run", "--task", "example", "--agent", "command", "--agent-cmd", f"bash {script}",
                         "--agent-env", "SOLUTION_FILE", "--output", str(tmp_path / "out"),
                         env={"SOLUTION_FILE": str(solution)})
    assert result.returncode == 0, result.stderr
    record, trajectory = only_run(tmp_path / "out")
    assert record.score == 1.0
    [step] = [s for s in trajectory.steps if s.source == "agent"]
    assert "instruction-ok" in step.observation.results[0].content
    assert step.extra["exit_code"] == [0]


def test_command_agent_with_own_and_with_corrupt_trajectory(example_image: str, tmp_path: Path):
    good = {"schema_version": "ATIF-v1.4", "session_id": "ext", "agent": {"name": "mine", "version": "9"},
            "steps": [{"step_id": 1, "source": "agent", "message": "hello from outside"}]}
    (tmp_path / "good.json").write_text(json.dumps(good))
    result = run_harness("run", "--task", "example", "--agent", "command", "--agent-cmd",
                         f'cp {tmp_path}/good.json "$WORKFLOOR_TRAJECTORY"', "--output", str(tmp_path / "a"))
    assert result.returncode == 0, result.stderr
    _, trajectory = only_run(tmp_path / "a")
    assert trajectory.agent.name == "mine" and trajectory.extra["workfloor"]["task"] == "example"

    result = run_harness("run", "--task", "example", "--agent", "command", "--agent-cmd",
                         'echo "{broken" > "$WORKFLOOR_TRAJECTORY"', "--output", str(tmp_path / "b"))
    assert result.returncode == 4
    record, _ = only_run(tmp_path / "b")
    assert record.status == "agent_error" and record.error.startswith("the agent wrote an invalid ATIF trajectory")
    assert "\n" not in record.error


def test_timeout_kills_hung_agent_and_removes_container(example_image: str, tmp_path: Path):
    started = time.monotonic()
    result = run_harness("run", "--task", "example", "--agent", "command", "--agent-cmd", "sleep 1000",
                         "--timeout", "3", "--output", str(tmp_path))
    elapsed = time.monotonic() - started
    assert result.returncode == 5, result.stderr
    record, _ = only_run(tmp_path)
    assert record.status == "timeout"
    assert record.phases["agent"] < 3 + 5
    assert elapsed < 3 + 5 + 15  # limit + kill grace + harness overhead
    assert_container_gone(record.run_id)
    assert record.score == 0.0


def test_hung_command_inside_container_is_killed(example_image: str, tmp_path: Path):
    with FakeLLM(lambda r: Reply(tool_calls=[("bash", {"command": "sleep 600"})]) if not any(
            m["role"] == "tool" for m in r["messages"]) else Reply(tool_calls=[("finish", {"answer": "x"})])) as llm:
        started = time.monotonic()
        result = run_harness("run", "--task", "example", "--agent", "llm", "--model", "openai/x", "--api-base",
                             llm.base_url, "--command-timeout", "2", "--output", str(tmp_path))
        assert time.monotonic() - started < 2 + 5 + 15
    assert result.returncode == 0, result.stderr
    _, trajectory = only_run(tmp_path)
    first_action = next(s for s in trajectory.steps if s.source == "agent")
    observation = first_action.observation.results[0].content
    assert "[command timed out]" in observation


def test_human_through_a_pty(example_image: str, tmp_path: Path):
    pexpect = pytest.importorskip("pexpect")
    child = pexpect.spawn(HARNESS, ["run", "--task", "example", "--agent", "human", "--output", str(tmp_path)],
                          cwd=str(REPO), encoding="utf-8", timeout=120, dimensions=(40, 160))
    child.expect("Type `exit` when you are done")
    child.expect(r"workstation:/workspace# ")
    child.sendline("head -2 lunch_receipts.csv")
    child.expect("Trattoria Sole")
    child.expect(r"workstation:/workspace# ")
    body = SOLUTION.split("set -euo pipefail\n", 1)[1]
    heredoc = body.replace("python3 - <<'PY'\n", "").replace("\nPY\n", "\n")
    (tmp_path / "s.py").write_text(heredoc)
    child.sendline("python3 -c \"$(printf %s " + _shell_quote(heredoc) + ")\"")
    child.expect(r"workstation:/workspace# ")
    child.sendline("cat answer.txt; false")
    child.expect("2026-08-14")
    child.expect(r"workstation:/workspace# ")
    child.sendline("exit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    record, trajectory = only_run(tmp_path)
    assert record.score == 1.0
    commands = [(s.tool_calls[0].arguments["command"], s.extra["exit_code"][0]) for s in trajectory.steps
                if s.source == "agent"]
    assert commands[0] == ("head -2 lunch_receipts.csv", 0)
    assert commands[-1] == ("cat answer.txt; false", 1)
    first_output = trajectory.steps[1].observation.results[0].content
    assert "Trattoria Sole" in first_output and "\x1b" not in first_output


def _shell_quote(text: str) -> str:
    return "'" + text.replace("'", "'\"'\"'") + "'"


def test_sigterm_cleans_up_and_sigkill_leaves_what_clean_removes(example_image: str, tmp_path: Path):
    for sig, expect_left in ((signal.SIGTERM, False), (signal.SIGKILL, True)):
        out = tmp_path / sig.name
        proc = subprocess.Popen([HARNESS, "run", "--task", "example", "--agent", "command", "--agent-cmd",
                                 "sleep 300", "--output", str(out)], cwd=REPO, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        container = None
        while time.monotonic() < deadline and container is None:
            line = proc.stderr.readline()
            if "container workfloor-run-" in line:
                container = line.split("container ", 1)[1].strip()
        assert container, "run never started its container"
        time.sleep(1.5)
        busy = run_harness("clean")  # another process's clean spares a run that is still in progress
        assert busy.returncode == 0, busy.stderr
        [kept] = [line for line in busy.stderr.splitlines() if line.startswith("kept") and "(use --force): " in line]
        assert container in kept.split(": ", 1)[1].split(", ")  # other people's runs may be kept too
        assert container in [c.name for c in docker_client().containers.list()]
        proc.send_signal(sig)
        proc.wait(timeout=30)
        names = [c.name for c in docker_client().containers.list(all=True)]
        assert (container in names) is expect_left
        if sig == signal.SIGTERM:
            assert proc.returncode == 130
            record, _ = only_run(out)
            assert record.status == "interrupted"
    result = run_harness("clean")
    assert result.returncode == 0 and container in result.stderr
    assert container not in [c.name for c in docker_client().containers.list(all=True)]


@pytest.mark.parametrize("args, message, code", [
    (["--task", "nosuch/image:1", "--agent", "null"], "no image 'nosuch/image:1'", 2),
    (["--task", "no-such-task", "--agent", "null"], "no task image or task folder named 'no-such-task'", 2),
    (["--task", "example", "--agent", "robot"], "unknown agent 'robot'", 2),
    (["--task", "workfloor/base:bookworm", "--agent", "null"], "is not a workfloor task image", 2),
    (["--task", "example", "--agent", "llm"], "--agent llm needs --model", 2),
    (["--task", "example", "--agent", "command"], "--agent command needs --agent-cmd", 2),
])
def test_bad_input_one_line(example_image: str, args: list[str], message: str, code: int, tmp_path: Path):
    result = run_harness("run", *args, "--output", str(tmp_path))
    assert result.returncode == code
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("prefix", ["wf-auditB", "wf audit", "-wf"])
def test_a_bad_image_prefix_is_one_line(prefix: str):
    result = run_harness("task", "list", env={"WORKFLOOR_IMAGE_PREFIX": prefix})
    assert result.returncode == 2
    assert result.stderr.strip() == (f"error: WORKFLOOR_IMAGE_PREFIX={prefix!r} is not a Docker image name: use "
                                     "lowercase letters, digits and . _ - /")


def test_key_is_not_visible_to_the_examinee(example_image: str, tmp_path: Path):
    """During the examinee's turn the container has no decryption key anywhere in its environment."""
    probe = "cat /proc/*/environ 2>/dev/null | tr '\\0' '\\n' | grep -c DECRYPTION_KEY || true"
    result = run_harness("run", "--task", "example", "--agent", "command", "--agent-cmd",
                         f'docker exec "$WORKFLOOR_CONTAINER" sh -c "{probe}"; env | grep -c WORKFLOOR_KEY || true',
                         "--output", str(tmp_path), env={"WORKFLOOR_KEY": os.environ.get("WORKFLOOR_KEY", "")})
    assert result.returncode == 0, result.stderr
    [run_dir] = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert (run_dir / "agent.log").read_text().split() == ["0", "0"]
    from harness.settings import resolve_key
    for path in run_dir.iterdir():
        assert resolve_key() not in path.read_text(errors="replace")


def test_run_json_is_printed_with_json_flag(example_image: str, tmp_path: Path):
    result = run_harness("run", "--task", "example", "--agent", "null", "--json", "--output", str(tmp_path))
    assert json.loads(result.stdout)["status"] == "completed"
    assert sys.executable  # the harness under test is this interpreter's


def test_task_needing_services_that_are_not_running(task_base: str, tmp_path: Path):
    """Services down (not even the stack's control API answers): infra_error naming the stack's control API and
    the command that starts the company's services; no container left. (A single service down while the
    control API runs is named by the service snapshot: tests/test_faults.py.)"""
    task = tmp_path / "needs-tracker"
    import shutil

    shutil.copytree(REPO / "tasks" / "example", task)
    meta = task / "task.toml"
    meta.write_text(meta.read_text().replace('name = "example"', 'name = "needs-tracker"')
                    .replace("services = []", 'services = ["tracker"]'))
    evaluator = task / "evaluator.py"
    evaluator.write_text(evaluator.read_text() + "\n# the ticket would be read with grading.clients.tracker\n")
    assert run_harness("build", "task", str(task)).returncode == 0
    result = run_harness("run", "--task", "workfloor-tasks/needs-tracker:1.0.0", "--agent", "null",
                         "--server-hostname", "services-down.invalid", "--output", str(tmp_path / "out"))
    assert result.returncode == 3, result.stderr
    record, _ = only_run(tmp_path / "out")
    assert record.status == "infra_error"
    assert "control API" in record.error and "harness servers up" in record.error
    assert "container_start" not in record.phases  # nothing was started
