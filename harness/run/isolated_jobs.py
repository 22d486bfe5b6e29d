"""The host side of ``grading.isolated``: run a grader's jobs in throwaway containers while it grades.

While ``JobBroker`` is open it watches the grading container's jobs folder; each new ``request.json``
becomes a container of the pristine task image with no network, no environment beyond PATH/HOME/LANG,
user ``nobody`` and tight limits, with the job's files in ``/work``. The collected files and exit code are
written back as ``result.json``. The throwaway container is removed at once.
"""

from __future__ import annotations

import base64
import posixpath
import secrets
import threading
from types import TracebackType

from grading.isolated import JOBS_ENV, SAFE_PATH, WORKDIR, JobRequest, JobResult

from ..sandbox import DockerSandbox, SandboxError

JOBS_DIR = "/run/workfloor-jobs"
NOBODY = "65534:65534"
POLL_S = 0.25


class JobBroker:
    """Runs isolated jobs for one grading container (a context manager; a daemon thread inside)."""

    def __init__(self, grader: DockerSandbox, image: str, labels: dict[str, str], log: list[str]):
        self.grader, self.image, self.labels, self.log = grader, image, labels, log
        self._stop = threading.Event()
        self._seen: set[str] = set()
        self._thread = threading.Thread(target=self._loop, name="isolated-jobs", daemon=True)

    @property
    def env(self) -> dict[str, str]:
        """What the grader's environment needs to reach this broker."""
        return {JOBS_ENV: JOBS_DIR}

    def __enter__(self) -> JobBroker:
        self.grader.exec(["mkdir", "-p", "-m", "700", JOBS_DIR], timeout=30)
        self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join(10)

    def _loop(self) -> None:
        while not self._stop.wait(POLL_S):
            try:
                found = self.grader.exec(["find", JOBS_DIR, "-mindepth", "2", "-maxdepth", "2",
                                          "-name", "request.json"], timeout=20)
            except SandboxError:
                return
            for line in found.stdout.split():
                job = posixpath.dirname(line)
                if job not in self._seen:
                    self._seen.add(job)
                    self._serve(job)

    def _serve(self, job: str) -> None:
        argv: list[str] = []
        try:
            request = JobRequest.model_validate_json(self.grader.read_file(f"{job}/request.json"))
            argv = request.argv
            result = self._run(request, self.grader.read_file(f"{job}/input.tar"))
        except (ValueError, FileNotFoundError, SandboxError) as exc:
            result = JobResult(returncode=None, error=f"{type(exc).__name__}: {exc}")
        self.log.append(f"isolated job {posixpath.basename(job)}: {' '.join(_short(a) for a in argv)} "
                        f"-> exit {result.returncode}{' (timed out)' if result.timed_out else ''}"
                        f"{' error: ' + result.error if result.error else ''}")
        try:
            self.grader.write_file(f"{job}/result.json.part", result.model_dump_json().encode())
            self.grader.exec(["mv", f"{job}/result.json.part", f"{job}/result.json"], timeout=20)
        except SandboxError:
            pass

    def _run(self, request: JobRequest, files: bytes) -> JobResult:
        box = DockerSandbox.start(self.image, name=f"workfloor-job-{secrets.token_hex(4)}", labels=self.labels,
                                  mem_limit="2g", pids_limit=512, network_mode="none")
        try:
            box.exec(["mkdir", "-p", WORKDIR], timeout=30)
            box.put_tar(WORKDIR, files)
            box.exec(["chown", "-R", NOBODY, WORKDIR], timeout=60)
            ran = box.exec(request.argv, timeout=request.timeout, workdir=WORKDIR, user=NOBODY,
                           env={"PATH": SAFE_PATH, "HOME": "/tmp", "LANG": "C.UTF-8"}, output_limit=200_000)
            collected = {}
            for path in request.collect:
                try:
                    collected[path] = base64.b64encode(box.read_file(path)).decode()
                except FileNotFoundError:
                    continue
            return JobResult(returncode=ran.returncode, timed_out=ran.timed_out, stdout=ran.stdout[-20000:],
                             stderr=ran.stderr[-20000:], files=collected)
        finally:
            box.remove()


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."
