"""Logins given to graders and setup hooks at run time, never stored in a task image.

Contract: the harness sets these environment variables on exactly two execs in the task container,
``/utils/init.sh`` (hence the hooks it runs) and ``/utils/eval.py`` (hence the evaluator), the same way
it passes the decryption key; the examinee's processes never see them::

    WORKFLOOR_ADMIN_USERNAME / WORKFLOOR_ADMIN_PASSWORD        the services' administrator
    WORKFLOOR_EXAMINEE_USERNAME / WORKFLOOR_EXAMINEE_PASSWORD  the examinee's own account

Call :func:`admin` / :func:`examinee` inside a ``@grader`` function (not at import time): a missing
variable raises :class:`CredentialsMissing` naming it, which ``@grader`` turns into a failed checkpoint::

    from grading import admin
    tracker = TrackerClient(*admin())
"""

from __future__ import annotations

import os
from typing import NamedTuple

ADMIN_USERNAME = "WORKFLOOR_ADMIN_USERNAME"
ADMIN_PASSWORD = "WORKFLOOR_ADMIN_PASSWORD"
EXAMINEE_USERNAME = "WORKFLOOR_EXAMINEE_USERNAME"
EXAMINEE_PASSWORD = "WORKFLOOR_EXAMINEE_PASSWORD"


class CredentialsMissing(RuntimeError):
    """A login variable is not set: this process was not started by the harness's init or eval step."""


class Login(NamedTuple):
    """A username and password; unpacks as ``Client(*login)`` and works as ``requests``' ``auth=``."""

    username: str
    password: str


def _login(user_var: str, password_var: str) -> Login:
    values = []
    for name in (user_var, password_var):
        value = os.environ.get(name, "")
        if not value:
            raise CredentialsMissing(f"{name} is not set (the harness sets it for init.sh and eval.py only)")
        values.append(value)
    return Login(values[0], values[1])


def admin() -> Login:
    """The services' administrator (sees everything, may act as anyone); raises CredentialsMissing."""
    return _login(ADMIN_USERNAME, ADMIN_PASSWORD)


def examinee() -> Login:
    """The examinee's own account; raises CredentialsMissing."""
    return _login(EXAMINEE_USERNAME, EXAMINEE_PASSWORD)


def credentials_env(admin_login: Login, examinee_login: Login) -> dict[str, str]:
    """The four variables for an init or eval exec (used by the harness)."""
    return {
        ADMIN_USERNAME: admin_login.username,
        ADMIN_PASSWORD: admin_login.password,
        EXAMINEE_USERNAME: examinee_login.username,
        EXAMINEE_PASSWORD: examinee_login.password,
    }
