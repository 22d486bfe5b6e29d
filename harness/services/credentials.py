"""The logins injected into a task container's init and eval execs (and nowhere else).

Taken from the company data (``servers/company/people.yaml``, the one source of truth): the services'
administrator is the person with ``admin: true``, the examinee the person with ``examinee: true``. The
variable names and their reader inside the container are ``grading.credentials``.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import ValidationError

from grading.company import People
from grading.credentials import Login, credentials_env

from ..errors import InputError
from ..settings import repo_root


def _people(people_file: Path) -> People:
    try:
        return People.model_validate(yaml.safe_load(people_file.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        first = (str(exc).splitlines() or [type(exc).__name__])[0]
        raise InputError(f"{people_file}: invalid company people: {first}") from None


def company_logins(root: Path | None = None) -> tuple[Login, Login] | None:
    """(administrator, examinee) from ``<root>/servers/company/people.yaml``; None without company data."""
    people_file = (root or repo_root()) / "servers" / "company" / "people.yaml"
    if not people_file.is_file():
        return None
    people = _people(people_file)
    admins = [p for p in people.people if p.admin]
    if not admins:
        raise InputError(f"{people_file}: nobody has 'admin: true' (the services' administrator)")
    examinee = people.examinee
    return Login(admins[0].username, admins[0].password), Login(examinee.username, examinee.password)


def grading_credentials_env(root: Path | None = None) -> dict[str, str]:
    """``WORKFLOOR_ADMIN_*`` and ``WORKFLOOR_EXAMINEE_*`` for the init.sh and eval.py execs of a run.

    Empty when there is no company data (tasks without services need none).
    """
    logins = company_logins(root)
    return {} if logins is None else credentials_env(*logins)


def others_passwords(root: Path | None = None) -> dict[str, str]:
    """{username: password} of everyone in the company data but the examinee (empty without it)."""
    people_file = (root or repo_root()) / "servers" / "company" / "people.yaml"
    if not people_file.is_file():
        return {}
    return {p.username: p.password for p in _people(people_file).people if not p.examinee}
