"""Shared fixtures. Docker-backed fixtures build images once per session (cache hits afterwards)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
HARNESS = str(Path(sys.executable).parent / "harness")


def pytest_configure(config: pytest.Config) -> None:
    """On CI, print the slowest tests: where CI's time goes is then on record."""
    if os.environ.get("CI") and not config.option.durations:
        config.option.durations = 30


def run_harness(*args: str, env: dict[str, str] | None = None, timeout: float = 900,
                cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """Run the installed ``harness`` command; capture output."""
    merged = {**os.environ, **(env or {})}
    return subprocess.run([HARNESS, *args], capture_output=True, text=True, env=merged, timeout=timeout, cwd=cwd)


@pytest.fixture
def example_copy(tmp_path: Path) -> Path:
    """A writable copy of tasks/example to break in tests."""
    dest = tmp_path / "example"
    shutil.copytree(REPO / "tasks" / "example", dest)
    return dest


@pytest.fixture(scope="session")
def task_base() -> str:
    """Base and task-base images exist (built if missing); returns the task-base tag."""
    from harness.build.base import build_base
    from harness.build.task_base import build_task_base
    from harness.docker_env import image_exists
    from harness.settings import base_image, task_base_image

    if not image_exists(base_image()):
        build_base()
    build_task_base()
    return task_base_image()


@pytest.fixture(scope="session")
def example_image(task_base: str) -> str:
    """The example task's image, built with the default key."""
    from harness.build.task_image import build_task_image
    from harness.settings import resolve_key
    from harness.task.check import load_task

    return build_task_image(load_task(REPO / "tasks" / "example"), resolve_key()).tag


STACK_LOCK = Path("/tmp/workfloor-stack.lock")


def _uses_default_stack(module: object) -> bool:
    """Modules marked `services` as a whole use the host-network default stack; a test marked `services`
    on its own in another module (isolated stacks) does not."""
    marks = getattr(module, "pytestmark", [])
    marks = marks if isinstance(marks, list) else [marks]
    return any(m.name == "services" for m in marks)


@pytest.fixture(autouse=True, scope="module")
def _hold_stack_lock(request: pytest.FixtureRequest):
    """Modules marked `services` use the host's service ports: hold the same lock `harness verify` users
    take (flock /tmp/workfloor-stack.lock), so a developer's other runs never collide with them."""
    import fcntl

    if not _uses_default_stack(request.module):
        yield
        return
    from harness.services.stack import Stack

    with STACK_LOCK.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            if "services" in Path(str(request.module.__file__)).parts:
                Stack().down()  # these tests run their own containers on the services' ports
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@pytest.fixture(autouse=True, scope="session")
def _leave_no_stack_behind(request: pytest.FixtureRequest):
    """A session that ran default-stack tests ends with the default stack down, as a fresh machine has it."""
    yield
    if not any(_uses_default_stack(getattr(item, "module", None)) for item in request.session.items):
        return
    try:
        from harness.services.stack import Stack

        Stack().down()
    except Exception:
        pass
