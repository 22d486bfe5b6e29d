"""Running the examinee's code from a grader, away from every secret.

``run_isolated(folder, argv)`` runs ``argv`` with ``folder``'s contents as its working directory
(``/work``) in a throwaway container the harness starts from the pristine task image: no network, an
empty environment, an unprivileged user, no key, no LLM key, no administrator login. Only what the call
asks to ``collect`` (files at paths the grader chose) and the exit code come back; stdout and stderr are
returned for logs only and must never decide a checkpoint.

Protocol (grader ⇄ harness, through the grading container's filesystem): the grader writes
``$WORKFLOOR_JOBS_DIR/<id>/input.tar`` and then ``request.json``; the harness runs the job and writes
``result.json`` next to them. Without ``WORKFLOOR_JOBS_DIR`` (an evaluator run by hand, ``harness task
check``) the command runs locally in a subprocess with an empty environment: fine for authors, never
used by the harness.
"""

from __future__ import annotations

import base64
import io
import json
import os
import secrets
import subprocess
import tarfile
import time
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

JOBS_ENV = "WORKFLOOR_JOBS_DIR"
WORKDIR = "/work"
SAFE_PATH = "/usr/local/bin:/usr/bin:/bin"


class JobRequest(BaseModel):
    """``request.json``: what to run in the throwaway container."""

    model_config = ConfigDict(extra="forbid")
    argv: list[str] = Field(min_length=1)
    timeout: float = Field(gt=0, le=3600)
    collect: list[str] = Field(default_factory=list)  # absolute paths to send back after the run


class JobResult(BaseModel):
    """``result.json``: how it went; ``files`` maps each collected path that existed to its base64 bytes."""

    model_config = ConfigDict(extra="forbid")
    returncode: int | None
    timed_out: bool = False
    stdout: str = ""
    stderr: str = ""
    files: dict[str, str] = Field(default_factory=dict)
    error: str | None = None  # the harness could not run the job

    def file(self, path: str) -> bytes | None:
        data = self.files.get(path)
        return None if data is None else base64.b64decode(data)


def private_path(name: str) -> str:
    """A path under /tmp nobody can guess in advance, for a collected result file."""
    return f"/tmp/r-{secrets.token_hex(12)}/{name}"


def tar_folder(folder: Path) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for path in sorted(folder.rglob("*")):
            if ".git" in path.relative_to(folder).parts:
                continue
            tar.add(path, arcname=path.relative_to(folder).as_posix(), recursive=False)
    return buffer.getvalue()


def run_isolated(folder: Path, argv: list[str], *, timeout: float = 300, collect: list[str] | None = None) -> JobResult:
    """Run ``argv`` in a throwaway container with ``folder`` as ``/work`` (see the module docstring)."""
    request = JobRequest(argv=argv, timeout=timeout, collect=collect or [])
    jobs_dir = os.environ.get(JOBS_ENV)
    if not jobs_dir:
        return _run_locally(folder, request)
    job = Path(jobs_dir) / secrets.token_hex(8)
    job.mkdir(parents=True)
    (job / "input.tar").write_bytes(tar_folder(folder))
    partial = job / "request.json.part"
    partial.write_text(request.model_dump_json())
    partial.rename(job / "request.json")
    deadline = time.monotonic() + timeout + 120
    result_file = job / "result.json"
    while time.monotonic() < deadline:
        if result_file.is_file():
            try:
                return JobResult.model_validate_json(result_file.read_text())
            except ValueError:
                pass  # still being written
        time.sleep(0.1)
    raise TimeoutError(f"the harness did not run the isolated job within {timeout + 120:.0f}s")


def _run_locally(folder: Path, request: JobRequest) -> JobResult:
    argv = [folder.as_posix() if a == WORKDIR else a.replace(WORKDIR + "/", folder.as_posix() + "/")
            for a in request.argv]
    try:
        proc = subprocess.run(argv, cwd=folder, env={"PATH": SAFE_PATH, "HOME": "/tmp", "LANG": "C.UTF-8"},
                              capture_output=True, text=True, timeout=request.timeout)
        code, out, err, timed_out = proc.returncode, proc.stdout, proc.stderr, False
    except subprocess.TimeoutExpired:
        code, out, err, timed_out = None, "", "", True
    files = {}
    for path in request.collect:
        local = Path(path)
        if local.is_file():
            files[path] = base64.b64encode(local.read_bytes()).decode()
    return JobResult(returncode=code, timed_out=timed_out, stdout=out[-20000:], stderr=err[-20000:], files=files)


def decode_json_file(result: JobResult, path: str) -> object:
    """The JSON a job left at ``path``; None when it left none or garbage."""
    data = result.file(path)
    if data is None:
        return None
    try:
        return json.loads(data)
    except ValueError:
        return None
