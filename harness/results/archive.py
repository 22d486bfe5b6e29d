"""Reading and writing submission bundles (``.tar.gz``/``.tgz`` or ``.zip``) as {relative path: bytes}.

Reading is defensive: only regular files, no absolute or ``..`` paths, bounded sizes; a bundle that breaks
these rules is refused with one line.
"""

from __future__ import annotations

import io
import posixpath
import tarfile
import time
import zipfile
from pathlib import Path

from grading.atomic import write_atomically

from ..errors import InputError

MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024
SUFFIXES = (".tar.gz", ".tgz", ".zip")


def archive_kind(path: Path) -> str:
    """``tar`` or ``zip`` from the file name; InputError for anything else."""
    name = path.name.lower()
    if name.endswith((".tar.gz", ".tgz")):
        return "tar"
    if name.endswith(".zip"):
        return "zip"
    raise InputError(f"{path}: a bundle must end in {', '.join(SUFFIXES)}")


def write_archive(path: Path, files: dict[str, bytes]) -> None:
    """Write ``files`` (sorted, fixed timestamps) into ``path`` atomically."""
    buffer = io.BytesIO()
    stamp = int(time.time())
    if archive_kind(path) == "tar":
        with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
            for name in sorted(files):
                info = tarfile.TarInfo(name)
                info.size, info.mtime, info.mode = len(files[name]), stamp, 0o644
                tar.addfile(info, io.BytesIO(files[name]))
    else:
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name in sorted(files):
                archive.writestr(name, files[name])
    write_atomically(path, buffer.getvalue())


def _safe_name(name: str, where: Path) -> str:
    clean = name[2:] if name.startswith("./") else name
    normal = posixpath.normpath(clean)
    if clean.startswith("/") or normal == ".." or normal.startswith("../") or "\\" in clean:
        raise InputError(f"{where}: unsafe path in bundle: {name!r}")
    return normal


def read_archive(path: Path) -> dict[str, bytes]:
    """Every regular file of the bundle at ``path``; InputError (one line) when it cannot be read safely."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    kind = archive_kind(path)
    files: dict[str, bytes] = {}
    total = 0
    try:
        if kind == "tar":
            with tarfile.open(path, mode="r:*") as tar:
                for member in tar.getmembers():
                    if member.isdir():
                        continue
                    if not member.isfile():
                        raise InputError(f"{path}: bundle member {member.name!r} is not a regular file")
                    total = _count(path, member.name, member.size, total)
                    handle = tar.extractfile(member)
                    files[_safe_name(member.name, path)] = handle.read() if handle else b""
        else:
            with zipfile.ZipFile(path) as archive:
                for entry in archive.infolist():
                    if entry.is_dir():
                        continue
                    total = _count(path, entry.filename, entry.file_size, total)
                    files[_safe_name(entry.filename, path)] = archive.read(entry)
    except (tarfile.TarError, zipfile.BadZipFile, EOFError, OSError) as exc:
        raise InputError(f"{path}: not a readable {kind} bundle: {exc}") from None
    return files


def _count(path: Path, name: str, size: int, total: int) -> int:
    if size > MAX_MEMBER_BYTES:
        raise InputError(f"{path}: bundle member {name!r} is larger than {MAX_MEMBER_BYTES >> 20} MB")
    if total + size > MAX_TOTAL_BYTES:
        raise InputError(f"{path}: bundle is larger than {MAX_TOTAL_BYTES >> 30} GB")
    return total + size
