"""A small real study for the results tests: `harness run` of the example task by oracle and null (and an
optional scripted llm agent that browses), with study.json / results.json / results.csv written exactly as
the study-folder format describes (docs: /work/study-format.md), so the tests do not need the study runner.

Built once per pytest session (under the session's base temp) and copied by tests that tamper with it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.metadata import version
from pathlib import Path

from conftest import run_harness
from fakellm import FakeLLM, Reply

from harness import __version__
from harness.results.study import rows_from_runs
from harness.results.suite import suite_version
from harness.run.record import RunRecord

EXAMINEES = {"oracle": {"label": "oracle", "agent": "oracle", "model": None},
             "null": {"label": "null", "agent": "null", "model": None},
             "llm:openai/scripted": {"label": "llm:openai/scripted", "agent": "llm", "model": "openai/scripted"}}


def run_example(runs: Path, agent: str, *extra: str) -> None:
    result = run_harness("run", "--task", "example", "--agent", agent, "--output", str(runs), *extra)
    assert result.returncode == 0, result.stderr


class _Memo(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = (b"<html><head><title>Lunch memo</title></head><body style='font:20px sans-serif'>"
                b"<h1>Lunch memo</h1><p>The code word is <b>heron</b>.</p></body></html>")
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def run_browsing_llm(runs: Path) -> None:
    """A scripted llm agent: opens a page in the browser (a recorded screenshot), runs a shell, finishes."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Memo)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/memo"

    def respond(request: dict) -> Reply:
        done = sum(1 for m in request["messages"] if m["role"] == "tool")
        if done == 0:
            return Reply(content="I will read the memo first.", tool_calls=[("browser_navigate", {"url": url})])
        if done == 1:
            return Reply(content="Now the receipts.", tool_calls=[("bash", {"command": "head -3 lunch_receipts.csv"})])
        return Reply(content="Done.", tool_calls=[("finish", {"answer": "not sure"})])

    try:
        with FakeLLM(respond) as llm:
            run_example(runs, "llm", "--model", "openai/scripted", "--api-base", llm.base_url, "--api-key", "k")
    finally:
        server.shutdown()


def make_study(root: Path, *, oracle: int = 2, null: int = 2, llm: bool = False) -> Path:
    """Run the examinees into ``root/runs`` and write the study files; returns ``root``."""
    runs = root / "runs"
    jobs = ["oracle"] * oracle + ["null"] * null
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda agent: run_example(runs, agent), jobs))
    if llm:
        run_browsing_llm(runs)
    write_study_files(root, k=max(oracle, null), examinees=[*(["oracle"] if oracle else []),
                                                             *(["null"] if null else []),
                                                             *(["llm:openai/scripted"] if llm else [])])
    return root


def write_study_files(root: Path, k: int, examinees: list[str]) -> None:
    """study.json, results.json and results.csv of the run folders under ``root/runs``."""
    records = [RunRecord.model_validate_json(p.read_bytes()) for p in sorted((root / "runs").glob("*/run.json"))]
    task_images = {r.task: r.image_id for r in records}
    config = {"name": root.name, "tasks": sorted(task_images), "examinees": [EXAMINEES[e] for e in examinees],
              "k": k, "parallel": 2, "env_llm": None}
    canonical = json.dumps(config, sort_keys=True, separators=(",", ":"))
    now = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    study = {
        "name": root.name, "config": config, "config_hash": hashlib.sha256(canonical.encode()).hexdigest(),
        "lock": {"harness_version": __version__, "git_revision": None, "suite_version": suite_version(task_images),
                 "task_images": task_images, "service_images": {},
                 "packages": {p: version(p) for p in ("pydantic", "docker", "litellm")},
                 "env_llm": None, "env_llm_check": None},
        "created_at": now, "updated_at": now,
    }
    (root / "study.json").write_text(json.dumps(study, indent=2))
    rows = [r.model_dump() for r in rows_from_runs(root)]
    (root / "results.json").write_text(json.dumps(rows, indent=2))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ",".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()})
    (root / "results.csv").write_text(buffer.getvalue())


def shared_study(base: Path, name: str, **kwargs: object) -> Path:
    """The session's study ``name`` (made on first use), under the pytest session's base temp folder."""
    root = base / name
    done = root / ".complete"
    if not done.exists():
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        make_study(root, **kwargs)  # type: ignore[arg-type]
        done.touch()
    return root
