"""Our faults are our faults: a service killed, reset or taken during a run is never the examinee's 0.

A copy of the example task that declares the tracker runs against the default stack; hostile or clumsy
neighbours (an agent on the host, a person at another terminal) act on the stack during the run.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest
from conftest import HARNESS, REPO, run_harness
from test_run import assert_container_gone, only_run

from harness.settings import task_image

pytestmark = [pytest.mark.docker, pytest.mark.services]

TRACKER_CONTAINER = "workfloor-default-tracker"


@pytest.fixture(scope="module")
def tracker_task(tmp_path_factory: pytest.TempPathFactory, task_base: str) -> str:
    up = run_harness("servers", "up", "tracker", timeout=1800)
    assert up.returncode == 0, up.stderr
    task = tmp_path_factory.mktemp("tasks") / "uses-tracker"
    shutil.copytree(REPO / "tasks" / "example", task)
    meta = task / "task.toml"
    meta.write_text(meta.read_text().replace('name = "example"', 'name = "uses-tracker"')
                    .replace("services = []", 'services = ["tracker"]'))
    evaluator = task / "evaluator.py"
    evaluator.write_text(evaluator.read_text() + "\n# the ticket would be read with grading.clients.tracker\n")
    assert run_harness("build", "task", str(task)).returncode == 0
    yield task_image("uses-tracker", "1.0.0")
    run_harness("servers", "down")


def _run(image: str, out: Path, agent_cmd: str) -> subprocess.CompletedProcess[str]:
    return run_harness("run", "--task", image, "--agent", "command", "--agent-cmd", agent_cmd, "--output", str(out))


def test_a_service_killed_mid_run_is_infra_error(tracker_task: str, tmp_path: Path):
    result = _run(tracker_task, tmp_path / "o", f"docker kill {TRACKER_CONTAINER} >/dev/null")
    assert result.returncode == 3, result.stderr
    record, _ = only_run(tmp_path / "o")
    assert record.status == "infra_error" and record.score is None
    assert "service tracker was killed" in (record.error or "")
    assert_container_gone(record.run_id)
    assert run_harness("servers", "up", "tracker").returncode == 0  # for the next test


def test_a_service_that_stops_answering_mid_run_is_infra_error(tracker_task: str, tmp_path: Path):
    """Frozen for 14 s (as under a machine overloaded to a standstill), then back as if nothing happened: the
    service watch names it, though the container is the same and healthy again when the examinee is done."""
    freeze = f"docker pause {TRACKER_CONTAINER} >/dev/null; sleep 14; docker unpause {TRACKER_CONTAINER} >/dev/null"
    result = run_harness("run", "--task", tracker_task, "--agent", "command", "--agent-cmd", freeze,
                         "--output", str(tmp_path / "o"), env={"WORKFLOOR_SERVICE_STALL_S": "6"})
    assert result.returncode == 3, result.stderr
    record, _ = only_run(tmp_path / "o")
    assert record.status == "infra_error" and record.score is None
    assert (record.error or "").startswith("service tracker did not answer for ")


def test_a_reset_during_a_run_is_refused_or_infra_error(tracker_task: str, tmp_path: Path):
    refused = tmp_path / "refused.txt"
    result = _run(tracker_task, tmp_path / "a",
                  f"{HARNESS} servers reset tracker > {refused} 2>&1; echo $? >> {refused}")
    assert result.returncode == 0, result.stderr
    record, _ = only_run(tmp_path / "a")
    lines = refused.read_text().strip().splitlines()
    assert lines[-1] == "2"
    assert "in use by run " + record.run_id in lines[0]
    assert record.status == "completed" and record.score == 0.0

    # someone holding the token resets anyway (bypassing the lease): the run must not be graded
    token = run_harness("servers", "token").stdout.strip()
    reset = (f"curl -s -o /dev/null -X POST -H 'Authorization: Bearer {token}' "
             "'http://127.0.0.1:2999/reset?services=tracker'")
    result = _run(tracker_task, tmp_path / "b", f"{reset}; sleep 1")
    assert result.returncode == 3, result.stderr
    record, _ = only_run(tmp_path / "b")
    assert record.status == "infra_error" and "service tracker was reset" in (record.error or "")


def test_the_control_api_refuses_the_examinee(tracker_task: str, tmp_path: Path):
    codes = tmp_path / "codes.txt"
    probe = ("docker exec $WORKFLOOR_CONTAINER sh -c \"curl -s -o /dev/null -w '%{http_code} ' -X POST "
             "'http://localhost:2999/reset?services=tracker'; curl -s -o /dev/null -w '%{http_code}' "
             f"http://localhost:2999/services\" > {codes}")
    result = _run(tracker_task, tmp_path / "o", probe)
    assert result.returncode == 0, result.stderr
    assert codes.read_text().split() == ["401", "401"]
    record, _ = only_run(tmp_path / "o")
    assert record.status == "completed" and record.score == 0.0


def test_a_second_run_on_a_held_stack_is_refused(tracker_task: str, tmp_path: Path):
    first = subprocess.Popen([HARNESS, "run", "--task", tracker_task, "--agent", "command", "--agent-cmd",
                              f"touch {tmp_path / 'started'}; sleep 15", "--output", str(tmp_path / "first")],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (tmp_path / "started").exists():
        time.sleep(0.1)
    second = run_harness("run", "--task", tracker_task, "--agent", "null", "--output", str(tmp_path / "second"))
    down = run_harness("servers", "down")
    first.communicate(timeout=120)
    assert second.returncode == 2
    [run_dir] = list((tmp_path / "first").iterdir())
    assert f"stack 'default' is in use by run {run_dir.name}" in second.stderr
    assert not (tmp_path / "second").exists() or not any((tmp_path / "second").iterdir())
    assert down.returncode == 2 and "in use by run" in down.stderr
    assert first.returncode == 0
