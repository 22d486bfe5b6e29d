"""The examinee's computer: a task container the harness can run commands in and move files through.

``Sandbox`` is the small contract every agent and the run lifecycle use; ``DockerSandbox`` implements it
with the Docker SDK. Limits: every exec has a timeout (killed, with its process group, at the limit and
given up on by the harness 5 s later) and an output cap (the rest is counted, not kept).
Errors: ``SandboxError`` when the container itself is gone or Docker fails (an infrastructure fault,
never the examinee's); a command's own failure is a non-zero ``returncode``, not an exception.
"""

from __future__ import annotations

import io
import math
import posixpath
import tarfile
import threading
import time
import typing
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path

from docker.errors import APIError, DockerException, NotFound
from docker.models.containers import Container

from .clock import with_clock
from .docker_env import docker_client

DEFAULT_OUTPUT_LIMIT = 1_000_000
HOST_GRACE_S = 5.0


class SandboxError(Exception):
    """The sandbox is unusable (container gone, Docker error)."""


@dataclass
class ExecResult:
    returncode: int | None  # None when the harness gave up waiting
    stdout: str
    stderr: str
    timed_out: bool = False
    truncated_bytes: int = 0  # output beyond the cap, dropped

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out

    def combined(self) -> str:
        text = self.stdout + (("\n" if self.stdout and self.stderr else "") + self.stderr if self.stderr else "")
        if self.timed_out:
            text += "\n[command timed out]"
        return text


class Sandbox(ABC):
    """A running task container."""

    name: str

    @abstractmethod
    def exec(self, command: list[str], *, timeout: float, env: dict[str, str] | None = None,
             workdir: str | None = None, user: str | None = None,
             output_limit: int = DEFAULT_OUTPUT_LIMIT) -> ExecResult:
        """Run ``command`` (argv) and wait at most ``timeout`` seconds."""

    @abstractmethod
    def read_file(self, path: str) -> bytes:
        """Contents of a file; FileNotFoundError if there is none."""

    @abstractmethod
    def write_file(self, path: str, data: bytes, mode: int = 0o644) -> None:
        """Create or replace a file (parent folders are created)."""

    @abstractmethod
    def copy_dir_in(self, source: Path, destination: str) -> None:
        """Copy a host folder's contents to ``destination`` in the sandbox."""

    @abstractmethod
    def kill_processes(self) -> None:
        """Stop every process the examinee left running (the sandbox itself stays up)."""

    def shell(self, script: str, *, timeout: float, env: dict[str, str] | None = None,
              workdir: str | None = "/workspace", output_limit: int = DEFAULT_OUTPUT_LIMIT) -> ExecResult:
        """Run a bash script (login shell semantics off, errexit off)."""
        return self.exec(["bash", "-c", script], timeout=timeout, env=env, workdir=workdir,
                         output_limit=output_limit)


class DockerSandbox(Sandbox):
    """A task container on the host network, labelled for sweeping, with memory and pid limits."""

    def __init__(self, container: Container):
        self.container = container
        self.name = str(container.name)

    @classmethod
    def start(cls, image: str, *, name: str, labels: dict[str, str], mem_limit: str = "4g",
              pids_limit: int = 2048, network_mode: str = "host", extra_hosts: dict[str, str] | None = None,
              read_only_mounts: dict[str, Path] | None = None) -> DockerSandbox:
        """Start a container of ``image`` that idles until removed.

        ``read_only_mounts`` maps container paths to host folders mounted read-only there.
        """
        volumes = {str(host): {"bind": path, "mode": "ro"} for path, host in (read_only_mounts or {}).items()}
        environment, volumes = with_clock({}, volumes)  # a test's moved clock (harness.clock), else unchanged
        try:
            container = docker_client().containers.run(
                image, command=["sleep", "infinity"], name=name, labels=labels, detach=True,
                network_mode=network_mode, mem_limit=mem_limit, pids_limit=pids_limit, working_dir="/workspace",
                stop_signal="SIGKILL", extra_hosts=extra_hosts or None, volumes=volumes or None,
                environment=environment or None,
            )
        except (APIError, DockerException) as exc:
            raise SandboxError(f"cannot start the task container: {exc}") from None
        return cls(container)

    def exec(self, command: list[str], *, timeout: float, env: dict[str, str] | None = None,
             workdir: str | None = None, user: str | None = None,
             output_limit: int = DEFAULT_OUTPUT_LIMIT) -> ExecResult:
        seconds = max(1, math.ceil(timeout))
        argv = ["timeout", "-k", "2", str(seconds), *command]
        api = docker_client().api
        try:
            exec_id = api.exec_create(self.container.id, argv, environment=env or {}, workdir=workdir,
                                      user=user or "")["Id"]
        except NotFound:
            raise SandboxError(f"task container {self.name} is gone") from None
        except (APIError, DockerException) as exc:
            raise SandboxError(f"exec failed: {exc}") from None
        out = _Capped(output_limit)
        err = _Capped(output_limit)
        failure: list[BaseException] = []

        def pump() -> None:
            try:
                for stdout, stderr in api.exec_start(exec_id, stream=True, demux=True):
                    out.add(stdout)
                    err.add(stderr)
            except BaseException as exc:  # reported below
                failure.append(exc)

        reader = threading.Thread(target=pump, daemon=True)
        started = time.monotonic()
        reader.start()
        reader.join(seconds + 2 + HOST_GRACE_S)
        if reader.is_alive():
            return ExecResult(None, out.text(), err.text(), timed_out=True,
                              truncated_bytes=out.dropped + err.dropped)
        if failure:
            raise SandboxError(f"exec failed: {failure[0]}")
        try:
            code = api.exec_inspect(exec_id).get("ExitCode")
        except (APIError, DockerException) as exc:
            raise SandboxError(f"exec failed: {exc}") from None
        timed_out = code in (124, 137) and time.monotonic() - started >= seconds - 0.5
        return ExecResult(code, out.text(), err.text(), timed_out=timed_out,
                          truncated_bytes=out.dropped + err.dropped)

    def read_file(self, path: str) -> bytes:
        try:
            stream, _ = self.container.get_archive(path)
        except NotFound:
            raise FileNotFoundError(path) from None
        except (APIError, DockerException) as exc:
            raise SandboxError(f"cannot read {path}: {exc}") from None
        with tarfile.open(fileobj=io.BytesIO(b"".join(stream))) as tar:
            member = tar.next()
            if member is None or not member.isfile():
                raise FileNotFoundError(path)
            fh = tar.extractfile(member)
            return fh.read() if fh else b""

    def write_file(self, path: str, data: bytes, mode: int = 0o644) -> None:
        directory, filename = posixpath.split(path)
        self._ensure_dir(directory)
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w") as tar:
            info = tarfile.TarInfo(filename)
            info.size, info.mode = len(data), mode
            tar.addfile(info, io.BytesIO(data))
        self._put(directory, buffer.getvalue())

    def copy_dir_in(self, source: Path, destination: str) -> None:
        self._ensure_dir(destination)
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w") as tar:
            for path in sorted(source.rglob("*")):
                if "__pycache__" not in path.parts:
                    tar.add(path, arcname=path.relative_to(source).as_posix(), recursive=False)
        self._put(destination, buffer.getvalue())

    def put_tar(self, directory: str, tar_bytes: bytes) -> None:
        """Unpack a tar archive into ``directory`` (which must exist)."""
        self._put(directory, tar_bytes)

    def kill_processes(self) -> None:
        # PID 1 is `sleep infinity`; `kill -9 -1` spares it and the calling shell.
        self.exec(["sh", "-c", "kill -9 -1 2>/dev/null; true"], timeout=10)

    def export_tree(self, path: str, limit_bytes: int) -> typing.IO[bytes] | None:
        """A tar (in a temporary file) of ``path`` in the container; None when ``path`` does not exist.

        SandboxError when the archive is larger than ``limit_bytes``.
        """
        import tempfile

        try:
            stream, _ = self.container.get_archive(path)
        except NotFound:
            return None
        except (APIError, DockerException) as exc:
            raise SandboxError(f"cannot read {path}: {exc}") from None
        spool = tempfile.TemporaryFile()  # noqa: SIM115 - returned open to the caller
        size = 0
        for chunk in stream:
            size += len(chunk)
            if size > limit_bytes:
                spool.close()
                raise SandboxError(f"{path} holds more than {limit_bytes // 2**20} MiB")
            spool.write(chunk)
        spool.seek(0)
        return spool

    def stop(self) -> None:
        """Stop the container (every process in it ends); it stays until ``remove``."""
        try:
            self.container.kill()
        except NotFound:
            pass
        except APIError as exc:
            if "is not running" not in str(exc):
                raise SandboxError(f"cannot stop container {self.name}: {exc}") from None
        except DockerException as exc:
            raise SandboxError(f"cannot stop container {self.name}: {exc}") from None

    def remove(self) -> None:
        try:
            self.container.remove(force=True, v=True)
        except NotFound:
            pass
        except APIError as exc:
            if "already in progress" not in str(exc):
                raise SandboxError(f"cannot remove container {self.name}: {exc}") from None
        except DockerException as exc:
            raise SandboxError(f"cannot remove container {self.name}: {exc}") from None

    def _ensure_dir(self, directory: str) -> None:
        result = self.exec(["mkdir", "-p", directory], timeout=30)
        if result.returncode != 0:
            raise SandboxError(f"cannot create {directory}: {result.stderr.strip()}")

    def _put(self, directory: str, tar_bytes: bytes) -> None:
        try:
            self.container.put_archive(directory, tar_bytes)
        except (APIError, DockerException) as exc:
            raise SandboxError(f"cannot copy files to {directory}: {exc}") from None


class _Capped:
    """Accumulates bytes up to a limit; counts what is dropped."""

    def __init__(self, limit: int):
        self.limit = limit
        self.parts: list[bytes] = []
        self.kept = 0
        self.dropped = 0

    def add(self, chunk: bytes | None) -> None:
        if not chunk:
            return
        room = self.limit - self.kept
        if room > 0:
            self.parts.append(chunk[:room])
            self.kept += min(room, len(chunk))
        self.dropped += max(0, len(chunk) - max(room, 0))

    def text(self) -> str:
        return b"".join(self.parts).decode("utf-8", errors="replace")
