"""Deterministic in-memory build contexts and the one function that runs ``docker build``."""

from __future__ import annotations

import hashlib
import io
import tarfile
from collections.abc import Callable, Iterator
from pathlib import Path

from docker.errors import APIError, BuildError, ImageNotFound

from ..docker_env import docker_client
from ..errors import InfraError
from ..settings import LABEL_CONTEXT, host_ca_bundle

IGNORED = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".git"}


class BuildContext:
    """Files for a build, kept in memory and packed into a byte-identical tar for identical input."""

    def __init__(self) -> None:
        self._files: dict[str, tuple[bytes, int]] = {}

    def add_bytes(self, arcname: str, data: bytes, mode: int = 0o644) -> None:
        self._files[arcname] = (data, mode)

    def add_file(self, arcname: str, path: Path) -> None:
        mode = 0o755 if path.stat().st_mode & 0o111 else 0o644
        self.add_bytes(arcname, path.read_bytes(), mode)

    def add_tree(self, arcname: str, root: Path) -> None:
        prefix = "" if arcname in ("", ".") else f"{arcname}/"
        for path in _walk(root):
            self.add_file(f"{prefix}{path.relative_to(root).as_posix()}", path)

    def add_host_ca(self, arcname: str = "host-ca.crt") -> None:
        bundle = host_ca_bundle()
        self.add_bytes(arcname, bundle.read_bytes() if bundle else b"")

    def names(self) -> list[str]:
        return sorted(self._files)

    def to_tar(self) -> bytes:
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
            for name in sorted(self._files):
                data, mode = self._files[name]
                info = tarfile.TarInfo(name)
                info.size, info.mode, info.mtime = len(data), mode, 0
                info.uid = info.gid = 0
                info.uname = info.gname = "root"
                tar.addfile(info, io.BytesIO(data))
        return buffer.getvalue()

    def digest(self, *extra: str) -> str:
        h = hashlib.sha256(self.to_tar())
        for item in extra:
            h.update(b"\0" + item.encode())
        return h.hexdigest()


def _walk(root: Path) -> Iterator[Path]:
    for path in sorted(root.iterdir()):
        if path.name in IGNORED or path.name.endswith(".pyc"):
            continue
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path


LogHook = Callable[[str], None]


def docker_build(
    context: BuildContext,
    tag: str,
    *,
    labels: dict[str, str] | None = None,
    buildargs: dict[str, str] | None = None,
    on_log: LogHook | None = None,
    nocache: bool = False,
) -> str:
    """Build ``tag`` from ``context`` with host networking; return the image id.

    InfraError carries the last lines of the build log when the build fails.
    """
    client = docker_client()
    tail: list[str] = []
    try:
        stream = client.api.build(
            fileobj=io.BytesIO(context.to_tar()),
            custom_context=True,
            tag=tag,
            labels=labels or {},
            buildargs=buildargs or {},
            network_mode="host",
            rm=True,
            forcerm=True,
            nocache=nocache,
            decode=True,
        )
        image_id = None
        for chunk in stream:
            if "stream" in chunk:
                for line in str(chunk["stream"]).splitlines():
                    tail = ([*tail, line])[-15:]
                    if on_log:
                        on_log(line)
            if "error" in chunk:
                detail = str(chunk["error"]).strip()
                raise InfraError(f"build of {tag} failed: {detail}\n" + "\n".join(tail[-10:]))
            if "aux" in chunk and isinstance(chunk["aux"], dict) and "ID" in chunk["aux"]:
                image_id = str(chunk["aux"]["ID"])
    except (APIError, BuildError) as exc:
        raise InfraError(f"build of {tag} failed: {exc}") from None
    if image_id is None:
        image_id = str(client.images.get(tag).id)
    return image_id




def build_if_changed(
    context: BuildContext,
    tag: str,
    *,
    parent: str,
    labels: dict[str, str] | None = None,
    buildargs: dict[str, str] | None = None,
    on_log: LogHook | None = None,
    force: bool = False,
    before_build: Callable[[], None] | None = None,
) -> tuple[str, bool]:
    """Build unless ``tag`` was built from this exact context on this exact ``parent`` image.

    Returns (image id, whether the existing image was reused). The digest of context + parent id +
    build args is kept in the image's label, so an unchanged rebuild costs one inspect, not a build.
    ``before_build`` runs only when a build is needed (a check that may refuse it by raising).
    """
    client = docker_client()
    try:
        parent_id = str(client.images.get(parent).id)
    except ImageNotFound:
        raise InfraError(f"image {parent} is missing") from None
    digest = context.digest(parent_id, *sorted(f"{k}={v}" for k, v in (buildargs or {}).items()))
    try:
        existing = client.images.get(tag)
        if not force and (existing.labels or {}).get(LABEL_CONTEXT) == digest:
            return str(existing.id), True
    except ImageNotFound:
        pass
    if before_build is not None:
        before_build()
    all_labels = {**(labels or {}), LABEL_CONTEXT: digest}
    return docker_build(context, tag, labels=all_labels, buildargs=buildargs, on_log=on_log, nocache=force), False
