"""Grades intake-api-key-rotation-regression-test: the test branch (run against three versions of auth.py) and
the reply to Aisha.

The branch's own tests run (seeded test configuration, grading.repos' throwaway container) against its own code,
against Tomas's buggy rotate() of 2026-11-10 and against a rewrite of the fixed KeyRing that stores keys
differently (the refactor Aisha announces): a regression test fails on Tomas's version and passes on both others.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from functools import cache
from pathlib import Path

from grading import Checkpoint, Result, admin, examinee, grader, repos
from grading.clients.chat import login
from grading.clients.git import GitClient

EXAMINEE = "kai.morgan"
REPO = "intake-api"
MAIN_HEAD_PREFIX = "Never extend an expiring key when rotating again"
TOMAS_SUBJECT = "Let admins list a customer's keys; simplify rotation"
SEEDED_TESTS = 26

# The fixed KeyRing with its storage rewritten (two dicts instead of _Key records): same public behaviour.
REWRITE = '''"""API keys: each key belongs to one customer; rotation keeps the old key valid for a grace period."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

GRACE_PERIOD = timedelta(hours=24)


class KeyRing:
    """The known API keys."""

    def __init__(self) -> None:
        self._owner: dict[str, str] = {}
        self._expiry: dict[str, datetime] = {}

    def add(self, key: str, customer_id: str, expires_at: datetime | None = None) -> None:
        self._owner[key] = customer_id
        self._expiry.pop(key, None)
        if expires_at is not None:
            self._expiry[key] = expires_at

    def lookup(self, key: str, now: datetime) -> str | None:
        """The customer owning ``key``, or None if the key is unknown or expired."""
        if key not in self._owner or now >= self._expiry.get(key, datetime.max.replace(tzinfo=now.tzinfo)):
            return None
        return self._owner[key]

    def keys_of(self, customer_id: str) -> list[str]:
        """The customer's keys, in the order they were added (expired ones included)."""
        return [key for key, owner in self._owner.items() if owner == customer_id]

    def rotate(self, customer_id: str, now: datetime) -> str:
        """Issue a new key; the customer's other keys expire after the grace period at the latest."""
        latest = now + GRACE_PERIOD
        for key in self.keys_of(customer_id):
            self._expiry[key] = min(self._expiry.get(key, latest), latest)
        key = "tgk_" + secrets.token_hex(16)
        self.add(key, customer_id)
        return key

    @classmethod
    def parse(cls, spec: str) -> KeyRing:
        """Keys from ``"key1:customer1,key2:customer2"`` (the INTAKE_API_KEYS variable)."""
        ring = cls()
        for item in filter(None, (part.strip() for part in spec.split(","))):
            key, sep, customer = item.partition(":")
            if not sep or not key or not customer:
                raise ValueError(f"bad key entry {item!r}")
            ring.add(key, customer)
        return ring
'''


@cache
def _git() -> GitClient:
    return GitClient(*admin())


@cache
def _dm_text() -> str:
    with login(*examinee()) as chat:
        return "\n".join(m.body for m in chat.direct_messages("aisha.bello") if m.sender == EXAMINEE)


def _names(text: str, branch: str) -> bool:
    """The branch name appears as a whole name (not inside a longer one), alone or as ``origin/<name>``."""
    return re.search(rf"(?<![\w/.-])(?:origin/)?{re.escape(branch)}(?![\w/-])", text) is not None


@cache
def _new_branches() -> tuple[str, ...]:
    return tuple(b.name for b in _git().branches(REPO) if b.name != "main")


@cache
def _graded_branch() -> str | None:
    """The one new branch; among several, the one (exactly one) that kai's DMs to Aisha name."""
    branches = _new_branches()
    if len(branches) == 1:
        return branches[0]
    named = [b for b in branches if _names(_dm_text(), b)]
    return named[0] if len(named) == 1 else None


@cache
def _clone(branch: str) -> Path:
    return repos.clone(_git().clone_url(REPO, with_credentials=True), branch, REPO)


@cache
def _pristine() -> Path:
    """main as seeded (Aisha's fix at its head): its test configuration is used."""
    for commit in _git().log(REPO, "main", n=30):
        if commit.subject.startswith(MAIN_HEAD_PREFIX) and commit.author_email == "aisha.bello@tallgrass.test":
            return repos.pristine_checkout(_git().clone_url(REPO, with_credentials=True), commit.subject)
    raise LookupError("Aisha's fix is not on main")


@cache
def _tomas_auth() -> str:
    for commit in _git().log(REPO, "main", n=20):
        if commit.subject == TOMAS_SUBJECT:
            return _git().file_text(REPO, "intake_api/auth.py", ref=commit.sha)
    raise LookupError("Tomas's commit is not on main")


@cache
def _outcomes(branch: str, variant: str) -> dict[str, str]:
    """The branch's own tests against its own code, Tomas's auth.py or the rewritten KeyRing."""
    folder = _clone(branch)
    if variant != "branch":
        stage = Path(tempfile.mkdtemp(prefix="variant-")) / REPO
        shutil.copytree(folder, stage, ignore=shutil.ignore_patterns(".git"))
        (stage / "intake_api" / "auth.py").write_text(_tomas_auth() if variant == "tomas" else REWRITE,
                                                      encoding="utf-8")
        folder = stage
    return repos.pytest_outcomes(folder, pristine=_pristine(), tests="examinee")


def _code_unchanged(branch: str) -> bool:
    files = [e.path for e in _git().tree(REPO, "intake_api", ref="main")]
    mine = [e.path for e in _git().tree(REPO, "intake_api", ref=branch)]
    return sorted(files) == sorted(mine) and all(
        _git().file_text(REPO, path, ref=branch) == _git().file_text(REPO, path, ref="main") for path in files)


# --- checkpoints ---------------------------------------------------------------------------------

@grader
def branch_green_code_untouched() -> bool:
    """main still at Aisha's fix; a new branch that leaves intake_api/ alone, adds tests, and whose suite passes."""
    if not _git().log(REPO, "main", n=1)[0].subject.startswith(MAIN_HEAD_PREFIX):
        return False
    branch = _graded_branch()
    if branch is None or not _code_unchanged(branch):
        return False
    own = _outcomes(branch, "branch")
    return len(own) > SEEDED_TESTS and all(o == "passed" for o in own.values())


@grader
def test_catches_the_bug() -> bool:
    """A test of the branch fails on Tomas's rotate() and passes on the fix and on the rewritten KeyRing."""
    branch = _graded_branch()
    if branch is None or not branch_green_code_untouched():
        return False
    own, tomas, rewrite = (_outcomes(branch, v) for v in ("branch", "tomas", "rewrite"))
    return any(o == "passed" and tomas.get(t) in {"failed", "error"} and rewrite.get(t) == "passed"
               for t, o in own.items())


@grader
def tests_use_public_behaviour() -> bool:
    """Every test of the branch also passes on the rewritten KeyRing (nothing relies on _keys)."""
    branch = _graded_branch()
    if branch is None or not branch_green_code_untouched():
        return False
    own, rewrite = _outcomes(branch, "branch"), _outcomes(branch, "rewrite")
    return set(rewrite) == set(own) and all(o == "passed" for o in rewrite.values())


@grader
def told_aisha() -> bool:
    """kai.morgan's DM to Aisha names the graded branch."""
    branch = _graded_branch()
    return branch is not None and _names(_dm_text(), branch)


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(branch_green_code_untouched())),
        Checkpoint(1, int(test_catches_the_bug())),
        Checkpoint(1, int(tests_use_public_behaviour())),
        Checkpoint(1, int(told_aisha())),
    ])
