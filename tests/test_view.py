"""`harness view` in real Chromium (Playwright): the runs list loads and filters, a run's steps render with
tool calls, observations and a recorded browser screenshot, long trajectories are paged, a colleague's message
is marked, a running study updates by itself, and files outside a run folder are refused."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from conftest import HARNESS
from results_study import shared_study

from harness.run.recorder import ToolResult, TrajectoryRecorder

pytestmark = pytest.mark.docker
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run",
                 "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1"]
BIG_STEPS = 1200


def long_run(template: Path, dest: Path) -> str:
    """A copy of a real run whose trajectory has BIG_STEPS agent steps and a colleague's message."""
    run_id = template.name.replace("-oracle-", "-long-")
    shutil.copytree(template, dest / run_id)
    record = json.loads((dest / run_id / "run.json").read_text())
    record["run_id"] = run_id
    (dest / run_id / "run.json").write_text(json.dumps(record))
    recorder = TrajectoryRecorder(session_id=run_id, agent_name="oracle", agent_version="1", model_name=None,
                                  extra={"task": "example", "run_id": run_id})
    recorder.user("Complete the task in /instruction/task.md")
    recorder.user("Hi, it's Maria: please use the EUR column.", extra={"colleague": {"username": "maria.lopez"}})
    for i in range(BIG_STEPS):
        recorder.agent_step(f"step number {i}", [ToolResult("bash", {"command": f"echo {i}"}, f"{i}\n[exit code 0]")])
    (dest / run_id / "trajectory.json").write_text(recorder.trajectory().model_dump_json(exclude_none=True))
    return run_id


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory, example_image: str) -> Path:
    study = shared_study(tmp_path_factory.getbasetemp(), "study", oracle=2, null=2, llm=True)
    root = tmp_path_factory.mktemp("viewer")
    shutil.copytree(study, root / "study")
    return root


@pytest.fixture(scope="module")
def server(root: Path) -> Iterator[str]:
    process = subprocess.Popen([HARNESS, "view", str(root), "--port", "0"], stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert process.stderr is not None
    line = process.stderr.readline()
    assert line.startswith("viewer at http://127.0.0.1:"), line
    url = line.split()[2]
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def rows(page) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return page.eval_on_selector_all("#runs tbody tr", "trs => trs.map(tr => [...tr.cells].map(c => c.innerText))")


def test_runs_list_loads_and_filters(server: str, page, root: Path):  # type: ignore[no-untyped-def]
    page.goto(server + "?study=study")
    page.wait_for_function("document.querySelectorAll('#runs tbody tr').length === 5")
    assert sorted(r[2] for r in rows(page)) == ["llm:openai/scripted", "null", "null", "oracle", "oracle"]
    page.select_option("#examinee", "oracle")
    page.wait_for_function("document.querySelectorAll('#runs tbody tr').length === 2")
    assert all(r[2] == "oracle" and r[5] == "1.000" for r in rows(page))
    assert "examinee=oracle" in page.url  # the filter is in the address, so it can be shared
    page.select_option("#examinee", "")
    page.fill("#max_score", "0.5")
    page.wait_for_function("document.querySelectorAll('#runs tbody tr').length === 3")
    assert {r[2] for r in rows(page)} == {"null", "llm:openai/scripted"}
    page.fill("#task", "no-such-task")
    page.wait_for_function("document.querySelectorAll('#runs tbody tr').length === 0")
    assert page.inner_text("#count") == "0 of 5 runs"


def test_run_steps_and_screenshot(server: str, page, root: Path):  # type: ignore[no-untyped-def]
    page.goto(server + "?study=study")
    page.locator("#runs tbody tr", has_text="llm:openai/scripted").locator("a").click()
    page.wait_for_selector("#step-5")  # step 1: the system prompt
    assert "lunch_receipts.csv" in page.inner_text("#instruction")
    step = page.locator("#step-3")
    assert step.locator(".fn").inner_text() == "browser_navigate"
    assert '"url": "http://127.0.0.1:' in step.locator(".args").inner_text()
    assert "The code word is heron" in step.locator(".observation").inner_text()
    image = step.locator(".shot img")
    image.scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('#step-3 .shot img').naturalWidth > 0")
    assert image.evaluate("i => [i.naturalWidth, i.naturalHeight]") == [1280, 900]
    assert page.locator("#step-4 .fn").inner_text() == "bash"
    assert "[exit code 0]" in page.locator("#step-4 .observation").inner_text()
    assert page.locator("#checkpoints tr").count() == 2
    summary = page.inner_text("#summary")
    assert "prompt tokens" in summary and "eval" in summary and "openai/scripted" in summary
    page.screenshot(path=str(root / "run-page.png"), full_page=True)  # kept for a person to look at


def test_long_trajectory_is_paged(server: str, page, root: Path):  # type: ignore[no-untyped-def]
    run_id = long_run(next((root / "study/runs").glob("*-oracle-*")), root / "study/runs")
    started = time.monotonic()
    page.goto(server + f"run?study=study&id={run_id}")
    page.wait_for_selector("#step-50")
    assert time.monotonic() - started < 5
    assert page.locator(".step").count() == 50
    assert page.inner_text("#stepcount") == f"{BIG_STEPS + 2} steps"
    colleague = page.locator("#step-2")
    assert "colleague" in (colleague.get_attribute("class") or "")
    assert "colleague maria.lopez" in colleague.inner_text()
    assert f"page 1 of {-(-(BIG_STEPS + 2) // 50)}" in page.inner_text("#pager-top")
    page.locator("#pager-top button", has_text="next").click()
    page.wait_for_selector("#step-51")
    assert page.locator("#step-1").count() == 0 and "step number 48" in page.inner_text("#step-51")
    assert "offset=50" in page.url


def test_running_study_updates_by_itself(server: str, page, root: Path):  # type: ignore[no-untyped-def]
    page.goto(server + "?study=study&examinee=null")
    page.wait_for_function("document.querySelectorAll('#runs tbody tr').length === 2")
    template = next((root / "study/runs").glob("*-null-*"))
    run_id = template.name[:-6] + "abcdef"
    folder = root / "study/runs" / run_id
    folder.mkdir()
    record = json.loads((template / "run.json").read_text())
    provisional = {**record, "run_id": run_id, "status": "interrupted", "started_at": "2099-01-01T00:00:00Z",
                   "error": "the harness stopped before the run finished", "files": ["run.json"],
                   "checkpoints": None, "final_score": None, "score": None}
    (folder / "run.json").write_text(json.dumps(provisional))
    page.wait_for_function("document.querySelectorAll('#runs tbody tr').length === 3", timeout=10_000)
    assert rows(page)[0][4] == "running" and "1 running" in page.inner_text("#count")
    for name in ("trajectory.json", "eval.json"):
        shutil.copy(template / name, folder / name)
    (folder / "run.json").write_text(json.dumps({**record, "run_id": run_id, "started_at": "2099-01-01T00:00:00Z"}))
    page.wait_for_function("document.querySelector('#runs tbody tr').cells[4].innerText === 'completed'",
                           timeout=10_000)


def test_only_run_files_are_served(server: str, root: Path):
    run_id = next((root / "study/runs").glob("*-oracle-*")).name
    ok = requests.get(server + "file", params={"study": "study", "id": run_id, "path": "eval.log"}, timeout=10)
    assert ok.status_code == 200
    for path in ("../../study.json", "/etc/passwd", "../" + run_id + "/run.json/../../../results.json"):
        response = requests.get(server + "file", params={"study": "study", "id": run_id, "path": path}, timeout=10)
        assert response.status_code == 404, path
    response = requests.get(server + "api/runs", params={"study": "../.."}, timeout=10)
    assert response.status_code == 404 and "no study" in response.json()["error"]
