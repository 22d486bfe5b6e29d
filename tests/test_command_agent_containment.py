"""A command agent on the host: no secrets in its reach, nothing of it outlives the agent phase, a bounded log.

Every run goes through the normal lifecycle (`harness run --task example --agent command ...`); the agents'
processes are real, found by their command lines in /proc (each test uses its own unusual sleep lengths).
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import HARNESS, REPO, run_harness

from harness.docker_env import docker_client
from harness.run.record import RunRecord
from harness.settings import resolve_key

pytestmark = pytest.mark.docker

LOG_CAP = 2 * 1024 * 1024


def only_run(out: Path) -> tuple[RunRecord, Path]:
    [run_dir] = [p for p in out.iterdir() if p.is_dir()]
    return RunRecord.model_validate_json((run_dir / "run.json").read_text()), run_dir


def sleepers(token: str) -> list[int]:
    """PIDs of live processes running `sleep <n>.<token>` (zombies excluded)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
            state = (entry / "stat").read_bytes().rsplit(b")", 1)[1].split()[0]
        except OSError:
            continue
        if argv[0].endswith(b"sleep") and len(argv) > 1 and argv[1].endswith(f".{token}".encode()) \
                and state != b"Z":
            found.append(int(entry.name))
    return found


def wait_for(condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return bool(condition())


@pytest.fixture
def token():
    """A unique fraction for this test's sleeps; whatever survives the test is killed afterwards."""
    value = str(secrets.randbelow(10**9)).rjust(9, "1")
    yield value
    for pid in sleepers(value):
        os.kill(pid, signal.SIGKILL)


def test_agent_gets_a_scrubbed_environment_and_asked_for_variables(example_image: str, tmp_path: Path):
    dump = tmp_path / "dump"
    dump.mkdir()
    script = tmp_path / "agent.sh"
    # the agent records its environment and that of each ancestor (its parent, the harness, ...)
    script.write_text(f'env > {dump}/env.txt\n'
                      'p=$$\n'
                      'while [ "$p" -gt 1 ]; do\n'
                      f'  echo $p >> {dump}/chain.txt\n'
                      f'  tr "\\0" "\\n" < /proc/$p/environ > {dump}/environ.$p 2>/dev/null\n'
                      f'  tr "\\0" " " < /proc/$p/cmdline > {dump}/cmdline.$p 2>/dev/null\n'
                      '  p=$(cut -d")" -f2 /proc/$p/stat | cut -d" " -f3)\n'
                      'done\n'
                      f'tr "\\0" "\\n" < /proc/$PPID/environ > {dump}/ppid.txt\n')
    secret_values = {"WORKFLOOR_KEY": resolve_key(), "DECRYPTION_KEY": "decryption-secret-4711",
                     "LITELLM_API_KEY": "sk-litellm-secret-4711", "LITELLM_BASE_URL": "http://127.0.0.1:9/v1",
                     "LITELLM_EXTRA_SETTING": "litellm-extra-4711"}
    env = {**os.environ, **secret_values, "FOO": "foo-passed-4711", "UNASKED": "unasked-4711"}
    harness = subprocess.Popen([HARNESS, "run", "--task", "example", "--agent", "command", "--agent-cmd",
                                f"bash {script}", "--agent-env", "FOO", "--output", str(tmp_path / "out"),
                                "--key", resolve_key()],
                               cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, stderr = harness.communicate(timeout=300)
    assert harness.returncode == 0, stderr
    record, _ = only_run(tmp_path / "out")
    assert record.status == "completed"

    names = dict(line.split("=", 1) for line in (dump / "env.txt").read_text().splitlines() if "=" in line)
    assert names["FOO"] == "foo-passed-4711"
    assert "UNASKED" not in names
    assert not [n for n in names if n.startswith("LITELLM_") or n in ("WORKFLOOR_KEY", "DECRYPTION_KEY")]
    assert names["WORKFLOOR_CONTAINER"].startswith("workfloor-run-") and "PATH" in names
    chain = [int(p) for p in (dump / "chain.txt").read_text().split()]
    assert harness.pid in chain, "the agent could not see the harness among its ancestors"
    below_harness = chain[:chain.index(harness.pid) + 1]  # the agent's processes, ..., the harness
    assert "--key ***" in (dump / f"cmdline.{harness.pid}").read_text()
    for path in [dump / "env.txt", dump / "ppid.txt",
                 *(dump / f"{kind}.{p}" for p in below_harness for kind in ("environ", "cmdline"))]:
        text = path.read_text(errors="replace")
        leaked = [name for name, value in secret_values.items() if value in text]
        assert not leaked, f"{path.name} shows {leaked}"


@pytest.mark.parametrize("name, value", [("LITELLM_API_KEY", "x"), ("WORKFLOOR_KEY", "x"), ("NOT_SET_ANYWHERE", None)])
def test_agent_env_refuses_secrets_and_unset_names(example_image: str, tmp_path: Path, name: str, value: str | None):
    env = {name: value} if value is not None else {}
    result = run_harness("run", "--task", "example", "--agent", "command", "--agent-cmd", "true",
                         "--agent-env", name, "--output", str(tmp_path), env=env)
    assert result.returncode == 2
    assert name in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not list(tmp_path.iterdir())  # refused before any run started


@pytest.mark.parametrize("ending, args, status", [
    ("echo done", [], "completed"),
    ("exit 3", [], "agent_error"),
    ("sleep 1000", ["--timeout", "4"], "timeout"),
])
def test_nothing_the_agent_started_outlives_it(example_image: str, tmp_path: Path, token: str, ending: str,
                                               args: list[str], status: str):
    command = (f"sleep 301.{token} & "  # a background child
               f"setsid sh -c 'sleep 302.{token} &' & "  # double-forked into a session of its own
               f"env -i setsid sh -c '/bin/sleep 304.{token} &' & "  # ... and without the agent's environment
               f"sleep 1; {ending}")
    result = run_harness("run", "--task", "example", "--agent", "command", "--agent-cmd", command, *args,
                         "--output", str(tmp_path))
    record, _ = only_run(tmp_path)
    assert record.status == status, result.stderr
    assert sleepers(token) == []


def test_sigkilled_harness_leaves_nothing_that_clean_does_not_end(example_image: str, tmp_path: Path, token: str):
    command = f"sleep 303.{token} & setsid sh -c 'sleep 305.{token} &' & wait"
    clean = run_harness("clean")  # leftovers of earlier crashes must not confuse the counts below
    assert clean.returncode == 0, clean.stderr
    for victims in ("harness", "harness and its process group"):
        harness = subprocess.Popen([HARNESS, "run", "--task", "example", "--agent", "command", "--agent-cmd",
                                    command, "--output", str(tmp_path / victims.replace(" ", "-"))],
                                   cwd=REPO, stderr=subprocess.PIPE, text=True, start_new_session=True)
        try:
            container = ""
            while not container and (line := harness.stderr.readline()):
                if "container workfloor-run-" in line:
                    container = line.split("container ", 1)[1].strip()
            assert container, "the run never started its container"
            assert wait_for(lambda: len(sleepers(token)) == 2, 120), "the agent never started its sleeps"
            busy = run_harness("clean")  # another process's clean spares a run in progress
            assert busy.returncode == 0 and "kept" in busy.stderr, busy.stderr
            assert len(sleepers(token)) == 2
            if victims == "harness":
                os.kill(harness.pid, signal.SIGKILL)
                harness.wait(timeout=30)
                # its agent has lost its harness: it must end by itself, without waiting for `harness clean`
                assert wait_for(lambda: sleepers(token) == [], 10), "agent processes outlived their harness"
            else:
                os.killpg(harness.pid, signal.SIGKILL)  # everything of the harness's own, but not the agent
                harness.wait(timeout=30)
                time.sleep(1)
                assert len(sleepers(token)) == 2
            result = run_harness("clean")
            assert result.returncode == 0, result.stderr
            assert sleepers(token) == []
            ended = int(result.stderr.split("ended ", 1)[1].split()[0])
            assert ended >= (2 if victims != "harness" else 0), result.stderr
            assert container in result.stderr
            assert container not in [c.name for c in docker_client().containers.list(all=True)]
        finally:  # a failed assertion must not leave a live harness behind
            if harness.poll() is None:
                os.killpg(harness.pid, signal.SIGKILL)
                harness.wait(timeout=30)
                run_harness("clean")


def test_noisy_agent_log_is_capped_with_head_tail_and_note(example_image: str, tmp_path: Path):
    total = 28 * 357_143  # ~10 MB of whole lines of 28 bytes
    command = f"echo HEAD-MARK; yes 'noisy agent line 0123456789' | head -c {total}; echo TAIL-MARK >&2"
    result = run_harness("run", "--task", "example", "--agent", "command", "--agent-cmd", command,
                         "--output", str(tmp_path))
    assert result.returncode == 0, result.stderr
    record, run_dir = only_run(tmp_path)
    log = (run_dir / "agent.log").read_bytes()
    assert len(log) <= LOG_CAP
    assert log.startswith(b"HEAD-MARK\nnoisy agent line") and log.endswith(b"noisy agent line 0123456789\nTAIL-MARK\n")
    [note] = [line for line in log.splitlines() if b"bytes of agent output" in line]
    cut = int(note.split(b"cut ", 1)[1].split()[0])
    written = len(b"HEAD-MARK\n") + total + len(b"TAIL-MARK\n")
    assert cut == written - (len(log) - len(note) - 2)
    assert "agent.log" in record.files
