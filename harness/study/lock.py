"""``StudyLock``: what a study's results were produced with (versions, revisions, image ids)."""

from __future__ import annotations

import hashlib
import subprocess
from importlib import metadata

from .. import __version__
from ..settings import repo_root
from .models import StudyLock

PACKAGES = ("workfloor", "litellm", "openai", "docker", "pydantic", "playwright", "mcp", "ray")


def git_revision() -> str | None:
    """The checkout's commit (``+dirty`` with uncommitted changes); None outside a git checkout."""
    root = str(repo_root())
    try:
        head = subprocess.run(["git", "-C", root, "rev-parse", "HEAD"], capture_output=True, text=True, timeout=10)
        if head.returncode != 0:
            return None
        dirty = subprocess.run(["git", "-C", root, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return head.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")


def package_versions() -> dict[str, str]:
    found = {}
    for name in PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return found


def service_image_ids(services: list[str]) -> dict[str, str]:
    """Image id per service (and the control API) the study uses; absent images are left out."""
    from ..docker_env import docker_client
    from ..services.spec import load_spec
    from ..services.stack import OPS

    client, ids = docker_client(), {}
    for name in [*services, OPS] if services else []:
        try:
            ids[name] = str(client.images.get(load_spec(name).image).id)
        except Exception:  # not built (yet): the run itself will say so
            continue
    return ids


def suite_version(task_images: dict[str, str]) -> str:
    text = "\n".join(f"{name} {image}" for name, image in sorted(task_images.items()))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def make_lock(task_images: dict[str, str], services: list[str], env_llm: str | None) -> StudyLock:
    return StudyLock(harness_version=__version__, git_revision=git_revision(),
                     suite_version=suite_version(task_images), task_images=dict(sorted(task_images.items())),
                     service_images=service_image_ids(services), packages=package_versions(), env_llm=env_llm)


def lock_changes(old: StudyLock, new: StudyLock) -> list[str]:
    """What changed between two locks that makes results incomparable: task and service images."""
    changes = []
    for kind, before, after in (("task image", old.task_images, new.task_images),
                                ("service image", old.service_images, new.service_images)):
        for name in sorted(set(before) & set(after)):
            if before[name] != after[name]:
                changes.append(f"{kind} {name}: {before[name][:19]} → {after[name][:19]}")
    return changes
