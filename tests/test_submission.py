"""`harness submit` and `harness submission validate|manifest` on a real small study: a clean bundle validates,
and each way a bundle can be wrong is reported as one clear line with a non-zero exit."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import run_harness
from results_study import shared_study

from grading.crypto import DEFAULT_KEY
from harness.results.archive import read_archive, write_archive

pytestmark = pytest.mark.docker

Files = dict[str, bytes]


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory, example_image: str) -> Path:
    return shared_study(tmp_path_factory.getbasetemp(), "study", oracle=2, null=2, llm=True)


@pytest.fixture(scope="module")
def suite(tmp_path_factory: pytest.TempPathFactory, example_image: str) -> Path:
    path = tmp_path_factory.mktemp("suite") / "suite.json"
    result = run_harness("submission", "manifest", "example", "--out", str(path))
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture(scope="module")
def bundle(study: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle") / "oracle.tar.gz"
    result = run_harness("submit", str(study), "--out", str(out), "--examinee", "oracle",
                         "--organisation", "Tallgrass QA", "--link", "https://example.org/agent")
    assert result.returncode == 0, result.stderr
    return out


def validate(path: Path, suite: Path, *args: str) -> tuple[int, list[str]]:
    result = run_harness("submission", "validate", str(path), "--suite", str(suite), *args)
    assert "Traceback" not in result.stderr
    return result.returncode, [line for line in result.stdout.splitlines() if line.strip()]


def tampered(bundle: Path, tmp_path: Path, change: Callable[[Files], None], name: str = "t.tar.gz") -> Path:
    files = read_archive(bundle)
    change(files)
    out = tmp_path / name
    write_archive(out, files)
    return out


def runs_of(files: Files) -> list[str]:
    return sorted({n.split("/")[1] for n in files if n.startswith("runs/")})


def edit_json(files: Files, name: str, change: Callable[[dict], object]) -> None:
    data = json.loads(files[name])
    change(data)
    files[name] = json.dumps(data).encode()


def test_manifest_names_the_built_image(suite: Path, example_image: str):
    from harness.docker_env import docker_client

    manifest = json.loads(suite.read_text())
    entry = manifest["tasks"]["example"]
    assert entry["image_id"] == docker_client().images.get(example_image).id
    assert entry["info"]["checkpoint_points"] == [1, 1] and entry["info"]["scoring"] == "sum"
    assert len(manifest["suite_version"]) == 16


def test_bundle_holds_the_runs_the_lock_and_metadata(bundle: Path, study: Path):
    import yaml

    files = read_archive(bundle)
    oracle_runs = [r["run_id"] for r in json.loads((study / "results.json").read_text()) if r["examinee"] == "oracle"]
    assert runs_of(files) == sorted(oracle_runs) and len(oracle_runs) == 2
    for run_id in oracle_runs:
        assert {f"runs/{run_id}/{n}" for n in ("run.json", "eval.json", "trajectory.json")} <= set(files)
    assert json.loads(files["study.json"])["lock"]["task_images"]["example"].startswith("sha256:")
    meta = yaml.safe_load(files["metadata.yaml"])
    assert meta["agent_name"] == "oracle" and meta["organisation"] == "Tallgrass QA" and meta["k"] == 2
    assert meta["env_llm"] == "offline" and meta["link"] == "https://example.org/agent"


def test_clean_bundle_validates(bundle: Path, suite: Path, tmp_path: Path):
    assert validate(bundle, suite, "--min-trials", "2") == (0, [])
    zipped = tmp_path / "same.zip"
    write_archive(zipped, read_archive(bundle))
    assert validate(zipped, suite, "--min-trials", "2") == (0, [])


def test_clean_bundle_against_the_local_task_images(bundle: Path):
    result = run_harness("submission", "validate", str(bundle), "--allow-partial", "--min-trials", "2")
    assert result.returncode == 0, result.stdout + result.stderr


def test_missing_task(bundle: Path, suite: Path, tmp_path: Path):
    manifest = json.loads(suite.read_text())
    manifest["tasks"]["lunch-budget"] = {**manifest["tasks"]["example"],
                                         "info": {**manifest["tasks"]["example"]["info"], "name": "lunch-budget"}}
    bigger = tmp_path / "bigger.json"
    bigger.write_text(json.dumps(manifest))
    code, lines = validate(bundle, bigger, "--min-trials", "2")
    assert code == 1 and lines == ["1 of the suite's 2 tasks have no runs: lunch-budget"]
    assert validate(bundle, bigger, "--min-trials", "2", "--allow-partial") == (0, [])


def test_too_few_trials(bundle: Path, suite: Path):
    code, lines = validate(bundle, suite)  # default: 5 trials per task
    assert code == 1
    assert "task example: 2 graded trial(s), at least 5 required" in lines


def test_changed_image_digest(bundle: Path, suite: Path, tmp_path: Path):
    manifest = json.loads(suite.read_text())
    manifest["tasks"]["example"]["image_id"] = "sha256:" + "0" * 64
    other = tmp_path / "other.json"
    other.write_text(json.dumps(manifest))
    code, lines = validate(bundle, other, "--min-trials", "2")
    assert code == 1
    assert sum("differs from the suite's sha256:000" in line for line in lines) == 2  # both runs
    assert any(line.startswith("study.json's lock has image") for line in lines)


def test_mixed_environment_llms(bundle: Path, suite: Path, tmp_path: Path):
    def change(files: Files) -> None:
        edit_json(files, f"runs/{runs_of(files)[0]}/run.json", lambda d: d.update(env_llm_model="openai/judge-x"))

    code, lines = validate(tampered(bundle, tmp_path, change), suite, "--min-trials", "2")
    assert code == 1
    assert any(line.startswith("mixed environment LLMs: offline (1 runs), openai/judge-x (1 runs)") for line in lines)


def test_timeout_and_limit_overrides(bundle: Path, suite: Path, tmp_path: Path):
    def change(files: Files) -> None:
        def limits(study: dict) -> None:
            examinee = study["config"]["examinees"][0]
            assert examinee["label"] == "oracle"
            examinee["limits"] = {"timeout": 7200, "max_steps": 500}
        edit_json(files, "study.json", limits)

    code, lines = validate(tampered(bundle, tmp_path, change), suite, "--min-trials", "2")
    assert code == 1
    assert lines == ["examinee oracle: overrides the task's timeout (7200s)",
                     "examinee oracle: overrides max_steps (500; the default is 60)"]


def test_a_run_recorded_with_an_overridden_timeout(bundle: Path, suite: Path, tmp_path: Path):
    def change(files: Files) -> None:
        edit_json(files, f"runs/{runs_of(files)[0]}/run.json", lambda d: d["limits"].update(agent=7200))

    code, lines = validate(tampered(bundle, tmp_path, change), suite, "--min-trials", "2")
    assert code == 1
    assert any("its agent timeout was 7200s; the task's is 300s (an override)" in line for line in lines)


def test_run_longer_than_the_task_allows(bundle: Path, suite: Path, tmp_path: Path):
    def change(files: Files) -> None:
        edit_json(files, f"runs/{runs_of(files)[0]}/run.json", lambda d: d["phases"].update(agent=4000.0))

    code, lines = validate(tampered(bundle, tmp_path, change), suite, "--min-trials", "2")
    assert code == 1 and len(lines) == 1 and "longer than the task's limit of 300s" in lines[0]


def test_broken_trajectories(bundle: Path, suite: Path, tmp_path: Path):
    def change(files: Files) -> None:
        first, second = runs_of(files)
        edit_json(files, f"runs/{first}/trajectory.json", lambda d: d["steps"][1].update(step_id=7))
        edit_json(files, f"runs/{second}/trajectory.json", lambda d: d.update(session_id="someone-else"))

    code, lines = validate(tampered(bundle, tmp_path, change), suite, "--min-trials", "2")
    assert code == 1 and len(lines) == 2
    assert "trajectory.json is not valid ATIF: (top level): step ids must run 1, 2, 3, ...: found 7" in lines[0]
    assert "trajectory session_id 'someone-else' is not the run id" in lines[1]


def test_step_count_must_match(bundle: Path, suite: Path, tmp_path: Path):
    def change(files: Files) -> None:
        edit_json(files, f"runs/{runs_of(files)[0]}/trajectory.json",
                  lambda d: d["final_metrics"].update(total_steps=9))

    code, lines = validate(tampered(bundle, tmp_path, change), suite, "--min-trials", "2")
    assert code == 1 and any("trajectory claims 9 steps but has 2" in line for line in lines), lines


def test_forged_scores(bundle: Path, suite: Path, tmp_path: Path):
    def zero_checkpoints(files: Files) -> None:  # the grader said 0/2; run.json still claims 1.0
        def zero(d: dict) -> None:
            for c in d["checkpoints"]:
                c["result"] = 0
            d.update(final_score={"total": 2, "result": 0}, score=0.0)
        edit_json(files, f"runs/{runs_of(files)[0]}/eval.json", zero)

    code, lines = validate(tampered(bundle, tmp_path, zero_checkpoints), suite, "--min-trials", "2")
    assert code == 1
    assert any("run.json claims score 1.0 (2/2) but eval.json gives 0.0 (0/2)" in line for line in lines)
    assert any(line.startswith("results.json claims score 1.0") for line in lines)

    def inflated_total(files: Files) -> None:  # a grader output that does not add up
        edit_json(files, f"runs/{runs_of(files)[0]}/eval.json", lambda d: d["checkpoints"][0].update(total=5))

    code, lines = validate(tampered(bundle, tmp_path, inflated_total, "u.tar.gz"), suite, "--min-trials", "2")
    assert code == 1
    assert "has checkpoint totals [5, 1]; the task's rubric has [1, 1]" in lines[0]
    assert "task example: 1 graded trial(s), at least 2 required" in lines  # an unscorable run is no trial


def test_key_material(bundle: Path, suite: Path, tmp_path: Path):
    def change(files: Files) -> None:
        first, second = runs_of(files)
        edit_json(files, f"runs/{first}/trajectory.json",
                  lambda d: d["steps"][0].update(message=d["steps"][0]["message"] + "\nkey: " + DEFAULT_KEY))
        edit_json(files, f"runs/{second}/trajectory.json", lambda d: d["steps"][0].update(
            message="export OPENAI_API_KEY=sk-proj-AbCdEfGhIjKlMnOpQrStUv0123"))
        files["metadata.yaml"] += b"# DECRYPTION_KEY=abc\n"

    code, lines = validate(tampered(bundle, tmp_path, change), suite, "--min-trials", "2")
    assert code == 1
    assert "metadata.yaml: contains a DECRYPTION_KEY= setting" in lines
    assert any(line.endswith("trajectory.json: contains the benchmark's decryption key") for line in lines)
    assert any(line.endswith("trajectory.json: contains an API key (sk-...)") for line in lines)


def test_submit_refuses_key_material_and_ambiguous_examinee(study: Path, tmp_path: Path):
    copy = tmp_path / "study"
    shutil.copytree(study, copy)
    result = run_harness("submit", str(copy), "--out", str(tmp_path / "b.tar.gz"), "--organisation", "x")
    assert result.returncode != 0 and "choose one with --examinee" in result.stderr
    [run_dir] = [p for p in (copy / "runs").iterdir() if "-null-" in p.name][:1]
    trajectory = run_dir / "trajectory.json"
    trajectory.write_text(trajectory.read_text().replace("Complete the task", "sk-abcdefghijklmnopqrstuvwx Complete"))
    result = run_harness("submit", str(copy), "--out", str(tmp_path / "b.tar.gz"), "--examinee", "null",
                         "--organisation", "x")
    assert result.returncode != 0
    assert result.stderr.strip().splitlines()[-1].startswith("error: not packed: runs/")
    assert not (tmp_path / "b.tar.gz").exists()


@pytest.mark.parametrize("content,message", [
    (b"not an archive", "not a readable tar bundle"),
])
def test_unreadable_bundle_is_one_line(tmp_path: Path, suite: Path, content: bytes, message: str):
    path = tmp_path / "bad.tar.gz"
    path.write_bytes(content)
    result = run_harness("submission", "validate", str(path), "--suite", str(suite))
    assert result.returncode != 0 and message in result.stderr and "Traceback" not in result.stderr


def test_screenshots_travel_with_the_bundle(study: Path, suite: Path, tmp_path: Path):
    out = tmp_path / "llm.zip"
    result = run_harness("submit", str(study), "--out", str(out), "--examinee", "llm:openai/scripted",
                         "--organisation", "x")
    assert result.returncode == 0, result.stderr
    files = read_archive(out)
    shots = [n for n in files if "/screenshots/" in n]
    assert len(shots) == 1 and files[shots[0]].startswith(b"\x89PNG")
    assert validate(out, suite, "--min-trials", "1") == (0, [])
    del files[shots[0]]
    write_archive(out, files)
    code, lines = validate(out, suite, "--min-trials", "1")
    assert code == 1 and len(lines) == 1 and lines[0].startswith(f"run {shots[0].split('/')[1]}: step ")
    assert lines[0].endswith("refers to screenshot screenshots/screenshot-001.png not in the bundle")
