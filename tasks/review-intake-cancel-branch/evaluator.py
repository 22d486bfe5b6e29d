"""Grades review-intake-cancel-branch: Kai's verdict to Tomas in chat and the failing test on the review branch.

Planted in Tomas's commit (hooks/populate_data.py): ``IntakeApp._cancel`` looks the request up with
``JobStore.find(job_id)``, whoever submitted it, so any customer's key cancels (and reads) another customer's
request; the spec says 404 and nothing changes. Everything else follows the spec (the 409s are right).

The review branch's ``tests/`` folder alone (under the test configuration of Tomas's commit; no other file of
theirs is used) runs in isolated jobs against Tomas's repository with ``intake_api/app.py`` replaced by variants,
each in two different texts so a test that reads the source cannot tell them apart: Tomas's code and a rewrite of
it, and two corrected versions (the caller's ``store.get``; an ownership check through ``store.list``). A test
catches the defect when it passes on both corrected versions and fails (or errors) on both of Tomas's.
"""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
import tempfile
from functools import cache
from pathlib import Path

from grading import Checkpoint, Result, admin, examinee, grader, llm_judge, repos
from grading.answers import is_about, is_negated, keyword_soup, says, sentence_with, sentences
from grading.clients.chat import login
from grading.clients.git import Commit, GitClient

EXAMINEE = "kai.morgan"
AUTHOR = "tomas.lindqvist"
REPO = "intake-api"
FEATURE = "feature/cancel-requests"
REVIEW = "review/cancel-requests"
SEEDED_BRANCHES = {"main", FEATURE}
TOMAS_SUBJECT = "Let customers cancel received job requests"
TOMAS_EMAIL = "tomas.lindqvist@tallgrass.test"
APP = "intake_api/app.py"

# --- the verdict and the finding, in Kai's direct messages to Tomas -----------------------------------------------

TOPIC = ("review", "branch", "cancel", "cancellation", "endpoint", "approve", "merge", "changes", "bug", "test",
         "tests", "feature/cancel-requests", "customer", "customers")
APPROVE = ("approve", "approved", "approving", "lgtm", "looks good to me", "good to merge", "ready to merge",
           "ship it", "can be merged", "fine to merge", "safe to merge", "go ahead and merge", "good to go")
CHANGES = ("request changes", "requesting changes", "changes requested", "needs changes", "need changes",
           "needs a fix", "needs fixing", "must be fixed", "has to be fixed", "needs to be fixed", "blocking",
           "blocker", "do not merge", "don't merge", "please fix", "not approving", "has to change",
           "must change", "needs to change")
NOT_YET = ("approve", "ready to merge", "good to merge", "merge it", "merge this")
OTHER_CUSTOMER = ("another customer", "other customer", "other customers", "different customer", "any customer",
                  "another api key", "any api key", "another key", "other key", "different key", "someone else",
                  "somebody else", "wrong customer", "not theirs", "isn't theirs", "is not theirs", "not their own",
                  "doesn't own", "does not own", "don't own", "do not own", "didn't submit", "did not submit",
                  "belongs to another", "belonging to another", "cross-customer", "another tenant", "any tenant",
                  "customer b", "customer a's")
CANCEL = ("cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "cancellation")
CHECKS = ("check the customer", "checks the customer", "check which customer", "checks which customer",
          "check the owner", "checks the owner", "check ownership", "checks ownership", "scope by customer",
          "scoped by customer", "scoped to the customer", "filter by customer", "filters by customer",
          "use the customer", "uses the customer", "pass the customer", "passes the customer")
MISSING = ("no ownership check", "no customer check", "ownership check is missing", "customer check is missing",
           "missing ownership check", "missing customer check", "missing the customer check",
           "missing the ownership check", "without checking the customer", "without an ownership check",
           "ignores the customer", "ignores the api key", "ignores which customer", "ignores the caller")
PREDICATE = ("The messages report, as a problem of the branch, that the cancel endpoint lets one customer cancel "
             "(or see) a job request that belongs to another customer: the request is not looked up for (or "
             "checked against) the calling customer.")


def _finding_in(sentence: str) -> bool:
    if keyword_soup(sentence) or not re.search(r"cancel|\bfind\b|find\(", sentence, re.IGNORECASE):
        return False
    if sentence_with(sentence, OTHER_CUSTOMER, CANCEL) is not None:
        return True  # "any customer can cancel another customer's request"
    if any(is_negated(sentence, phrase) for phrase in CHECKS):
        return True  # "_cancel never checks the customer"
    return says(sentence, *MISSING)  # "there is no ownership check in _cancel"


def fallback_finding(text: str) -> bool:
    """One sentence (not keyword soup) reports the cross-customer cancel or the missing customer check."""
    return any(_finding_in(s) for s in sentences(text))


def requests_changes(text: str) -> bool:
    """Asks for changes and approves nowhere ("can't approve yet" is not an approval)."""
    if says(text, *APPROVE):
        return False
    return says(text, *CHANGES) or says(text, *NOT_YET, negated=True)


@cache
def _messages() -> str:
    """Kai's direct messages to Tomas (no Kai-Tomas conversation is seeded: all of them are from the run)."""
    with login(*examinee()) as chat:
        messages = chat.direct_messages(AUTHOR)
    return "\n\n".join(m.body for m in messages if m.sender == EXAMINEE and m.body.strip())


# --- git and the variants -----------------------------------------------------------------------------------------

F1_ROUTE = "self._cancel(customer, int(match.group(1)))"
TOMAS_ROUTE = "self._cancel(int(match.group(1)))"
TOMAS_DEF = "    def _cancel(self, job_id: int) -> tuple[str, Any]:\n"
TOMAS_FIND = "        job = self.store.find(job_id)\n"
TOMAS_RETURN = '        return "200 OK", self.store.find(job_id)\n'
F1_DEF = "    def _cancel(self, customer: str, job_id: int) -> tuple[str, Any]:\n"
F2_DEF = "    def _cancel(self, owner: str, job_id: int) -> tuple[str, Any]:\n"
F2_FIND = ("        job = self.store.find(job_id)\n"
           "        if job is not None and all(j[\"id\"] != job_id for j in self.store.list(owner)):\n"
           "            job = None  # another customer's request: as if it did not exist\n")
VARIANTS = {
    "tomas": [],
    "tomas-rewrite": [(TOMAS_FIND, "        found = self.store.find(job_id)  # by id\n        job = found\n")],
    "fixed-get": [(TOMAS_ROUTE, F1_ROUTE), (TOMAS_DEF, F1_DEF),
                  (TOMAS_FIND, "        job = self.store.get(customer, job_id)\n"),
                  (TOMAS_RETURN, '        return "200 OK", self.store.get(customer, job_id)\n')],
    "fixed-list": [(TOMAS_ROUTE, F1_ROUTE), (TOMAS_DEF, F2_DEF), (TOMAS_FIND, F2_FIND)],
}
CORRECT, BUGGY = ("fixed-get", "fixed-list"), ("tomas", "tomas-rewrite")


def _sh(args: list[str], cwd: Path | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, check=check, env=repos.git_env(), capture_output=True, text=True,
                          timeout=120)


@cache
def _git() -> GitClient:
    return GitClient(*admin())


@cache
def _tomas_commit() -> Commit:
    for commit in _git().log(REPO, FEATURE, n=20):
        if commit.subject == TOMAS_SUBJECT and commit.author_email == TOMAS_EMAIL:
            return commit
    raise LookupError("Tomas's commit is not on the feature branch")


@cache
def _clone() -> Path:
    dest = Path(tempfile.mkdtemp(prefix="clone-")) / REPO
    _sh(["git", "clone", "-q", "--no-checkout", _git().clone_url(REPO, with_credentials=True), str(dest)])
    return dest


def _export(ref: str, dest: Path, *paths: str) -> None:
    """The files of ``ref`` (under ``paths``) written into ``dest``: regular files only, no links."""
    data = subprocess.run(["git", "archive", "--format=tar", ref, "--", *paths], cwd=_clone(), env=repos.git_env(),
                          check=True, capture_output=True, timeout=120).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            if not member.isfile() or member.name.startswith("/") or ".." in Path(member.name).parts:
                continue
            source = tar.extractfile(member)
            if source is not None:
                (dest / member.name).parent.mkdir(parents=True, exist_ok=True)
                (dest / member.name).write_bytes(source.read())


@cache
def _review_branch() -> str | None:
    """review/cancel-requests, else the one new branch built on Tomas's commit."""
    names = [b.name for b in _git().branches(REPO) if b.name not in SEEDED_BRANCHES]
    if REVIEW in names:
        names = [REVIEW]
    tomas = _tomas_commit().sha
    built_on = [n for n in names if _sh(["git", "merge-base", "--is-ancestor", tomas, f"origin/{n}"], cwd=_clone(),
                                        check=False).returncode == 0]
    return built_on[0] if len(built_on) == 1 else None


@cache
def _seeded() -> Path:
    dest = Path(tempfile.mkdtemp(prefix="seeded-")) / REPO
    _export(_tomas_commit().sha, dest)
    return dest


@cache
def _outcomes(variant: str) -> dict[str, str]:
    """Test id -> outcome: the review branch's tests against a variant of Tomas's app.py."""
    branch = _review_branch()
    if branch is None:
        return {}
    app = (_seeded() / APP).read_text(encoding="utf-8")
    for old, new in VARIANTS[variant]:
        if old not in app:
            raise ValueError("Tomas's app.py is not as planted")
        app = app.replace(old, new, 1)
    work = Path(tempfile.mkdtemp(prefix="run-")) / REPO
    _export(_tomas_commit().sha, work)
    _export(f"origin/{branch}", work, "tests")  # only the examinee's tests: no other file of theirs is used
    (work / APP).write_text(app, encoding="utf-8")
    return repos.pytest_outcomes(work, pristine=_seeded(), tests="examinee")


# --- checkpoints --------------------------------------------------------------------------------------------------


@grader
def verdict_sent_branch_untouched() -> bool:
    """Kai sent Tomas a direct message about the review; Tomas's branch still ends with his commit."""
    head = _git().log(REPO, FEATURE, n=1)[0]
    return head.sha == _tomas_commit().sha and is_about(_messages(), *TOPIC)


@grader
def changes_requested() -> bool:
    """The verdict asks for changes and approves nowhere."""
    text = _messages()
    return is_about(text, *TOPIC) and requests_changes(text)


@grader
def reports_cross_customer_cancel() -> bool:
    """The messages report that another customer's request can be cancelled (judged; strict fallback)."""
    text = _messages()
    return bool(text) and llm_judge(text, PREDICATE, fallback=fallback_finding)


@grader
def failing_test_on_review_branch() -> bool:
    """A test passes on both corrected versions and fails on Tomas's code and on its rewrite."""
    correct = [_outcomes(v) for v in CORRECT]
    buggy = [_outcomes(v) for v in BUGGY]
    return any(all(o.get(t) == "passed" for o in correct) and all(o.get(t) in {"failed", "error"} for o in buggy)
               for t in correct[0])


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(verdict_sent_branch_untouched())),
        Checkpoint(1, int(changes_requested())),
        Checkpoint(1, int(reports_cross_customer_cancel())),
        Checkpoint(1, int(failing_test_on_review_branch())),
    ])
