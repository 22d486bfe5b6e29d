"""The examinee's work, carried from its container to the grading container as data.

When the examinee's turn ends, each path the task declares as an output (``task.toml`` ``outputs``) is
copied out of its container and unpacked on the host with tar's ``data`` filter (no absolute paths, no
links leaving the folder, no devices, no set-id bits); members the filter refuses are skipped and
named. The grading container then mounts each unpacked folder read-only at its original path.
"""

from __future__ import annotations

import posixpath
import shutil
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..sandbox import DockerSandbox

OUTPUT_LIMIT_BYTES = 1 << 30  # per declared path


@dataclass
class CollectedOutputs:
    """Host folders holding the examinee's outputs, by container path; remove with ``cleanup``."""

    root: Path
    mounts: dict[str, Path] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def cleanup(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def collect_outputs(sandbox: DockerSandbox, paths: list[str],
                    limit_bytes: int = OUTPUT_LIMIT_BYTES) -> CollectedOutputs:
    """Copy ``paths`` out of ``sandbox``; a missing path is mounted as an empty folder.

    SandboxError when the container cannot be read; an over-large path is skipped with a note (the examinee
    filled it, so it is graded without it).
    """
    from ..sandbox import SandboxError

    collected = CollectedOutputs(Path(tempfile.mkdtemp(prefix="workfloor-outputs-")))
    for index, path in enumerate(paths):
        staging = collected.root / str(index)
        staging.mkdir()
        target = staging / posixpath.basename(path)
        try:
            archive = sandbox.export_tree(path, limit_bytes)
        except SandboxError as exc:
            if "holds more than" not in str(exc):
                raise
            collected.notes.append(f"output {path} not graded: {exc}")
            archive = None
        if archive is not None:
            with archive, tarfile.open(fileobj=archive, mode="r|") as tar:
                skipped: list[str] = []
                tar.extractall(staging, filter=_data_filter(skipped))
            if skipped:
                collected.notes.append(f"output {path}: skipped unsafe entries {', '.join(skipped[:5])}"
                                       + (" …" if len(skipped) > 5 else ""))
        if not target.is_dir():
            if target.exists() or target.is_symlink():
                target.unlink()
            target.mkdir()
        collected.mounts[path] = target
    return collected


def _data_filter(skipped: list[str]):  # type: ignore[no-untyped-def]
    def keep_safe(member: tarfile.TarInfo, dest: str) -> tarfile.TarInfo | None:
        try:
            return tarfile.data_filter(member, dest)
        except tarfile.FilterError:
            skipped.append(member.name)
            return None

    return keep_safe
