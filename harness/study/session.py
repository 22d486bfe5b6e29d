"""Running a study end to end: plan, images, lock, folder check, leftovers, resume, the queue.

``run_study`` is what ``harness study run`` and ``harness verify`` call. It raises InputError before any
run starts for bad input (unknown tasks, a changed config), cleans up after dead harnesses (their
containers and stacks, never those of live ones), records finished runs nobody recorded, and runs the
rest on the chosen backend. Ctrl-C propagates after the running runs have stopped.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..run.run_folder import check_writable
from ..run.task_ref import resolve_task
from ..services.stack import Stack
from ..task.meta import TaskMeta
from .folder import Results, open_study
from .lock import make_lock
from .models import StudyConfig, StudyFile
from .plan import Slot, plan_slots, select_tasks
from .rows import adopt_orphans
from .runner import Backend, PoolStacks, Progress, RunSettings, StudyRunner, local_backend


@dataclass
class StudyRequestRun:
    path: Path
    name: str
    config: StudyConfig
    settings: RunSettings
    backend: str = "local"
    ray_address: str | None = None
    force_config: bool = False
    shared_stack: Stack | None = None  # run every service-using run on this stack, one at a time
    backoff_s: float | None = None


@dataclass
class StudyResult:
    study: StudyFile
    results: Results
    slots: list[Slot]
    metas: dict[str, TaskMeta]
    reused: int
    adopted: int
    wall_s: float
    services: list[str] = field(default_factory=list)


def prepare_images(names: list[str], metas: dict[str, TaskMeta], settings: RunSettings) -> tuple[dict[str, str],
                                                                                                   list[str]]:
    """Build (or find up to date) every task image and the service images the tasks use."""
    from ..build.service import build_service
    from ..services.spec import load_spec
    from ..services.stack import OPS

    images = {name: resolve_task(name, settings.tasks_root, settings.key).image_id for name in names}
    services = sorted({s for meta in metas.values() for s in meta.services})
    for service in [*services, OPS] if services else []:
        build_service(load_spec(service))
    return images, services


def clean_dead_leftovers() -> None:
    """Containers, stacks and agent processes of harnesses that died (a killed study's included)."""
    from ..cleanup import end_agent_leftovers, remove_leftovers
    from ..services.pool import remove_dead_stacks

    for sweep in (end_agent_leftovers, remove_leftovers, remove_dead_stacks):
        try:
            sweep()
        except Exception as exc:  # best effort: containers may vanish meanwhile (other people's sweeps)
            logging.getLogger(__name__).warning("cleanup of dead harnesses' leftovers failed: %s", exc)


def run_study(request: StudyRequestRun, progress: Progress) -> StudyResult:
    started = time.monotonic()
    config, settings = request.config, request.settings
    check_writable(request.path / "runs")
    metas = select_tasks(config.tasks, settings.tasks_root)
    names = list(metas)
    images, services = prepare_images(names, metas, settings)
    lock = make_lock(images, services, settings.env_llm.model)
    study = open_study(request.path, request.name, config, lock, request.force_config)
    results = Results(request.path)
    clean_dead_leftovers()
    slots = plan_slots(config, names)
    pending = [s for s in slots if not results.is_done(s.key, config.rerun)]
    reused = len(slots) - len(pending)
    adopted = adopt_orphans(results, pending, metas, config.rerun)
    needing = sum(1 for s in pending if metas[s.task].services)
    backend, close = _backend(request, services, needing)
    try:
        runner = StudyRunner(config, settings, metas, results, backend, progress,
                             **({"backoff_s": request.backoff_s} if request.backoff_s is not None else {}))
        runner.run(pending, reused + adopted)
    finally:
        close()
    return StudyResult(study, results, slots, metas, reused, adopted, time.monotonic() - started, services)


def _backend(request: StudyRequestRun, services: list[str], needing: int) -> tuple[Backend, Callable[[], None]]:
    runs_dir = request.path / "runs"
    if request.backend == "ray":
        from .ray_backend import RayBackend

        ray = RayBackend(request.ray_address, request.config.parallel, runs_dir, services if needing else [])
        return ray.run, ray.close
    size = min(request.config.parallel, needing)
    stacks = PoolStacks(size, services if size else [], request.shared_stack)
    return local_backend(stacks, runs_dir), stacks.close
