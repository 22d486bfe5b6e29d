"""`harness report` on a real small study: the numbers, the Markdown summary, the self-contained HTML page
(opened in Chromium: its figures load without network), several studies side by side, bad input."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from conftest import run_harness
from results_study import shared_study

from harness.results.metrics import pass_at_k, pass_hat_k, wilson
from harness.results.study import load_study
from harness.results.summary import summarise

pytestmark = pytest.mark.docker


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory, example_image: str) -> Path:
    return shared_study(tmp_path_factory.getbasetemp(), "study", oracle=2, null=2, llm=True)


def test_estimators():
    assert pass_at_k(5, 0, 1) == 0.0 and pass_at_k(5, 5, 3) == 1.0
    assert pass_at_k(4, 1, 2) == pytest.approx(0.5)  # 1 - C(3,2)/C(4,2)
    assert pass_hat_k(4, 2, 2) == pytest.approx(1 / 6)  # C(2,2)/C(4,2)
    low = wilson(0, 2)
    assert low.value == 0.0 and low.low == 0.0 and 0.6 < low.high < 0.7
    with pytest.raises(ValueError):
        pass_at_k(2, 1, 3)


def test_summary_of_oracle_null_and_llm(study: Path):
    summary = summarise([load_study(study)])
    assert [c.label for c in summary.columns] == ["llm:openai/scripted", "null", "oracle"]
    oracle, null = summary.stats["oracle"], summary.stats["null"]
    assert oracle.runs == 2 and oracle.resolved.value == 1.0 and oracle.tac_score.value == 1.0
    assert oracle.pass_at[2].value == 1.0 and oracle.pass_hat[2].value == 1.0
    assert null.resolved.value == 0.0 and null.tac_score.value == 0.0 and null.resolved.high > 0.5
    assert summary.groups["role"]["admin"]["oracle"].tac_score == 1.0
    assert summary.groups["service"]["(none)"]["null"].runs == 2
    assert summary.tasks == ["example"]


def test_markdown_and_html(study: Path, tmp_path: Path):
    html, md = tmp_path / "out" / "report.html", tmp_path / "out" / "report.md"
    result = run_harness("report", str(study), "--html", str(html), "--md", str(md))
    assert result.returncode == 0, result.stderr
    text = md.read_text()
    assert "| oracle | 2 | 2 | 1 | 100.0% [34.2, 100.0] | 1.000 [1.000, 1.000] |" in text
    rows = json.loads((study / "results.json").read_text())
    oracle_run = next(r for r in rows if r["examinee"] == "oracle")
    relative = os.path.relpath(study / oracle_run["run_dir"], md.parent)
    assert f"[{oracle_run['trial']}]({relative})" in text and (md.parent / relative / "run.json").is_file()
    page = html.read_text()
    assert "http://" not in page.replace('href="http', "") and "<script" not in page
    assert page.count('src="data:image/png;base64,') == 4

    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND"])
        try:
            page_ = browser.new_page()
            requests: list[str] = []
            page_.on("request", lambda r: requests.append(r.url))
            page_.goto(html.as_uri())
            widths = page_.eval_on_selector_all("figure img", "imgs => imgs.map(i => i.complete && i.naturalWidth)")
            assert len(widths) == 4 and all(w > 200 for w in widths)
            assert all(u.startswith(("file:", "data:")) for u in requests)
            cell = page_.locator("table.matrix td.cell").last
            assert "1.00" in cell.inner_text() and "hsl(120" in (cell.get_attribute("style") or "")
            href = cell.locator("a").first.get_attribute("href")
            assert href and (html.parent / href / "run.json").is_file()  # the link reaches the run folder
        finally:
            browser.close()


def test_two_studies_side_by_side(study: Path, tmp_path: Path):
    other = tmp_path / "again"
    shutil.copytree(study, other)
    data = json.loads((other / "study.json").read_text())
    data["name"] = "again"
    (other / "study.json").write_text(json.dumps(data))
    result = run_harness("report", str(study), str(other))
    assert result.returncode == 0, result.stderr
    assert "| study / oracle |" in result.stdout and "| again / oracle |" in result.stdout


def test_plain_runs_folder_and_bad_input(study: Path, tmp_path: Path):
    result = run_harness("report", str(study / "runs"))  # no study.json: rows from the run folders
    assert result.returncode == 0, result.stderr
    assert "| oracle | 2 | 2 | 1 |" in result.stdout
    result = run_harness("report", str(tmp_path))
    assert result.returncode == 2 and "no study.json, results.json or run folders" in result.stderr
    (tmp_path / "results.json").write_text("[{\"run_id\": 3}]")
    result = run_harness("report", str(tmp_path))
    assert result.returncode == 2 and "results.json: row 0:" in result.stderr and "Traceback" not in result.stderr
