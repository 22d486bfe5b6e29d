"""Real Docker: the example task image is built, holds no secrets, grades with the right key only."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from conftest import REPO, run_harness
from imagescan import distinctive_lines, leaked_lines

from harness.docker_env import docker_client
from harness.settings import LABEL_TASK, resolve_key, task_base_image

pytestmark = pytest.mark.docker


def run_in(image: str, command: list[str], env: dict[str, str] | None = None) -> tuple[int, str]:
    client = docker_client()
    container = client.containers.run(image, command, environment=env or {}, detach=True, network_mode="host")
    try:
        code = container.wait(timeout=300)["StatusCode"]
        return code, container.logs().decode()
    finally:
        container.remove(force=True)


def test_image_has_no_plaintext_secrets(example_image: str):
    assert len(distinctive_lines(REPO / "tasks" / "example")) >= 5
    # files unchanged from the base are skipped: a library's own line (pandas' tests hold
    # "frame.to_csv(path, index=False)") is not a leak of the example's solution
    assert leaked_lines(example_image, REPO / "tasks" / "example", base=task_base_image()) == []


def test_leak_scan_finds_a_planted_line(example_image: str, tmp_path: Path):
    """The scan is not vacuous: a solution's line written into a layer on top of the image is found, both
    from the daemon's layer folders and from a whole-filesystem export."""
    import imagescan

    secret = distinctive_lines(REPO / "tasks" / "example")[0]
    (tmp_path / "leak.txt").write_text(f"notes\n{secret}\n")
    (tmp_path / "Dockerfile").write_text(f"FROM {example_image}\nCOPY leak.txt /opt/leak.txt\n")
    client = docker_client()
    image, _ = client.images.build(path=str(tmp_path), tag="workfloor-test/leaky:1", rm=True)
    try:
        assert leaked_lines("workfloor-test/leaky:1", REPO / "tasks" / "example", base=example_image) == [
            ("opt/leak.txt", secret)]
        assert imagescan._added_layer_dirs("workfloor-test/leaky:1", example_image) is not None  # the fast path
        exported = dict(imagescan.exported_files("workfloor-test/leaky:1", imagescan.file_index(example_image)))
        assert secret.encode() in exported["opt/leak.txt"]
    finally:
        client.images.remove(image.id, force=True)


def test_labels_carry_metadata(example_image: str):
    labels = docker_client().images.get(example_image).labels
    info = json.loads(labels[LABEL_TASK])
    assert info["name"] == "example" and info["checkpoints"] == 2 and info["points"] == 2
    assert info["timeouts"]["agent"] == 300 and info["services"] == []


def test_eval_in_image_right_and_wrong_key(example_image: str):
    grade = ["python_default", "/utils/eval.py", "--output_path", "/tmp/eval.json"]
    code, logs = run_in(example_image, ["bash", "-c", " ".join(grade) + " && cat /tmp/eval.json"],
                        env={"DECRYPTION_KEY": resolve_key()})
    assert code == 0, logs
    payload = json.loads(logs[logs.index("{"):])
    assert payload["final_score"] == {"total": 2, "result": 0}  # nothing done yet
    code, logs = run_in(example_image, grade, env={"DECRYPTION_KEY": "not the key"})
    assert code == 2
    assert logs.strip() == "eval.py: error: wrong decryption key (or the encrypted file was modified)"


def test_solution_scores_full_in_image(example_image: str):
    solution = (REPO / "tasks/example/solution/solve.sh").read_text()
    script = solution + "\npython_default /utils/eval.py --output_path /tmp/e.json >/dev/null 2>&1; cat /tmp/e.json"
    code, logs = run_in(example_image, ["bash", "-c", script], env={"DECRYPTION_KEY": resolve_key()})
    assert code == 0, logs
    assert json.loads(logs[logs.index("{"):])["score"] == 1.0


def test_task_layer_is_small_and_rebuild_is_cached(example_image: str):
    client = docker_client()
    added = client.images.get(example_image).attrs["Size"] - client.images.get(task_base_image()).attrs["Size"]
    assert added <= 20 * 1024 * 1024
    started = time.monotonic()
    result = run_harness("build", "task", "example")
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stderr
    assert time.monotonic() - started < 10


def test_different_key_changes_image(example_image: str, tmp_path: Path):
    """A private key gives a different encrypted evaluator (and so an image the public key can't grade)."""
    from harness.build.task_image import task_context
    from harness.task.check import load_task

    task = load_task(REPO / "tasks" / "example")
    assert task_context(task, "private").digest() != task_context(task, resolve_key()).digest()


def test_docker_daemon_not_running_message():
    result = run_harness("build", "task", "example", env={"DOCKER_HOST": "unix:///nonexistent/docker.sock"})
    assert result.returncode == 3
    assert result.stderr.count("\n") == 1
    assert "cannot reach the Docker daemon" in result.stderr and "dockerd" in result.stderr


def test_missing_base_image_names_the_command():
    result = run_harness("build", "task-base", env={"WORKFLOOR_IMAGE_PREFIX": "nosuchprefix"})
    assert result.returncode == 3
    assert result.stderr.strip() == (
        "error: image nosuchprefix/base:bookworm is missing; build it with `harness build base`")


def test_office_python_and_python_default(task_base: str):
    """The examinee's python3 has working office libraries; python_default sees the grading library."""
    script = ("python3 -c 'import pandas, numpy, matplotlib, openpyxl, docx, pypdf, requests, yaml; "
              "pandas.DataFrame({\"a\": [1, 2]}).to_csv(\"/tmp/x.csv\"); print(\"office-ok\")' && "
              "cd / && python_default -c 'import grading.clients.chat, litellm; print(\"default-ok\")'")
    code, logs = run_in(task_base, ["bash", "-c", script])
    assert code == 0, logs
    assert "office-ok" in logs and "default-ok" in logs
