"""Logins by injection: the grading fixture, the harness's environment for init/eval, and the lint rule
that refuses a task file holding a company password other than the examinee's."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import REPO, run_harness

from grading import CredentialsMissing, Login, admin, examinee, grader
from harness.services.credentials import grading_credentials_env

VARIABLES = ("WORKFLOOR_ADMIN_USERNAME", "WORKFLOOR_ADMIN_PASSWORD",
             "WORKFLOOR_EXAMINEE_USERNAME", "WORKFLOOR_EXAMINEE_PASSWORD")


def _people() -> list[dict[str, object]]:
    return list(yaml.safe_load((REPO / "servers/company/people.yaml").read_text(encoding="utf-8"))["people"])


@pytest.fixture
def no_logins(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_fixture_reads_the_injected_logins(no_logins: pytest.MonkeyPatch):
    no_logins.setenv("WORKFLOOR_ADMIN_USERNAME", "ada.admin")
    no_logins.setenv("WORKFLOOR_ADMIN_PASSWORD", "s3cret-Admin")
    no_logins.setenv("WORKFLOOR_EXAMINEE_USERNAME", "eve.examinee")
    no_logins.setenv("WORKFLOOR_EXAMINEE_PASSWORD", "s3cret-Eve")
    assert admin() == Login("ada.admin", "s3cret-Admin")
    assert examinee() == Login("eve.examinee", "s3cret-Eve")
    username, password = admin()  # unpacks like the (username, password) tuples clients take
    assert (username, password) == ("ada.admin", "s3cret-Admin")


@pytest.mark.parametrize("missing", VARIABLES)
def test_a_missing_variable_is_a_clear_error(no_logins: pytest.MonkeyPatch, missing: str):
    for name in VARIABLES:
        if name != missing:
            no_logins.setenv(name, "x-value")
    read = admin if "ADMIN" in missing else examinee
    with pytest.raises(CredentialsMissing, match=f"^{missing} is not set"):
        read()


def test_grader_turns_a_missing_login_into_a_failed_checkpoint(no_logins: pytest.MonkeyPatch):
    @grader
    def logs_in() -> bool:
        return bool(admin().password)

    assert logs_in() is False
    no_logins.setenv("WORKFLOOR_ADMIN_USERNAME", "ada.admin")
    no_logins.setenv("WORKFLOOR_ADMIN_PASSWORD", "s3cret-Admin")
    assert logs_in() is True


def test_harness_env_comes_from_the_company_data():
    people = _people()
    admin_person = next(p for p in people if p.get("admin"))
    examinee_person = next(p for p in people if p.get("examinee"))
    assert grading_credentials_env(REPO) == {
        "WORKFLOOR_ADMIN_USERNAME": admin_person["username"],
        "WORKFLOOR_ADMIN_PASSWORD": admin_person["password"],
        "WORKFLOOR_EXAMINEE_USERNAME": examinee_person["username"],
        "WORKFLOOR_EXAMINEE_PASSWORD": examinee_person["password"],
    }


def test_the_administrator_is_whoever_the_data_flags(tmp_path: Path):
    people = _people()
    for person in people:
        person["admin"] = person["username"] == "nina.petrova"
    company = tmp_path / "servers" / "company"
    company.mkdir(parents=True)
    (company / "people.yaml").write_text(yaml.safe_dump({"people": people}), encoding="utf-8")
    env = grading_credentials_env(tmp_path)
    assert env["WORKFLOOR_ADMIN_USERNAME"] == "nina.petrova"
    assert env["WORKFLOOR_ADMIN_PASSWORD"] == next(p["password"] for p in people if p["username"] == "nina.petrova")


def test_no_company_data_means_no_logins(tmp_path: Path):
    assert grading_credentials_env(tmp_path) == {}


@pytest.mark.parametrize("where", ["evaluator.py", "workspace/notes.txt"])
def test_task_check_refuses_a_planted_password(example_copy: Path, where: str):
    victim = next(p for p in _people() if not p.get("examinee") and not p.get("admin"))
    target = example_copy / where
    target.parent.mkdir(parents=True, exist_ok=True)
    before = target.read_text(encoding="utf-8") if target.is_file() else ""
    target.write_text(before + f"\n# login: {victim['username']} / {victim['password']}\n", encoding="utf-8")
    result = run_harness("task", "check", str(example_copy), timeout=120)
    assert result.returncode != 0
    problem = next(line for line in (result.stdout + result.stderr).splitlines() if "password of" in line)
    assert str(target) in problem and str(victim["username"]) in problem
    assert str(victim["password"]) not in result.stdout + result.stderr


def test_the_examinees_own_password_is_allowed(example_copy: Path):
    kai = next(p for p in _people() if p.get("examinee"))
    notes = example_copy / "workspace" / "notes.txt"
    notes.parent.mkdir(parents=True, exist_ok=True)
    notes.write_text(f"my login: {kai['username']} / {kai['password']}\n", encoding="utf-8")
    result = run_harness("task", "check", str(example_copy), timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
