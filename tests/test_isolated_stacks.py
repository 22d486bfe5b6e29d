"""A company of its own for every run: four service-using runs at once on isolated stacks, each writing a
unique marker into chat, tracker, files and git, each seeing only its own; nothing left behind."""

from __future__ import annotations

import json
import secrets
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import HARNESS, REPO, run_harness
from test_run import only_run

from harness.docker_env import docker_client
from harness.services.stack import LABEL_STACK
from harness.settings import task_image

pytestmark = pytest.mark.docker

AGENT = REPO / "tests" / "marker_agent.py"


@pytest.fixture(scope="module")
def all_services_task(tmp_path_factory: pytest.TempPathFactory, task_base: str) -> str:
    for service in ("chat", "tracker", "files", "git", "ops"):
        assert run_harness("servers", "build", service, timeout=1800).returncode == 0
    task = tmp_path_factory.mktemp("tasks") / "uses-everything"
    shutil.copytree(REPO / "tasks" / "example", task)
    meta = task / "task.toml"
    meta.write_text(meta.read_text().replace('name = "example"', 'name = "uses-everything"')
                    .replace("services = []", 'services = ["chat", "tracker", "files", "git"]'))
    evaluator = task / "evaluator.py"
    evaluator.write_text(evaluator.read_text() + "\n# reads grading.clients.chat, clients.tracker, clients.files,"
                         " clients.git\n")
    assert run_harness("build", "task", str(task)).returncode == 0
    return task_image("uses-everything", "1.0.0")


def _isolated_stacks() -> set[str]:
    containers = docker_client().containers.list(all=True, filters={"label": LABEL_STACK})
    return {c.labels[LABEL_STACK] for c in containers if c.labels[LABEL_STACK] != "default"}


def test_four_runs_at_once_see_only_their_own_company(all_services_task: str, tmp_path: Path):
    """Each run writes its marker, waits until all four have written theirs, then looks: only its own."""
    markers = [f"probe-marker-{secrets.token_hex(4)}" for _ in range(4)]
    barrier = tmp_path / "written"
    barrier.mkdir()

    def one(marker: str) -> tuple[subprocess.CompletedProcess[str], Path, Path]:
        out, seen = tmp_path / marker, tmp_path / f"{marker}.json"
        result = run_harness("run", "--task", all_services_task, "--stack", "isolated", "--agent", "command",
                             "--agent-cmd", f"{sys.executable} {AGENT} {marker} {seen} {barrier} {len(markers)}",
                             "--output", str(out), "--timeout", "900", timeout=1500)
        return result, out, seen

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(one, markers))
    assert sorted(p.name for p in barrier.iterdir()) == sorted(markers)  # all four wrote before any looked
    stacks = set()
    for marker, (result, out, seen) in zip(markers, results, strict=True):
        assert result.returncode == 0, result.stderr[-2000:]
        record, _ = only_run(out)
        assert record.status == "completed"
        assert json.loads(seen.read_text()) == {s: [marker] for s in ("chat", "tracker", "files", "git")}
        assert record.stack and record.stack.startswith("isolated:")
        stacks.add(record.stack)
        assert record.stack.split(":", 1)[1] not in _isolated_stacks()  # the run's stack was removed
    assert len(stacks) == 4  # four companies


def test_harness_clean_removes_the_stacks_of_a_dead_harness(all_services_task: str, tmp_path: Path):
    before = _isolated_stacks()
    proc = subprocess.Popen([HARNESS, "run", "--task", all_services_task, "--stack", "isolated", "--agent",
                             "command", "--agent-cmd", f"touch {tmp_path / 'go'}; sleep 120", "--output",
                             str(tmp_path / "o")], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and not (tmp_path / "go").exists():
        time.sleep(0.2)
    assert (tmp_path / "go").exists()
    proc.kill()
    proc.wait()
    [left] = _isolated_stacks() - before
    cleaned = run_harness("clean")
    assert cleaned.returncode == 0, cleaned.stderr
    assert f"removed 1 isolated stack(s): {left}" in cleaned.stderr
    assert _isolated_stacks() <= before


def test_init_trusts_the_harness_when_it_says_the_services_are_ready(all_services_task: str):
    """The harness resets and checks the services before it starts the container (a warm run's ready time);
    init.sh then only runs the hooks. By hand (no WORKFLOOR_SERVICES_READY) it still insists on a stack."""
    from harness.sandbox import DockerSandbox

    box = DockerSandbox.start(all_services_task, name=f"workfloor-init-probe-{secrets.token_hex(3)}", labels={},
                              network_mode="none")
    try:
        trusted = box.exec(["bash", "/utils/init.sh"], timeout=60,
                           env={"SERVER_HOSTNAME": "localhost", "WORKFLOOR_SERVICES_READY": "1"})
        assert trusted.returncode == 0, trusted.combined()
        assert "init: task uses-everything ready" in trusted.stderr
        alone = box.exec(["bash", "/utils/init.sh"], timeout=60, env={"SERVER_HOSTNAME": "localhost"})
        assert alone.returncode == 1
        assert "company services unreachable" in alone.stderr
    finally:
        box.remove()
