"""`harness run --agent mcp`: real MCP clients from the SDK drive a run of the example task (real Docker)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import anyio
import pytest
from conftest import HARNESS, REPO, run_harness
from mcp import Client, StdioServerParameters
from mcp_types import Implementation, TextContent, TextResourceContents

from grading.atif import Trajectory, atif_problems
from harness.run.record import RunRecord

pytestmark = pytest.mark.docker

CSV = "/workspace/lunch_receipts.csv"
BEST_DATE = "2026-08-14"  # the most expensive lunch per person (tasks/example/checkpoints.md)
CLIENT = Implementation(name="wf-test-client", version="9.1")


@contextmanager
def mcp_run(out: Path, *extra: str) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """`harness run --agent mcp` in the background; yields it and its run folder once the server listens."""
    process = subprocess.Popen(
        [HARNESS, "run", "--task", "example", "--agent", "mcp", "--mcp-listen", "127.0.0.1:0",
         "--output", str(out), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
    )
    try:
        deadline = time.monotonic() + 120
        while not list(out.glob("*/mcp-endpoint.json")):
            assert process.poll() is None, process.communicate()[1]
            assert time.monotonic() < deadline, "the MCP server did not come up"
            time.sleep(0.1)
        [endpoint] = out.glob("*/mcp-endpoint.json")
        yield process, endpoint.parent
    finally:
        if process.poll() is None:
            process.wait(timeout=60)


def url_of(run_dir: Path) -> str:
    return str(json.loads((run_dir / "mcp-endpoint.json").read_text())["url"])


def finished(process: subprocess.Popen[str], run_dir: Path) -> tuple[RunRecord, Trajectory, str]:
    _, stderr = process.communicate(timeout=120)
    record = RunRecord.model_validate_json((run_dir / "run.json").read_text())
    text = (run_dir / "trajectory.json").read_text()
    assert atif_problems(text) == []
    return record, Trajectory.model_validate_json(text), stderr


def text(result: Any) -> str:
    return "".join(block.text for block in result.content if isinstance(block, TextContent))


def with_per_person(original: str) -> str:
    rows = list(csv.DictReader(io.StringIO(original)))
    for row in rows:
        row["per_person"] = f"{float(row['amount_eur']) / int(row['attendees']):.2f}"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


async def solve(client: Client, *, finish: bool = True, answer: bool = True) -> None:
    """What an examinee does through the tools: read the data, write the results, check, finish."""
    assert "per_person" in (client.instructions or "")
    names = {tool.name for tool in (await client.list_tools()).tools}
    assert {"bash", "read_file", "write_file", "finish"} <= names
    original = text(await client.call_tool("read_file", {"path": CSV}))
    await client.call_tool("write_file", {"path": CSV, "content": with_per_person(original)})
    if answer:
        await client.call_tool("write_file", {"path": "/workspace/answer.txt", "content": BEST_DATE + "\n"})
    check = await client.call_tool("bash", {"command": "head -2 lunch_receipts.csv; cat answer.txt"})
    assert "per_person" in text(check) and "[exit code" in text(check)
    if finish:
        done = await client.call_tool("finish", {"answer": BEST_DATE})
        assert not done.is_error


def test_client_over_http_solves_the_task_and_finishes(example_image: str, tmp_path: Path):
    async def drive(url: str) -> None:
        async with Client(url, client_info=CLIENT) as client:
            prompt = await client.get_prompt("task")
            assert any("lunch_receipts.csv" in str(m.content) for m in prompt.messages)
            [instruction] = (await client.read_resource("workfloor://task/instruction")).contents
            assert isinstance(instruction, TextResourceContents) and "per_person" in instruction.text
            [access] = (await client.read_resource("workfloor://task/access")).contents
            assert isinstance(access, TextResourceContents)
            details = json.loads(access.text)
            assert details["username"] and details["workstation"]["workdir"] == "/workspace"
            failing = await client.call_tool("read_file", {"path": "/nonexistent"})
            assert failing.is_error
            await solve(client)

    with mcp_run(tmp_path / "out") as (process, run_dir):
        anyio.run(drive, url_of(run_dir))
        record, trajectory, stderr = finished(process, run_dir)
    assert process.returncode == 0, stderr
    assert record.status == "completed" and record.score == 1.0 and record.answer == BEST_DATE
    assert record.agent.name == "mcp"
    assert not (run_dir / "mcp-endpoint.json").exists()
    calls = [c.function_name for s in trajectory.steps for c in s.tool_calls or []]
    assert calls == ["read_file", "read_file", "write_file", "write_file", "bash", "finish"]
    bash_step = next(s for s in trajectory.steps if s.tool_calls and s.tool_calls[0].function_name == "bash")
    assert bash_step.extra["exit_code"] == [0] and BEST_DATE in bash_step.observation.results[0].content
    assert trajectory.agent.extra == {"mcp_client": {"name": "wf-test-client", "version": "9.1"}}
    assert trajectory.steps[0].source == "user" and "per_person" in trajectory.steps[0].message


def test_client_over_stdio_through_harness_mcp_stdio(example_image: str, tmp_path: Path):
    out = tmp_path / "out"
    bridge = StdioServerParameters(command=HARNESS, args=["mcp-stdio", "--output", str(out), "--wait", "60"],
                                   env=dict(os.environ), cwd=str(REPO))

    async def drive() -> None:
        async with Client(bridge, client_info=CLIENT) as client:
            await solve(client)

    with mcp_run(out) as (process, run_dir):
        anyio.run(drive)
        record, trajectory, stderr = finished(process, run_dir)
    assert process.returncode == 0, stderr
    assert record.score == 1.0 and record.answer == BEST_DATE
    assert trajectory.agent.extra == {"mcp_client": {"name": "wf-test-client", "version": "9.1"}}


def test_client_that_disconnects_halfway_is_graded_as_it_stands(example_image: str, tmp_path: Path):
    async def drive(url: str) -> None:
        async with Client(url, client_info=CLIENT, mode="legacy") as client:  # a session, closed on exit
            await solve(client, finish=False, answer=False)

    started = time.monotonic()
    with mcp_run(tmp_path / "out") as (process, run_dir):
        anyio.run(drive, url_of(run_dir))
        record, trajectory, stderr = finished(process, run_dir)
    assert process.returncode == 0, stderr
    assert time.monotonic() - started < 60  # the wall clock is 300 s: the disconnect ended it
    assert record.status == "completed" and record.answer is None
    assert record.final_score is not None and (record.final_score.result, record.final_score.total) == (1, 2)
    assert trajectory.steps[-1].source == "system" and "without calling finish" in trajectory.steps[-1].message
    assert "mcp: disconnected without finish" in (trajectory.notes or "")


def test_silent_client_ends_at_the_idle_limit_and_no_client_at_the_wall_clock(example_image: str, tmp_path: Path):
    async def drive(url: str) -> None:
        async with Client(url, client_info=CLIENT) as client:
            await client.call_tool("bash", {"command": "true"})
            await anyio.sleep(6)  # connected, but silent past --mcp-idle

    with mcp_run(tmp_path / "idle", "--mcp-idle", "2") as (process, run_dir):
        anyio.run(drive, url_of(run_dir))
        record, trajectory, stderr = finished(process, run_dir)
    assert process.returncode == 0, stderr
    assert record.status == "completed" and record.score == 0.0
    assert "mcp: idle without finish" in (trajectory.notes or "")

    with mcp_run(tmp_path / "clock", "--timeout", "3") as (process, run_dir):
        record, trajectory, stderr = finished(process, run_dir)
    assert process.returncode == 5, stderr
    assert record.status == "timeout" and record.score == 0.0
    assert not (run_dir / "mcp-endpoint.json").exists()


def test_client_identity_in_run_json(example_image: str, tmp_path: Path):
    async def drive(url: str) -> None:
        async with Client(url, client_info=CLIENT) as client:
            await client.call_tool("finish", {"answer": "none"})

    with mcp_run(tmp_path / "out") as (process, run_dir):
        anyio.run(drive, url_of(run_dir))
        record, _, _ = finished(process, run_dir)
    assert record.agent.client is not None
    assert (record.agent.client.name, record.agent.client.version) == ("wf-test-client", "9.1")


@pytest.mark.parametrize(("listen", "message"), [
    ("nonsense", "expected HOST:PORT"),
    ("127.0.0.1:99999", "expected HOST:PORT"),
    ("192.0.2.1:8377", "cannot listen there"),
])
def test_bad_listen_address_is_one_line(listen: str, message: str, tmp_path: Path):
    result = run_harness("run", "--task", "example", "--agent", "mcp", "--mcp-listen", listen,
                         "--output", str(tmp_path))
    assert result.returncode == 2 and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_mcp_stdio_without_a_run_is_one_line(tmp_path: Path):
    result = run_harness("mcp-stdio", "--output", str(tmp_path), "--wait", "0")
    assert result.returncode == 2 and "no MCP server of any run" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
