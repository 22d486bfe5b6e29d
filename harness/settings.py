"""Names the harness gives images and labels, and where it finds keys and the repository."""

from __future__ import annotations

import os
from pathlib import Path

from grading.crypto import DEFAULT_KEY

from . import __version__

LABEL_PREFIX = "org.workfloor"
LABEL_KIND = f"{LABEL_PREFIX}.kind"
LABEL_TASK = f"{LABEL_PREFIX}.task"
LABEL_CONTEXT = f"{LABEL_PREFIX}.context-sha256"
LABEL_HARNESS = f"{LABEL_PREFIX}.harness-version"
LABEL_RUN = f"{LABEL_PREFIX}.run-id"
LABEL_OWNER = f"{LABEL_PREFIX}.owner"  # "<host>:<pid>" of the harness process that started a container


def image_prefix() -> str:
    return os.environ.get("WORKFLOOR_IMAGE_PREFIX", "workfloor")


def rootfs_image() -> str:
    return f"{image_prefix()}/rootfs:bookworm"


def base_image() -> str:
    return f"{image_prefix()}/base:bookworm"


def task_base_image() -> str:
    return f"{image_prefix()}/task-base:{__version__}"


def clock_image() -> str:
    """Debian's libfaketime, for runs with a shifted clock (docker/clock)."""
    return f"{image_prefix()}/clock:0.9.10"


def task_image(name: str, version: str) -> str:
    return f"{image_prefix()}-tasks/{name}:{version}"


_taken: dict[str, str] = {}


def take_key_from_environment() -> None:
    """Move $WORKFLOOR_KEY into memory and out of ``os.environ`` (DECRYPTION_KEY too), so no child inherits it.

    The CLI calls this first thing; ``resolve_key`` then finds the key here.
    """
    value = os.environ.pop("WORKFLOOR_KEY", None)
    os.environ.pop("DECRYPTION_KEY", None)
    if value:
        _taken["key"] = value


def resolve_key(key: str | None = None) -> str:
    """The encryption/decryption key: explicit, else $WORKFLOOR_KEY (as taken at start), else the public default."""
    return key or _taken.get("key") or os.environ.get("WORKFLOOR_KEY") or DEFAULT_KEY


def repo_root() -> Path:
    """The checkout holding tasks/, docker/ and utils/ ($WORKFLOOR_ROOT overrides)."""
    env = os.environ.get("WORKFLOOR_ROOT")
    if env:
        return Path(env).resolve()
    return Path(__file__).resolve().parent.parent


def tasks_dir() -> Path:
    """Where task folders are looked for first: ``./tasks`` of the current directory when it exists, else
    the repository's ``tasks/``. Names not found there fall back to the built-in tasks (``task.locate``)."""
    local = Path.cwd() / "tasks"
    return local if local.is_dir() else repo_root() / "tasks"


def host_ca_bundle() -> Path | None:
    """The host's CA bundle (corporate TLS proxies), passed into every image build."""
    for candidate in (os.environ.get("SSL_CERT_FILE"), "/etc/ssl/certs/ca-certificates.crt"):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None
