"""The company's clock: no task may depend on the real date. With WORKFLOOR_CLOCK_SHIFT (harness/clock.py)
every container of a stack and of a run sees the real time moved; a year ahead, each server reports the moved
date, and the date-sensitive tasks still verify (full solution 1.0, null less; the other kinds are verified on
the real clock)."""

from __future__ import annotations

import json
import re
import secrets
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
import requests
from conftest import REPO, run_harness

from harness.clock import MOUNT, SHIFT_ENV, clock_shift, with_clock
from harness.errors import InputError

SHIFT = "+365d"
AHEAD = timedelta(days=365)
# a task is date-sensitive when a hook, its evaluator or its reference solution handles a tracker date or
# the current date
DATE_WORDS = re.compile(r"due_date|start_date|date\.today|datetime\.now|\btoday\b")


def date_sensitive_tasks() -> list[str]:
    found = []
    for task in sorted(p for p in (REPO / "tasks").iterdir() if (p / "task.toml").is_file()):
        files = [task / "evaluator.py", *(task / "hooks").glob("*"), *(task / "solution").glob("*")]
        if any(f.is_file() and DATE_WORDS.search(f.read_text(errors="replace")) for f in files):
            found.append(task.name)
    return found


def test_the_shift_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(SHIFT_ENV, raising=False)
    assert clock_shift() is None
    assert with_clock({"A": "1"}, {}) == ({"A": "1"}, {})  # no shift: containers start as they always did
    for good in ("+365d", "-12h", "+1.5y", "+90m"):
        monkeypatch.setenv(SHIFT_ENV, good)
        assert clock_shift() == good
    for bad in ("365d", "+1 year", "tomorrow", "+5"):
        monkeypatch.setenv(SHIFT_ENV, bad)
        with pytest.raises(InputError, match=SHIFT_ENV):
            clock_shift()


def test_the_date_sensitive_tasks_are_found():
    tasks = date_sensitive_tasks()
    assert "plan-last-sprint-before-code-freeze" in tasks  # its hook files issues with due dates
    assert "new-hire-it-setup-ticket" in tasks  # its solution files issues with a due date, no start date
    assert "example" not in tasks


def _moved(seen: datetime) -> bool:
    """``seen`` is now, a year ahead (give or take the minutes a loaded machine needs)."""
    return abs(seen - (datetime.now(UTC) + AHEAD)) < timedelta(minutes=10)


def _server_date(url: str) -> datetime:
    header = requests.get(url, timeout=10).headers.get("Date")
    assert header, f"{url} sent no Date header"
    return parsedate_to_datetime(header)


@pytest.mark.docker
@pytest.mark.services
def test_every_server_and_the_task_container_see_the_moved_clock(monkeypatch: pytest.MonkeyPatch,
                                                                     task_base: str):
    from grading.clients.chat import ChatClient
    from grading.clients.tracker import TrackerClient
    from harness.company_people import examinee_login
    from harness.sandbox import DockerSandbox
    from harness.services.pool import start_isolated

    monkeypatch.setenv(SHIFT_ENV, SHIFT)
    for service in ("chat", "tracker", "files", "git", "ops"):
        assert run_harness("servers", "build", service, timeout=1800).returncode == 0
    user, password = examinee_login()
    stack = start_isolated()
    box = None
    try:
        # Redmine (Ruby): the time it stamps a new issue with
        tracker = TrackerClient(user, password, base_url=stack.url("tracker"))
        issue = tracker.create_issue(tracker.projects()[0].identifier, subject=f"clock probe {secrets.token_hex(3)}")
        assert _moved(issue.created_on), issue.created_on
        assert issue.start_date is None  # never the real today (servers/tracker/seed.rb)
        # Synapse (Python): the server's timestamp of a new message, and its Date header
        chat = ChatClient(stack.url("chat")).login(user, password)
        marker = f"clock probe {secrets.token_hex(3)}"
        chat.send_message("general", marker)
        [sent] = [m for m in chat.channel_messages("general") if m.body == marker]
        assert _moved(sent.timestamp), sent.timestamp
        assert _moved(_server_date(stack.url("chat") + "/health"))
        # copyparty (Python), git (nginx and its CGIs), the control API (Python): their Date headers
        assert _moved(_server_date(stack.url("files") + "/"))
        assert _moved(_server_date(stack.url("git") + "/healthz"))
        assert _moved(_server_date(stack.ops_url + "/ping"))
        # the run's own containers (task, grading, isolated jobs) start through DockerSandbox
        box = DockerSandbox.start(task_base, name=f"workfloor-clock-probe-{secrets.token_hex(3)}",
                                  labels={}, network_mode=stack.container_network)
        shell = box.exec(["date", "-u", "+%Y-%m-%dT%H:%M:%SZ"], timeout=30)
        assert _moved(datetime.fromisoformat(shell.stdout.strip().replace("Z", "+00:00"))), shell
        python = box.exec(["python_default", "-c", "import datetime; print(datetime.date.today())"], timeout=30)
        assert date.fromisoformat(python.stdout.strip()) - date.today() in (AHEAD, AHEAD + timedelta(days=1))
        git = box.exec(["bash", "-c", "cd /tmp && git init -q r && cd r && git -c user.name=a -c user.email=a@b "
                        "commit -q --allow-empty -m x && git log -1 --format=%cI"], timeout=30)
        assert _moved(datetime.fromisoformat(git.stdout.strip())), git
        assert box.exec(["test", "-s", f"{MOUNT}/libfaketime.so.1"], timeout=30).returncode == 0
        # a reset recreates the services with the same moved clock
        stack.reset(["tracker"])
        again = TrackerClient(user, password, base_url=stack.url("tracker"))
        later = again.create_issue(again.projects()[0].identifier, subject="clock probe after reset")
        assert _moved(later.created_on), later.created_on
    finally:
        if box is not None:
            box.remove()
        stack.down()


@pytest.mark.docker
@pytest.mark.services
def test_date_sensitive_tasks_verify_a_year_ahead(tmp_path: Path):
    tasks = date_sensitive_tasks()
    result = run_harness("verify", *tasks, "--full-only", "-n", "2", "--output", str(tmp_path),
                         env={SHIFT_ENV: SHIFT, "LITELLM_MODEL": ""}, timeout=7200)
    print(result.stdout[-6000:])
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert f"{len(tasks)}/{len(tasks)} tasks pass" in result.stderr
    records = [json.loads(p.read_text()) for p in tmp_path.glob("*/runs/*/run.json")]
    assert len(records) >= 2 * len(tasks)
    assert {r["clock_shift"] for r in records} == {SHIFT}  # every run says its clock was moved
