"""The company's services as a stack: up, health, reset through the control API, faults; the manual
init.sh flow; simulated colleagues in real chat; the examinee's browser signed in to every web UI."""

from __future__ import annotations

import json
import socket
import subprocess
import time
from pathlib import Path

import pytest
from conftest import REPO, run_harness
from fakellm import FakeLLM, Reply

from grading.clients.tracker import TrackerClient, TrackerError
from grading.company import CompanyData
from harness.docker_env import docker_client
from harness.services.stack import COMPANY_SERVICES, Stack

pytestmark = [pytest.mark.docker, pytest.mark.services]

COMPANY = CompanyData.load(REPO / "servers" / "company")
EXAMINEE = COMPANY.people.examinee
TRACKER = "http://127.0.0.1:3000"


@pytest.fixture(scope="module")
def stack():
    result = run_harness("servers", "up", timeout=1800)
    assert result.returncode == 0, result.stderr
    yield Stack()
    Stack().down()


def test_status_shows_every_service_healthy(stack: Stack):
    result = run_harness("servers", "status")
    assert result.returncode == 0
    for name in [*COMPANY_SERVICES, "ops"]:
        row = next(line for line in result.stdout.splitlines() if f" {name} " in line)
        assert "yes" in row and "no" not in row.replace("workfloor", "")


def test_reset_restores_seed_within_targets(stack: Stack):
    tracker = TrackerClient(EXAMINEE.username, EXAMINEE.password, base_url=TRACKER)
    project = next(p for p in COMPANY.tracker.projects if EXAMINEE.username in p.members or "*" in p.members)
    created = tracker.create_issue(project.identifier, subject="Scratch issue that a reset must remove")
    assert tracker.issue(created.id).subject.startswith("Scratch")
    for service in COMPANY_SERVICES:
        started = time.monotonic()
        result = run_harness("servers", "reset", service)
        assert result.returncode == 0, result.stderr
        assert time.monotonic() - started <= 10 + 1.5  # target 10 s, plus the CLI's own start-up
    with pytest.raises(TrackerError):
        tracker.issue(created.id)
    assert stack.reset(list(COMPANY_SERVICES)) <= 15


def test_unknown_service_and_busy_port(stack: Stack):
    result = run_harness("servers", "reset", "email")
    assert result.returncode == 2 and "unknown service 'email'" in result.stderr
    result = run_harness("servers", "logs", "email")
    assert result.returncode == 2
    docker_client().containers.get(stack.container_name("ops")).remove(force=True)
    with socket.socket() as blocker:
        blocker.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        blocker.bind(("127.0.0.1", 2999))
        blocker.listen()
        result = run_harness("servers", "up", "--no-build")
        assert result.returncode == 3
        assert "port 2999 (ops, needed by ops) is already in use" in result.stderr
    assert run_harness("servers", "up", "--no-build").returncode == 0


def _task_with_services(tmp_path: Path, services: list[str], scenarios: str | None = None) -> Path:
    task = tmp_path / "stack-probe"
    (task / "solution").mkdir(parents=True)
    (task / "task.md").write_text("Ask Dana what the travel budget is and write it to /workspace/budget.txt.\n")
    (task / "task.toml").write_text(
        f'name = "stack-probe"\nrole = "admin"\nservices = {json.dumps(services)}\n'
        "[timeouts]\nagent = 120\ninit = 60\neval = 60\ncommand = 30\n")
    (task / "checkpoints.md").write_text("## Checkpoint 1 (1 point)\nbudget.txt says 18400.\n")
    (task / "evaluator.py").write_text(
        "from pathlib import Path\nfrom grading import Checkpoint, Result, grader\n"
        "@grader\ndef ok():\n    return '18400' in Path('/workspace/budget.txt').read_text()\n"
        "def grade_checkpoints(trajectory=''):\n    return Result([Checkpoint(1, int(ok()))])\n"
        + "".join(f"# would read grading.clients.{s}\n" for s in services))
    (task / "solution" / "solve.sh").write_text("echo 18400 > /workspace/budget.txt\n")
    if scenarios:
        (task / "scenarios.yaml").write_text(scenarios)
    return task


def test_manual_flow_init_sh_resets_through_the_control_api(stack: Stack, tmp_path: Path, task_base: str):
    task = _task_with_services(tmp_path, ["tracker"])
    assert run_harness("build", "task", str(task)).returncode == 0
    tracker = TrackerClient(EXAMINEE.username, EXAMINEE.password, base_url=TRACKER)
    project = next(p for p in COMPANY.tracker.projects if EXAMINEE.username in p.members or "*" in p.members)
    created = tracker.create_issue(project.identifier, subject="Left over from an earlier run")
    refused = subprocess.run(["docker", "run", "--rm", "--network", "host", "workfloor-tasks/stack-probe:1.0.0",
                              "bash", "/utils/init.sh"], capture_output=True, text=True, timeout=120)
    assert refused.returncode == 1 and "WORKFLOOR_OPS_TOKEN" in refused.stderr  # no token, no reset
    token = run_harness("servers", "token").stdout.strip()
    done = subprocess.run(["docker", "run", "--rm", "--network", "host", "-e", f"WORKFLOOR_OPS_TOKEN={token}",
                           "workfloor-tasks/stack-probe:1.0.0",
                           "bash", "-c", "bash /utils/init.sh && getent hosts tallgrass.test"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "tallgrass.test" in done.stdout
    with pytest.raises(TrackerError):
        tracker.issue(created.id)


SCENARIO = """
colleagues:
  - username: {who}
    scenario: |
      The Q4 travel budget is 18,400 EUR. Tell it to whoever asks about the travel budget.
    offline_replies:
      - match: "travel|budget"
        reply: "The Q4 travel budget is 18,400 EUR."
    offline_default: "Hi! What do you need?"
"""


def _colleague(tmp_path: Path) -> tuple[Path, str]:
    who = next(p for p in COMPANY.people.people if p.department == "finance")
    return _task_with_services(tmp_path, ["chat"], SCENARIO.format(who=who.username)), who.username


def _asker_script(tmp_path: Path, colleague: str, questions: list[str]) -> Path:
    script = tmp_path / "ask.py"
    script.write_text(f"""
import sys, time
sys.path.insert(0, {str(REPO / 'utils')!r})
from grading.clients.chat import login
me = login({EXAMINEE.username!r}, {EXAMINEE.password!r}, base_url="http://127.0.0.1:8008")
for question in {questions!r}:
    room = me.open_direct_room({colleague!r})
    before = len([m for m in me.room_messages(room) if m.sender == {colleague!r}])
    me.send_message(room, question)
    deadline = time.time() + 60
    while time.time() < deadline:
        replies = [m for m in me.room_messages(room) if m.sender == {colleague!r}]
        if len(replies) > before:
            print("REPLY:", replies[-1].body, flush=True)
            break
        time.sleep(0.5)
    else:
        print("NO REPLY", flush=True)
time.sleep(3)
replies = [m for m in me.room_messages(room) if m.sender == {colleague!r}]
print("TOTAL REPLIES:", len(replies), flush=True)
""")
    return script


def test_colleague_answers_in_character_through_the_env_llm(stack: Stack, tmp_path: Path, task_base: str):
    task, colleague = _colleague(tmp_path)
    assert run_harness("build", "task", str(task)).returncode == 0
    script = _asker_script(tmp_path, colleague, ["Hi! What's our travel budget for Q4?", "Thanks, and in USD?"])
    calls = []

    def persona(request):
        calls.append(request)
        if "USD" in request["messages"][-1]["content"]:
            return Reply(status=500)  # an LLM error (even after retries): logged, the colleague keeps running
        system = request["messages"][0]["content"]
        assert "18,400" in system and colleague.split(".")[0].title() in system
        return Reply(content="It's 18,400 EUR for Q4.")

    with FakeLLM(persona) as llm:
        env = {"LITELLM_MODEL": "openai/persona", "LITELLM_API_KEY": "k", "LITELLM_BASE_URL": llm.base_url,
               "LITELLM_NUM_RETRIES": "0"}
        result = run_harness("run", "--task", "workfloor-tasks/stack-probe:1.0.0", "--agent", "command",
                             "--agent-cmd", f"{REPO}/.venv/bin/python {script}", "--output", str(tmp_path / "out"),
                             env=env)
    assert result.returncode == 0, result.stderr
    [run_dir] = list((tmp_path / "out").iterdir())
    log = (run_dir / "agent.log").read_text()
    assert "REPLY: It's 18,400 EUR for Q4." in log
    assert "NO REPLY" in log  # the second question hit the LLM error
    assert "TOTAL REPLIES: 1" in log  # exactly one reply: no duplicates, none to its own message
    assert "LLM error" in (run_dir / "colleagues.log").read_text()
    trajectory = json.loads((run_dir / "trajectory.json").read_text())
    said = [s for s in trajectory["steps"] if (s.get("extra") or {}).get("colleague")]
    assert len(said) == 1 and said[0]["extra"]["colleague"]["username"] == colleague
    assert all(c["messages"][0]["role"] == "system" for c in calls)


def test_colleague_offline_replies_and_oracle(stack: Stack, tmp_path: Path, task_base: str):
    task, colleague = _colleague(tmp_path)
    assert run_harness("build", "task", str(task)).returncode == 0
    script = _asker_script(tmp_path, colleague, ["What is the travel budget?"])
    result = run_harness("run", "--task", "workfloor-tasks/stack-probe:1.0.0", "--agent", "command",
                         "--agent-cmd", f"{REPO}/.venv/bin/python {script}", "--output", str(tmp_path / "out"),
                         env={"LITELLM_MODEL": ""})
    assert result.returncode == 0, result.stderr
    [run_dir] = list((tmp_path / "out").iterdir())
    assert "REPLY: The Q4 travel budget is 18,400 EUR." in (run_dir / "agent.log").read_text()
    # the examinee cannot read the scenario: it is encrypted in the image
    from imagescan import leaked_lines

    assert leaked_lines("workfloor-tasks/stack-probe:1.0.0", task, base=task_base) == []


def test_browser_starts_signed_in_to_every_service(stack: Stack, tmp_path: Path, task_base: str):
    task = _task_with_services(tmp_path, list(COMPANY_SERVICES))
    (task / "solution" / "solve.sh").write_text(
        "echo 18400 > /workspace/budget.txt  # clients.chat clients.tracker clients.files clients.git\n")
    assert run_harness("build", "task", str(task)).returncode == 0
    pages = ["http://localhost:3000/my/page", "http://localhost:3923/", "http://localhost:8929/", "http://localhost:8009/"]

    def browse(request):
        done = sum(1 for m in request["messages"] if m["role"] == "tool")
        if done < len(pages):
            return Reply(tool_calls=[("browser_navigate", {"url": pages[done]})])
        return Reply(tool_calls=[("browser_screenshot", {}), ("finish", {"answer": "ok"})])

    with FakeLLM(browse) as llm:
        result = run_harness("run", "--task", "workfloor-tasks/stack-probe:1.0.0", "--agent", "llm",
                             "--model", "openai/b", "--api-base", llm.base_url, "--output", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    [run_dir] = list((tmp_path / "out").iterdir())
    trajectory = json.loads((run_dir / "trajectory.json").read_text())
    signed = next(s["message"] for s in trajectory["steps"] if s["message"].startswith("Browser signed in"))
    assert all(f"{s} ok" in signed for s in COMPANY_SERVICES), signed
    navigations = [s for s in trajectory["steps"] if s["source"] == "agent" and s.get("tool_calls")
                   and s["tool_calls"][0]["function_name"] == "browser_navigate"]
    seen = [s["observation"]["results"][0]["content"] for s in navigations]
    assert EXAMINEE.username in seen[0] or EXAMINEE.full_name in seen[0]  # tracker: logged in
    assert "HTTP 200" in seen[2]  # cgit behind basic auth
    assert (run_dir / "screenshots" / "screenshot-001.png").stat().st_size > 1000


def test_service_not_healthy_in_time_is_infra_error_with_logs(stack: Stack, tmp_path: Path, task_base: str):
    task = _task_with_services(tmp_path, ["tracker"])
    (task / "solution" / "solve.sh").write_text("echo 18400 > /workspace/budget.txt  # clients.tracker\n")
    assert run_harness("build", "task", str(task)).returncode == 0
    # Redmine needs ~2 s to boot after a reset: a 1 s limit cannot be met
    result = run_harness("run", "--task", "workfloor-tasks/stack-probe:1.0.0", "--agent", "null",
                         "--init-timeout", "1", "--output", str(tmp_path / "out"))
    assert result.returncode == 3, result.stderr
    [run_dir] = list((tmp_path / "out").iterdir())
    record = json.loads((run_dir / "run.json").read_text())
    assert record["status"] == "infra_error"
    assert record["error"].startswith("service tracker not healthy 1s after reset")
    assert "last 10 log lines" in record["error"]
    stack.wait_healthy(["tracker"], 60)
