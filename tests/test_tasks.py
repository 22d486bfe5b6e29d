"""The task suite: every task passes `harness task check` (shape + lint), the suite covers what the
benchmark promises, and `harness verify` proves every task solvable (oracle = 1.0) and not free (null < 1.0)."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from conftest import REPO, run_harness

from harness.task.check import check_task

LEDGER = REPO / "verify-ledger.json"
TASK_DIRS = sorted(p for p in (REPO / "tasks").iterdir() if p.is_dir() and p.name != "example")
LOADED = {p.name: check_task(p)[0] for p in TASK_DIRS}


@pytest.mark.parametrize("task_dir", TASK_DIRS, ids=lambda p: p.name)
def test_task_check_passes(task_dir: Path):
    result = run_harness("task", "check", str(task_dir), timeout=300)
    assert result.returncode == 0, result.stderr


def test_suite_coverage():
    tasks = [t for t in LOADED.values() if t is not None]
    assert len(tasks) >= 25
    roles = Counter(t.meta.role.value for t in tasks)
    for role, minimum in {"sde": 7, "pm": 4, "hr": 4, "admin": 3, "ds": 3, "finance": 3}.items():
        assert roles[role] >= minimum, (role, roles)
    services = Counter(s for t in tasks for s in t.meta.services)
    for service in ("chat", "tracker", "files", "git"):
        assert services[service] >= 4, (service, services)
    assert sum(len(t.meta.services) >= 2 for t in tasks) >= 6
    assert sum(t.scenarios is not None for t in tasks) >= 8
    judged = [t for t in tasks if re.search(r"\bllm_judge\(", t.paths.evaluator.read_text())]
    assert len(judged) >= 8
    for task in judged:
        assert "fallback" in task.paths.evaluator.read_text(), task.meta.name
    difficulties = Counter(t.meta.difficulty.value for t in tasks)
    assert difficulties["easy"] and difficulties["hard"]
    assert min(t.meta.expected_steps for t in tasks) <= 6 and max(t.meta.expected_steps for t in tasks) >= 30


@pytest.mark.docker
@pytest.mark.services
def test_verify_whole_suite(tmp_path: Path):
    import fcntl

    from conftest import STACK_LOCK

    with STACK_LOCK.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        _verify_all(tmp_path)


def _verify_all(tmp_path: Path) -> None:
    """Every solution of every task; outcomes recorded in the committed ledger are reused only where nothing
    that decides them changed (harness.run.verify_ledger), and the copy used here records the rest."""
    ledger = tmp_path / "ledger.json"
    if LEDGER.is_file():
        shutil.copy(LEDGER, ledger)
    result = run_harness("verify", "--output", str(tmp_path), "--ledger", str(ledger), "-n", "3", timeout=3600,
                         env={"LITELLM_MODEL": ""})
    print(result.stdout[-6000:])
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert re.search(r"(\d+)/\1 tasks pass", result.stderr)


@pytest.mark.docker
@pytest.mark.parametrize("task_dir", TASK_DIRS, ids=lambda p: p.name)
def test_image_holds_no_plaintext_secret(task_dir: Path, task_base: str):
    """The whole filesystem of the task's image has no distinctive line of its evaluator, rubric,
    scenarios or solution."""
    from imagescan import leaked_lines

    from harness.build.task_image import build_task_image
    from harness.settings import resolve_key

    task = LOADED[task_dir.name]
    assert task is not None
    image = build_task_image(task, resolve_key()).tag
    assert leaked_lines(image, task_dir, base=task_base) == []


@pytest.mark.docker
def test_task_base_holds_no_password(task_base: str):
    """The task base (everything a task image shares) holds nobody's password but the examinee's."""
    from imagescan import password_holders

    from harness.settings import resolve_key

    assert password_holders(task_base, resolve_key()) == []


@pytest.mark.docker
@pytest.mark.parametrize("task_dir", TASK_DIRS, ids=lambda p: p.name)
def test_image_holds_no_password(task_dir: Path, task_base: str):
    """What the task adds to the task base, its evaluator and scenarios decrypted with the public default
    key included, holds the password of nobody but the examinee (graders get logins by injection)."""
    from imagescan import password_holders

    from grading.crypto import DEFAULT_KEY
    from grading.image_layout import EVALUATOR_ENC, SCENARIOS_ENC
    from harness.build.task_image import build_task_image

    task = LOADED[task_dir.name]
    assert task is not None
    image = build_task_image(task, DEFAULT_KEY).tag
    decrypted: list[str] = []
    assert password_holders(image, DEFAULT_KEY, base=task_base, decrypted=decrypted) == []
    expected = [str(EVALUATOR_ENC)] + ([str(SCENARIOS_ENC)] if task.scenarios else [])
    assert sorted(decrypted) == sorted(expected)


@pytest.mark.parametrize("task_dir", [*TASK_DIRS, REPO / "tasks" / "example"], ids=lambda p: p.name)
def test_task_ships_every_solution_kind(task_dir: Path):
    """Full, partial, alt-*, wrong-* and game-* (harness.task.solutions), each with its expectation."""
    from harness.task.solutions import find_solutions, missing_kinds

    assert missing_kinds(find_solutions(task_dir / "solution")) == []
