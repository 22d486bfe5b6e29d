"""Checking code in the company's git repositories from an evaluator.

``clone`` fetches a ref into a temporary folder (never into /workspace). The examinee's code is only ever
run through ``grading.isolated`` (a throwaway container without secrets or network):
- ``pytest_outcomes(folder, pristine=pristine_checkout(...))`` runs a test suite with ``python3 -I`` (no
  PYTHONPATH, no user site, no ``sitecustomize``), the test configuration (and, by default, the tests)
  taken from the seeded source, the examinee's ``conftest.py`` never loaded, and the outcomes read from a
  JUnit report at a path the examinee's code cannot know in advance, never from its output.
- ``run_python(folder, code)`` runs a grader's own check script against the examinee's code and returns
  the JSON value the script wrote to the path given as ``sys.argv[1]``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from .isolated import decode_json_file, private_path, run_isolated

SYSTEM_PYTHON = "/usr/bin/python3"  # the examinee's interpreter: has pytest, runs the repos' code
TEST_CONFIG = ("conftest.py", "pytest.ini", "tox.ini", "setup.cfg", "pyproject.toml")
NEVER_COPIED = ("sitecustomize.py", "usercustomize.py")
PRELUDE = "import os, sys; sys.path.insert(0, os.getcwd())\n"  # the working folder holds the code under test
PYTEST_RUNNER = PRELUDE + (
    "import pytest; code = int(pytest.main(['-q', '-p', 'no:cacheprovider', '--rootdir', os.getcwd(), "
    "'--junitxml', sys.argv[1], *sys.argv[2:]]))\n"
    "sys.stdout.flush(); os._exit(code)\n"  # no atexit hook of the code under test runs after the report
)


def git_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for the grader's own git commands: no prompts, no proxies, no bytecode files."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in {"http_proxy", "https_proxy", "all_proxy"}}
    env.update({"GIT_TERMINAL_PROMPT": "0", "no_proxy": "*", "PYTHONDONTWRITEBYTECODE": "1"})
    env.update(extra or {})
    return env


def clone(url: str, ref: str, name: str = "repo") -> Path:
    """Clone ``ref`` (a branch, tag) of ``url`` into a new temporary folder; CalledProcessError on failure."""
    dest = Path(tempfile.mkdtemp(prefix="eval-clone-")) / name
    subprocess.run(["git", "clone", "-q", "--branch", ref, url, str(dest)], check=True, env=git_env(),
                   capture_output=True, timeout=120)
    return dest


def pristine_checkout(url: str, subject: str, branch: str = "main", name: str = "pristine") -> Path:
    """A clone of ``branch`` checked out at the seeded commit whose subject is ``subject`` (the state the
    task began from, whatever the examinee later pushed); LookupError when no such commit exists."""
    dest = clone(url, branch, name)
    log = subprocess.run(["git", "log", "--format=%H %s", "-n", "500"], cwd=dest, env=git_env(), check=True,
                         capture_output=True, text=True, timeout=60).stdout
    for line in log.splitlines():
        sha, _, line_subject = line.partition(" ")
        if line_subject == subject:
            subprocess.run(["git", "checkout", "-q", sha], cwd=dest, env=git_env(), check=True,
                           capture_output=True, timeout=60)
            return dest
    raise LookupError(f"no commit {subject!r} on {branch}")


def staged_source(folder: Path, pristine: Path | None = None, tests: Literal["pristine", "examinee"] = "pristine",
                  test_paths: Sequence[str] = ("tests",)) -> Path:
    """A clean copy of the examinee's ``folder`` to run: no .git, no interpreter hooks (sitecustomize,
    .pth). With ``pristine`` (the seeded source), every test configuration file (conftest.py, pytest.ini,
    tox.ini, setup.cfg, pyproject.toml) comes from there, and with ``tests="pristine"`` the test folders too;
    the examinee's versions are dropped."""
    stage = Path(tempfile.mkdtemp(prefix="stage-")) / "src"

    def ignore(directory: str, names: list[str]) -> set[str]:
        dropped = {n for n in names if n == ".git" or n in NEVER_COPIED or n.endswith(".pth")}
        if pristine is not None:
            dropped |= {n for n in names if n in TEST_CONFIG}
            if tests == "pristine":
                relative = Path(directory).relative_to(folder)
                dropped |= {n for n in names if (relative / n).as_posix() in test_paths}
        return dropped

    shutil.copytree(folder, stage, ignore=ignore, symlinks=False, ignore_dangling_symlinks=True)
    if pristine is not None:
        for found in sorted(pristine.rglob("*")):
            rel = found.relative_to(pristine)
            if found.is_file() and ".git" not in rel.parts and found.name in TEST_CONFIG:
                (stage / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(found, stage / rel)
        if tests == "pristine":
            for test_path in test_paths:
                source = pristine / test_path
                if source.is_dir():
                    shutil.copytree(source, stage / test_path, dirs_exist_ok=True)
                elif source.is_file():
                    (stage / test_path).parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(source, stage / test_path)
    return stage


def pytest_outcomes(directory: Path, *args: str, timeout: float = 300, pristine: Path | None = None,
                    tests: Literal["pristine", "examinee"] = "pristine",
                    test_paths: Sequence[str] = ("tests",)) -> dict[str, str]:
    """Test id (``classname::name``) -> passed / failed / error / skipped, from an isolated pytest run.

    Give ``pristine`` (see ``pristine_checkout``): its test configuration is used, and its tests unless
    ``tests="examinee"`` (a task that asks the examinee to write tests). Without it the examinee's tests run
    but never its conftest.py (``--noconftest``). An empty dict when no report came back.
    """
    stage = staged_source(directory, pristine, tests, test_paths)
    report = private_path("junit.xml")
    extra = [] if pristine is not None else ["--noconftest"]
    result = run_isolated(stage, [SYSTEM_PYTHON, "-I", "-c", PYTEST_RUNNER, report, *extra, *args],
                          timeout=timeout, collect=[report])
    shutil.rmtree(stage.parent, ignore_errors=True)
    data = result.file(report)
    if not data:
        return {}
    outcomes: dict[str, str] = {}
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return {}
    for case in root.iter("testcase"):
        outcome = "passed"
        for child in case:
            if child.tag in {"failure", "error", "skipped"}:
                outcome = {"failure": "failed", "error": "error", "skipped": "skipped"}[child.tag]
        outcomes[f"{case.get('classname')}::{case.get('name')}"] = outcome
    return outcomes


REPORT = (
    "def report(value):\n"
    "    import json as _json\n"
    "    os.makedirs(os.path.dirname(sys.argv[1]), exist_ok=True)\n"
    "    with open(sys.argv[1], 'w', encoding='utf-8') as fh:\n"
    "        _json.dump(value, fh)\n"
    "    os._exit(0)\n"  # the report is final: no atexit hook of the code under test runs after it
)


def run_python(directory: Path, code: str, *, timeout: float = 120) -> object:
    """Run the grader's ``code`` with the examinee's ``directory`` importable (its working folder) and
    return the value the code passed to ``report(value)`` (JSON-encoded; None if it reported nothing).
    ``report`` ends the process at once, so call it last."""
    stage = staged_source(directory)
    result_path = private_path("result.json")
    result = run_isolated(stage, [SYSTEM_PYTHON, "-I", "-c", PRELUDE + REPORT + code, result_path], timeout=timeout,
                          collect=[result_path])
    shutil.rmtree(stage.parent, ignore_errors=True)
    return decode_json_file(result, result_path)
