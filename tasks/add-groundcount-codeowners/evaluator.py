"""Grades the groundcount-etl CODEOWNERS: asking Elena about tests/data, the branch, the owners its rules give
(GitHub's semantics, the last matching line wins), and the review request.

Answer key (ownership page; Elena: tests/data/ is Maya's alone): default Elena; metrics.py Elena; clean.py and
records.py Maya; cli.py Raj; pyproject.toml Maya; tests/ Raj and Maya; tests/data/ Maya. The file is judged by
the owners it gives to probe paths, so any pattern style that gives the same owners is right.
"""

import re
from functools import cache

from grading import Checkpoint, Result, admin, grader
from grading.answers import has_word, is_about
from grading.clients.chat import login
from grading.clients.git import GitClient

EXAMINEE, ELENA = "kai.morgan", "elena.popescu"
REPO, BRANCH = "groundcount-etl", "add-codeowners"
SEEDED_SUBJECT = "Keep only the latest version of each job"
LOCATIONS = ("CODEOWNERS", ".github/CODEOWNERS", "docs/CODEOWNERS")
E, R, M = "elena.popescu", "raj.iyer", "maya.johnson"
EXISTING = {  # the repository's files
    "README.md": {E}, ".gitignore": {E}, "groundcount/__init__.py": {E}, "groundcount/metrics.py": {E},
    "groundcount/clean.py": {M}, "groundcount/records.py": {M}, "groundcount/cli.py": {R}, "pyproject.toml": {M},
}
TESTS = {"tests/test_metrics.py": {R, M}, "tests/test_clean.py": {R, M}, "tests/helpers.py": {R, M},
         "tests/data/raw_sample.csv": {M}}
NEW_FILES = {  # files the team may add later: the rules must cover them too
    "groundcount/states.py": {E}, "docs/usage.md": {E}, "tests/test_states.py": {R, M},
    "tests/data/november_sample.csv": {M}, "tests/data/edge/empty.csv": {M},
}
TEST_DATA_TOPIC = ("tests/data", "test data", "sample data", "sample exports", "open line", "undecided")


def _translate(pattern: str) -> str:
    out, i = "", 0
    while i < len(pattern):
        if pattern.startswith("**", i):
            out, i = out + ".*", i + 2
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        elif pattern[i] == "?":
            out, i = out + "[^/]", i + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    return out


def matches(pattern: str, path: str) -> bool:
    """GitHub CODEOWNERS (gitignore-style) matching: a leading or inner "/" anchors at the root, a trailing "/"
    matches a directory and everything in it, a match on a directory covers its contents."""
    directory = pattern.endswith("/")
    core = pattern.strip("/")
    anchored = pattern.startswith("/") or "/" in core
    regex = re.compile(("" if anchored else "(?:.*/)?") + _translate(core))
    parts = path.split("/")
    prefixes = ["/".join(parts[:n]) for n in range(1, len(parts) + 1)]
    candidates = prefixes[:-1] if directory else prefixes
    return any(regex.fullmatch(p) for p in candidates)


def _owner(token: str) -> str:
    return token.lstrip("@").split("@")[0].lower()


def owners_of(codeowners: str, path: str) -> set[str] | None:
    """The owners the last matching line gives ``path``; None when no line matches."""
    found: set[str] | None = None
    for line in codeowners.splitlines():
        fields = line.split("#", 1)[0].split()
        if fields and matches(fields[0], path):
            found = {_owner(t) for t in fields[1:]}
    return found


@cache
def _codeowners() -> str | None:
    """The one CODEOWNERS file of the branch (None without the branch, or with none or several files)."""
    git = GitClient(*admin())
    if BRANCH not in {b.name for b in git.branches(REPO)}:
        return None
    found = [git.file_text(REPO, p, ref=BRANCH) for p in LOCATIONS if git.has_file(REPO, p, ref=BRANCH)]
    return found[0] if len(found) == 1 else None


def _right(expected: dict[str, set[str]]) -> bool:
    text = _codeowners()
    return text is not None and all(owners_of(text, path) == owners for path, owners in expected.items())


@grader
def asked_elena() -> bool:
    """A DM to Elena about the open tests/data line (a greeting or a bare review request does not count)."""
    with login(*admin()) as chat:
        return any(m.sender == EXAMINEE and is_about(m.body, *TEST_DATA_TOPIC)
                   for m in chat.direct_messages(ELENA, username=EXAMINEE))


@grader
def branch_ready() -> bool:
    """The branch has exactly one CODEOWNERS file; main is still the seeded head."""
    head = GitClient(*admin()).log(REPO, "main", n=1)[0]
    return _codeowners() is not None and head.message.splitlines()[0] == SEEDED_SUBJECT


@grader
def owners_right(expected: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    return _right({path: set(owners) for path, owners in expected})


@grader
def review_requested() -> bool:
    """A DM from Kai to Elena naming the branch (or asking her to review CODEOWNERS)."""
    with login(*admin()) as chat:
        return any(m.sender == EXAMINEE and (has_word(m.body, BRANCH) or is_about(m.body, "CODEOWNERS"))
                   and is_about(m.body, "review", "ready", "pushed", "branch", "look")
                   for m in chat.direct_messages(ELENA, username=EXAMINEE))


def _frozen(expected: dict[str, set[str]]) -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((path, frozenset(owners)) for path, owners in expected.items())


def grade_checkpoints(trajectory=""):
    ready = branch_ready()
    return Result([
        Checkpoint(1, int(asked_elena())),
        Checkpoint(1, int(ready)),
        Checkpoint(1, int(ready and owners_right(_frozen(EXISTING)))),
        Checkpoint(1, int(ready and owners_right(_frozen(TESTS)))),
        Checkpoint(1, int(ready and owners_right(_frozen(NEW_FILES)))),
        Checkpoint(1, int(ready and review_requested())),
    ])
