"""Grades remove-deprecated-sms-sender from the pushed branch (compared with the seeded commit) and the ticket.

The deprecated sender setting is read in three places of the seeded code: the file key ``sms_sender``
(notify/config.py), the environment variable ``NOTIFY_SMS_SENDER`` (notify/env.py) and the flag ``--sms-sender``
(notify/cli.py); the example config uses it and the README documents it. 3.0 removes it: an old name must be refused
with an error naming the new one (a silently ignored one would send texts under the default sender). **The branch**
(one answer) and the isolated runs of its code are described in checkpoints.md.
"""

from __future__ import annotations

import io
import re
import secrets
import shutil
import subprocess
import tarfile
import tempfile
from functools import cache
from pathlib import Path

from grading import Checkpoint, Result, admin, grader, repos
from grading.answers import same_branch
from grading.clients.git import GitClient
from grading.clients.tracker import Issue, TrackerClient
from grading.phrases import keyword_soup, sentences

EXAMINEE = "kai.morgan"
REPO = "visit-notify"
SEEDED_SUBJECT = "Show the settings table in the README"
SEEDED_DATE = "2026-11-17T14:45:00-06:00"
ISSUE_SUBJECT = "visit-notify 3.0: remove the deprecated sms_sender setting"
PACKAGE = "notify"
TESTS = "tests"
EXAMPLES = "examples"
README = "README.md"

# Run with the branch's package and its examples/ folder; every DeprecationWarning is an error.
HIDDEN_CHECKS = r"""
import tempfile, warnings
from pathlib import Path
warnings.simplefilter("error")
from notify.config import ConfigError, Settings, load_settings
from notify.cli import resolve

folder = Path(tempfile.mkdtemp())
def from_file(text):
    path = folder / "notify.toml"
    path.write_text(text)
    try:
        s = load_settings(path)
        return ["ok", s.sender_id, s.quiet_hours, s.retries]
    except ConfigError as exc:
        return ["ConfigError", str(exc)]
    except BaseException as exc:
        return ["EXC", type(exc).__name__]

def from_cli(argv, env):
    try:
        s = resolve(argv, env)
        return ["ok", s.sender_id, s.quiet_hours, s.retries]
    except ConfigError as exc:
        return ["ConfigError", str(exc)]
    except SystemExit as exc:
        return ["SystemExit", exc.code]
    except BaseException as exc:
        return ["EXC", type(exc).__name__]

def example():
    try:
        s = load_settings(Path("examples/notify.toml"))
        return ["ok", s.sender_id, s.quiet_hours, s.retries]
    except BaseException as exc:
        return ["EXC", type(exc).__name__]

report({
    "file_old": from_file('sms_sender = "OLDNAME"\n'),
    "file_both": from_file('sender_id = "NEWNAME"\nsms_sender = "OLDNAME"\n'),
    "file_new": from_file('sender_id = "PRAIRIE"\nquiet_hours = "22:00-07:30"\nretries = 5\n'),
    "file_unknown": from_file('colour = "green"\n'),
    "example": example(),
    "env_old": from_cli([], {"NOTIFY_SMS_SENDER": "OLDENV"}),
    "env_both": from_cli([], {"NOTIFY_SENDER_ID": "NEWENV", "NOTIFY_SMS_SENDER": "OLDENV"}),
    "env_new": from_cli([], {"NOTIFY_SENDER_ID": "NEWENV", "NOTIFY_RETRIES": "4"}),
    "flag_old": from_cli(["--sms-sender", "OLDFLAG"], {}),
    "flag_new": from_cli(["--sender-id", "FLAG"], {"NOTIFY_SENDER_ID": "NEWENV"}),
})
"""


def _refused(found: object, new_name: str) -> bool:
    """A ConfigError whose message names the new setting."""
    return (isinstance(found, list) and len(found) == 2 and found[0] == "ConfigError"
            and re.search(rf"(?<![\w-]){re.escape(new_name)}(?![\w-])", str(found[1])) is not None)


def file_ok(hidden: dict[str, object]) -> bool:
    return (_refused(hidden.get("file_old"), "sender_id") and _refused(hidden.get("file_both"), "sender_id")
            and hidden.get("file_new") == ["ok", "PRAIRIE", "22:00-07:30", 5]
            and isinstance(hidden.get("file_unknown"), list) and hidden["file_unknown"][0] == "ConfigError"
            and hidden.get("example") == ["ok", "TALLGRASS", "21:00-08:00", 3])


def env_and_flag_ok(hidden: dict[str, object]) -> bool:
    flag_old = hidden.get("flag_old")
    return (_refused(hidden.get("env_old"), "NOTIFY_SENDER_ID") and _refused(hidden.get("env_both"),
                                                                             "NOTIFY_SENDER_ID")
            and hidden.get("env_new") == ["ok", "NEWENV", "21:00-08:00", 4]
            and (flag_old == ["SystemExit", 2] or _refused(flag_old, "--sender-id"))
            and hidden.get("flag_new") == ["ok", "FLAG", "21:00-08:00", 3])


CANARY_NAME = f"test_{secrets.token_hex(6)}"
CANARY = f"""from notify.config import Settings


def {CANARY_NAME}() -> None:
    assert Settings().retries == 7
"""

# Appended to every module of the seeded package for the run of the examinee's tests on the seeded code: a name or
# a submodule the seeded code lacks imports as a stub that fails when used (a test that only imports a new name is
# not a test of the removal).
MISSING_NAME = '''

def __getattr__(name):  # grader stub: a name the seeded code lacks fails when used
    import importlib as _importlib
    import os as _os

    if name.startswith("__"):
        raise AttributeError(name)
    _folder = _os.path.dirname(__file__)
    if __file__.endswith("__init__.py") and (_os.path.isfile(_os.path.join(_folder, name + ".py"))
                                            or _os.path.isfile(_os.path.join(_folder, name, "__init__.py"))):
        return _importlib.import_module(__name__ + "." + name)  # a real submodule not imported yet

    def _missing(*args, **kwargs):
        raise AssertionError(name + " is not in the seeded code")

    return _missing
'''
MISSING_MODULE = '''

import importlib.abc as _grader_abc
import importlib.util as _grader_util
import sys as _grader_sys


class _GraderStubs(_grader_abc.MetaPathFinder, _grader_abc.Loader):  # grader stub: a submodule the seeded code lacks
    def find_spec(self, fullname, path=None, target=None):
        return _grader_util.spec_from_loader(fullname, self) if fullname.startswith(__name__ + ".") else None

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.__path__ = []
        module.__getattr__ = __getattr__


_grader_sys.meta_path.append(_GraderStubs())
'''

# --- git: a full local clone, the seeded commit found by subject and date ------------------------------------------


@cache
def _repo() -> Path:
    url = GitClient(*admin()).clone_url(REPO, with_credentials=True)
    dest = Path(tempfile.mkdtemp(prefix="clone-")) / REPO
    subprocess.run(["git", "clone", "-q", "--no-checkout", url, str(dest)], check=True, env=repos.git_env(),
                   capture_output=True, timeout=120)
    return dest


def _git(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=_repo(), env=repos.git_env(), check=check, capture_output=True,
                          text=True, timeout=120)


@cache
def _seeded() -> str:
    for line in _git("log", "--all", "--format=%H%x09%aI%x09%s").stdout.splitlines():
        sha, when, subject = line.split("\t", 2)
        if subject == SEEDED_SUBJECT and when == SEEDED_DATE:
            return sha
    raise LookupError(f"the seeded commit {SEEDED_SUBJECT!r} is gone")


def _ref(branch: str) -> str:
    return f"refs/remotes/origin/{branch}"


def _export(ref: str, dest: Path, *paths: str) -> None:
    """The files of ``ref`` (under ``paths``) written into ``dest``: regular files only, no links."""
    data = subprocess.run(["git", "archive", "--format=tar", ref, "--", *paths], cwd=_repo(), env=repos.git_env(),
                          check=True, capture_output=True, timeout=120).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            if not member.isfile() or member.name.startswith("/") or ".." in Path(member.name).parts:
                continue
            source = tar.extractfile(member)
            if source is not None:
                (dest / member.name).parent.mkdir(parents=True, exist_ok=True)
                (dest / member.name).write_bytes(source.read())


# --- the ticket and which branch is the answer --------------------------------------------------------------------


@cache
def _issue() -> Issue:
    issue = TrackerClient(*admin()).find_issue("fieldday", ISSUE_SUBJECT)
    if issue is None:
        raise LookupError(f"issue {ISSUE_SUBJECT!r} not found")
    return issue


def _names_branch(text: str, branch: str) -> bool:
    return any(same_branch(token.rstrip(".,;:!?)"), branch) for token in re.findall(r"[\w./#+-]+", text))


def _notes() -> list[str]:
    return [c.text for c in _issue().comments if c.author == EXAMINEE and c.text.strip()]


@cache
def _branch() -> str | None:
    """The one new branch changing the package, tests, examples or README; among several, the one the notes name."""
    refs = _git("for-each-ref", "--format=%(refname)", "refs/remotes/origin/").stdout.split()
    names = [r.removeprefix("refs/remotes/origin/") for r in refs]
    changed = [n for n in names if n not in ("HEAD", "main") and _git(
        "diff", "--quiet", _seeded(), _ref(n), "--", PACKAGE, TESTS, EXAMPLES, README, check=False).returncode == 1]
    if len(changed) == 1:
        return changed[0]
    named = [n for n in changed if any(_names_branch(t, n) for t in _notes())]
    return named[0] if len(named) == 1 else None


# --- running the branch's code ------------------------------------------------------------------------------------


def _tree(package_from: str, tests_from: str) -> Path:
    """The seeded repository with ``notify/`` and ``examples/`` from ``package_from`` and ``tests/`` (plus the
    canary) from ``tests_from``."""
    dest = Path(tempfile.mkdtemp(prefix="tree-")) / REPO
    _export(_seeded(), dest)
    for folder in (PACKAGE, EXAMPLES):
        shutil.rmtree(dest / folder, ignore_errors=True)
    _export(package_from, dest, PACKAGE, EXAMPLES)
    if package_from == _seeded() and tests_from != _seeded():
        for module in (dest / PACKAGE).rglob("*.py"):
            module.write_text(module.read_text(encoding="utf-8") + MISSING_NAME, encoding="utf-8")
        init = dest / PACKAGE / "__init__.py"
        init.write_text(init.read_text(encoding="utf-8") + MISSING_MODULE, encoding="utf-8")
    shutil.rmtree(dest / TESTS, ignore_errors=True)
    _export(tests_from, dest, TESTS)
    (dest / TESTS / f"{CANARY_NAME}.py").write_text(CANARY, encoding="utf-8")
    return dest


@cache
def _pristine() -> Path:
    dest = Path(tempfile.mkdtemp(prefix="pristine-")) / REPO
    _export(_seeded(), dest)
    return dest


@cache
def _outcomes(package_from: str, tests_from: str) -> dict[str, str] | None:
    """Outcomes without the canary, or None when the canary did not fail (the verdicts cannot be trusted)."""
    results = repos.pytest_outcomes(_tree(package_from, tests_from), pristine=_pristine(), tests="examinee")
    if [o for t, o in results.items() if t.endswith(f"::{CANARY_NAME}")] != ["failed"]:
        return None
    return {t: o for t, o in results.items() if not t.endswith(f"::{CANARY_NAME}")}


@cache
def _hidden(branch: str) -> dict[str, object]:
    result = repos.run_python(_tree(_ref(branch), _seeded()), HIDDEN_CHECKS, timeout=60)
    return result if isinstance(result, dict) else {}


def _removed(branch: str) -> bool:
    hidden = _hidden(branch)
    return file_ok(hidden) and env_and_flag_ok(hidden)


OLD_NAME = re.compile(r"sms[_-]sender", re.IGNORECASE)
GONE = re.compile(r"\b(?:removed|renamed|replaced|no longer|dropped|instead)\b", re.IGNORECASE)
STILL = re.compile(r"still work|will be removed|until 3\.0|deprecated since", re.IGNORECASE)


def readme_clean(text: str) -> bool:
    """No README paragraph offers an old name as a setting: a paragraph naming one must say it was removed or
    renamed (not that it still works or will be removed)."""
    return all(GONE.search(part) and not STILL.search(part) for part in re.split(r"\n\s*\n", text)
               if OLD_NAME.search(part))


# --- the migration note -----------------------------------------------------------------------------------------------

RENAMES = (("sms_sender", "sender_id"), ("NOTIFY_SMS_SENDER", "NOTIFY_SENDER_ID"), ("--sms-sender", "--sender-id"))
CONNECTOR = re.compile(r"→|->|=>|\brenam|\breplac|\binstead\b|\bchang|\bbecomes?\b|\bnow\b|\buse\b|\bswitch|\bmove",
                       re.IGNORECASE)


def _token(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.IGNORECASE)


def migration_note(text: str) -> bool:
    """For each of the three old names, one sentence (not a keyword list) pairs it with its new name and says how
    (rename, replace, instead, use, an arrow)."""
    found = [s for s in sentences(text) if not keyword_soup(s)]
    return all(any(_token(old).search(s) and _token(new).search(s) and CONNECTOR.search(s) for s in found)
               for old, new in RENAMES)


# --- checkpoints ----------------------------------------------------------------------------------------------------


@grader
def file_key_removed() -> bool:
    """sms_sender in the file is refused naming sender_id; sender_id and the rest work; the example loads cleanly."""
    branch = _branch()
    return branch is not None and file_ok(_hidden(branch))


@grader
def env_and_flag_removed() -> bool:
    """NOTIFY_SMS_SENDER is refused naming NOTIFY_SENDER_ID; --sms-sender is unknown; the new names work."""
    branch = _branch()
    return branch is not None and env_and_flag_ok(_hidden(branch))


@grader
def tests_and_readme() -> bool:
    """The branch's tests pass on its code (canary fails), one fails on the seeded code; the README is clean."""
    branch = _branch()
    if branch is None:
        return False
    theirs = _outcomes(_ref(branch), _ref(branch))
    if not theirs or any(o != "passed" for o in theirs.values()):
        return False
    on_seeded = _outcomes(_seeded(), _ref(branch)) or {}
    readme = _git("show", f"{_ref(branch)}:{README}", check=False).stdout
    return bool(readme) and readme_clean(readme) and any(on_seeded.get(t) in ("failed", "error") for t in theirs)


@grader
def ticket_migration_note() -> bool:
    """Notes of kai's name the branch (whose removal is complete) and the three renames (in one note); main
    untouched."""
    if _git("rev-parse", _ref("main")).stdout.strip() != _seeded():
        return False
    branch = _branch()
    notes = _notes()
    return (branch is not None and _removed(branch) and any(_names_branch(t, branch) for t in notes)
            and any(migration_note(t) for t in notes))


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(file_key_removed())),
        Checkpoint(1, int(env_and_flag_removed())),
        Checkpoint(1, int(tests_and_readme())),
        Checkpoint(1, int(ticket_migration_note())),
    ])
