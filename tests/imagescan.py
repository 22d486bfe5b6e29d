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


def _added_layer_dirs(image: str, base: str) -> list[Path] | None:
    """The on-disk folders of the layers ``image`` adds on top of ``base`` (overlay2 storage on this
    host), topmost first; None when that cannot be read directly (another driver, a remote daemon)."""
    client = docker_client()
    attrs, base_layers = client.images.get(image).attrs, client.images.get(base).attrs["RootFS"]["Layers"]
    layers, driver = attrs["RootFS"]["Layers"], attrs.get("GraphDriver", {})
    if driver.get("Name") != "overlay2" or layers[:len(base_layers)] != base_layers:
        return None
    data = driver.get("Data") or {}
    stack = [data.get("UpperDir", ""), *(data.get("LowerDir") or "").split(":")]
    dirs = [Path(d) for d in stack[:len(layers) - len(base_layers)]]
    return dirs if all(d.is_dir() for d in dirs) and len(dirs) == len(layers) - len(base_layers) else None


def image_files(image: str, base: str | None = None):
    """(path, bytes) of the regular files (< 5 MB) of ``image``; with ``base``, only what it adds or changes.

    With ``base`` every file of every layer the image adds is read straight from the daemon's storage when
    it can be (fast; a file written then deleted in a later layer is still read: it ships with the image),
    else from an export of the whole filesystem, skipping files unchanged from the base."""
    dirs = _added_layer_dirs(image, base) if base else None
    if dirs is None:
        yield from exported_files(image, file_index(base) if base else None)
        return
    for layer in dirs:
        for path in sorted(layer.rglob("*")):
            if path.is_file() and not path.is_symlink() and path.stat().st_size < 5_000_000:
                yield path.relative_to(layer).as_posix(), path.read_bytes()


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
    return [(name, match.group().decode()) for name, data in image_files(image, base)
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
    found = []
    for name, data in image_files(image, base):
        texts = [(name, data)]
        if name.startswith(str(TASK_DIR).lstrip("/")) and name.endswith(".enc"):
            texts.append((f"{name} (decrypted)", decrypt(read_envelope(data), key)))
            if decrypted is not None:
                decrypted.append("/" + name)
        for where, text in texts:
            found += [(where, owner[m]) for m in sorted(set(pattern.findall(text)))]
    return found
