"""Searching a built image's whole filesystem for lines of a task's secret files and for passwords."""

from __future__ import annotations

import io
import re
import tarfile
from pathlib import Path

from harness.docker_env import docker_client
from harness.task.paths import TaskPaths

REPO = Path(__file__).resolve().parent.parent


def distinctive_lines(task_dir: Path) -> list[str]:
    """Lines of the secret files long and specific enough to identify them if leaked."""
    public = "\n".join(p.read_text(errors="replace") for p in (REPO / "utils").rglob("*.py"))
    paths = TaskPaths(task_dir)
    shipped = [paths.instruction, *paths.hooks()]  # what the image carries on purpose is not a secret
    for folder in (paths.data_dir, paths.workspace_dir):
        if folder.is_dir():
            shipped += [p for p in folder.rglob("*") if p.is_file() and p.stat().st_size < 1_000_000]
    public += "\n".join(p.read_text(errors="replace") for p in shipped)
    lines = []
    for path in TaskPaths(task_dir).secret_files():
        for line in path.read_text(errors="replace").splitlines():
            stripped = line.strip()
            if (len(stripped) >= 25 and stripped not in public
                    and not stripped.startswith(("#!", "set -", "import ", "from "))):
                lines.append(stripped)
    return lines


def exported_files(image: str, skip: dict[str, tuple[int, int]] | None = None):
    """(path, bytes) of every regular file in a container made from ``image``; files whose
    (size, mtime) equal ``skip[path]`` (unchanged from a parent image) are passed over."""
    client = docker_client()
    container = client.containers.create(image, command=["true"])
    try:
        stream = io.BufferedReader(_Chunks(container.export()), buffer_size=1 << 20)
        with tarfile.open(fileobj=stream, mode="r|") as tar:
            for member in tar:
                if not member.isfile() or member.size >= 5_000_000:
                    continue
                if skip is not None and skip.get(member.name) == (member.size, int(member.mtime)):
                    continue
                fh = tar.extractfile(member)
                if fh is not None:
                    yield member.name, fh.read()
    finally:
        container.remove(force=True)


_INDEX: dict[str, dict[str, tuple[int, int]]] = {}


def file_index(image: str) -> dict[str, tuple[int, int]]:
    """{path: (size, mtime)} of an image's regular files (cached per session)."""
    if image not in _INDEX:
        client = docker_client()
        container = client.containers.create(image, command=["true"])
        try:
            stream = io.BufferedReader(_Chunks(container.export()), buffer_size=1 << 20)
            with tarfile.open(fileobj=stream, mode="r|") as tar:
                _INDEX[image] = {m.name: (m.size, int(m.mtime)) for m in tar if m.isfile()}
        finally:
            container.remove(force=True)
    return _INDEX[image]


class _Chunks(io.RawIOBase):
    def __init__(self, chunks):
        self._chunks = iter(chunks)
        self._rest = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._rest:
            try:
                self._rest = next(self._chunks)
            except StopIteration:
                return 0
        n = min(len(buffer), len(self._rest))
        buffer[:n], self._rest = self._rest[:n], self._rest[n:]
        return n




def leaked_lines(image: str, task_dir: Path, base: str | None = None) -> list[tuple[str, str]]:
    """(file in the image, secret line) for every distinctive secret line found in the image.

    With ``base`` (the image it was built FROM, which holds no task content), files unchanged from the
    base are skipped: faster, and free of false alarms from common lines in libraries.
    """
    needles = distinctive_lines(task_dir)
    if not needles:
        return []
    pattern = re.compile(b"|".join(re.escape(n.encode()) for n in needles))
    skip = file_index(base) if base else None
    return [(name, match.group().decode()) for name, data in exported_files(image, skip)
            for match in [pattern.search(data)] if match]


def others_passwords() -> dict[str, bytes]:
    """{username: password} of everyone in the company data but the examinee."""
    from harness.services.credentials import others_passwords as passwords

    return {user: pw.encode() for user, pw in passwords(REPO).items()}


def password_holders(image: str, key: str, base: str | None = None,
                     decrypted: list[str] | None = None) -> list[tuple[str, str]]:
    """(file in the image, person) for every file holding the password of anyone but the examinee.

    The task's encrypted files (``*.enc``) are also searched decrypted with ``key``, i.e. what anyone
    holding that key reads (a wrong key raises DecryptionError); their names are appended to
    ``decrypted``. With ``base``, files unchanged from it are skipped (scan the base on its own).
    """
    from grading.crypto import decrypt, read_envelope
    from grading.image_layout import TASK_DIR

    passwords = others_passwords()
    owner = {pw: user for user, pw in passwords.items()}
    pattern = re.compile(b"|".join(re.escape(pw) for pw in passwords.values()))
    skip = file_index(base) if base else None
    found = []
    for name, data in exported_files(image, skip):
        texts = [(name, data)]
        if name.startswith(str(TASK_DIR).lstrip("/")) and name.endswith(".enc"):
            texts.append((f"{name} (decrypted)", decrypt(read_envelope(data), key)))
            if decrypted is not None:
                decrypted.append("/" + name)
        for where, text in texts:
            found += [(where, owner[m]) for m in sorted(set(pattern.findall(text)))]
    return found
