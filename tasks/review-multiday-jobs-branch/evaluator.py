"""Grades review-multiday-jobs-branch: the review comment on the ticket and the failing tests pushed for Tomas.

Planted in Tomas's commit (hooks/populate_data.py): (A) book_multi_day() books consecutive calendar days,
so a job runs into the technician's days off (and reuses the first day's shift); (B) schedule_multi_day()
sorts by number of days before priority; (C) the slot-finder regression test is skipped instead of fixed.

The examinee's tests (their branch's ``tests/`` only, under the test configuration of Tomas's commit) run in
isolated jobs against Tomas's repository with ``dispatch_core/`` replaced by variants, each written twice in
different text (so a test that reads the source, hashes the file or otherwise recognises a variant's text
cannot tell right from wrong): Tomas's code and an equivalent rewrite of it, two corrected versions, and the
two corrected versions with bug A or B put back. A test "catches" a bug when it passes on both corrected
versions and fails on both versions with the bug.

The review comment is judged (llm_judge); the offline fallbacks need a claim in one sentence that is not
keyword soup and not negated (grading.answers): a neutral description of the code earns nothing.
"""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path

from grading import Checkpoint, Result, admin, grader, llm_judge, repos
from grading.answers import has_word, is_negated, keyword_soup, says, sentences
from grading.clients.git import Commit, GitClient
from grading.clients.tracker import TrackerClient

EXAMINEE = "kai.morgan"
REPO = "dispatch-core"
FEATURE = "feature/multi-day-jobs"
REVIEW = "review/multi-day-jobs"
SEEDED_BRANCHES = {"main", FEATURE}
TOMAS_SUBJECT = "Book multi-day jobs in the batch scheduler"
TOMAS_EMAIL = "tomas.lindqvist@tallgrass.test"
ISSUE_SUBJECT = "Support multi-day jobs in slot finder"
MULTIDAY = "dispatch_core/multiday.py"
SLOTS = "dispatch_core/slots.py"

# --- the variants of Tomas's code ---------------------------------------------------------------------------

BOOK_TOMAS = """    shift = technician.shift_on(start)
    if shift is None:
        raise ValueError(f"{technician.id} does not work on {start}")
    return [
        Appointment(job.id, technician.id, start + timedelta(days=n), shift, job.zone)
        for n in range(job.days)
    ]
"""
BOOK_BUGGY_REWRITE = """    first_shift = technician.shift_on(start)
    if first_shift is None:
        raise ValueError(f"{technician.id} is off on {start}")
    appointments = []
    day = start
    while len(appointments) < job.days:
        appointments.append(Appointment(job.id, technician.id, day, first_shift, job.zone))
        day = date.fromordinal(day.toordinal() + 1)
    return appointments
"""
BOOK_FIXED = """    if technician.shift_on(start) is None:
        raise ValueError(f"{technician.id} does not work on {start}")
    days = working_days(technician, start, job.days)
    if len(days) < job.days:
        raise ValueError(f"{technician.id} has fewer than {job.days} working days from {start}")
    return [Appointment(job.id, technician.id, day, technician.shift_on(day), job.zone) for day in days]
"""
BOOK_FIXED_REWRITE = """    if technician.shift_on(start) is None:
        raise ValueError(f"{technician.id} is off on {start}")
    appointments = []
    day = start
    for _ in range(366):
        shift = technician.shift_on(day)
        if shift is not None:
            appointments.append(Appointment(job.id, technician.id, day, shift, job.zone))
            if len(appointments) == job.days:
                return appointments
        day = date.fromordinal(day.toordinal() + 1)
    raise ValueError(f"{technician.id} has too few working days from {start}")
"""
ORDER_TOMAS = "    for job in sorted(jobs, key=lambda j: (-j.days, j.priority, j.id)):\n"
ORDER_BUGGY_REWRITE = (
    "    for job in sorted(sorted(jobs, key=lambda job: (job.priority, job.id)), key=lambda job: -job.days):\n")
ORDER_FIXED = "    for job in sorted(jobs, key=lambda j: (j.priority, -j.days, j.id)):\n"
ORDER_FIXED_REWRITE = (
    "    for job in sorted(sorted(jobs, key=lambda job: (-job.days, job.id)), key=lambda job: job.priority):\n")
LOOP_TOMAS = "            while start < latest_start:\n"
LOOP_BUGGY_REWRITE = "            while latest_start > start:\n"
LOOP_FIXED = "            while start <= latest_start:\n"
LOOP_FIXED_REWRITE = "            while latest_start >= start:\n"

# variant -> (book_multi_day body, schedule_multi_day loop, slot-finder loop); None = Tomas's files as pushed
VARIANTS: dict[str, tuple[str, str, str] | None] = {
    "tomas": None,
    "tomas_rewrite": (BOOK_BUGGY_REWRITE, ORDER_BUGGY_REWRITE, LOOP_BUGGY_REWRITE),
    "fixed": (BOOK_FIXED, ORDER_FIXED, LOOP_FIXED),
    "fixed_rewrite": (BOOK_FIXED_REWRITE, ORDER_FIXED_REWRITE, LOOP_FIXED_REWRITE),
    "bug_a": (BOOK_TOMAS, ORDER_FIXED, LOOP_FIXED),
    "bug_a_rewrite": (BOOK_BUGGY_REWRITE, ORDER_FIXED_REWRITE, LOOP_FIXED_REWRITE),
    "bug_b": (BOOK_FIXED, ORDER_TOMAS, LOOP_FIXED),
    "bug_b_rewrite": (BOOK_FIXED_REWRITE, ORDER_BUGGY_REWRITE, LOOP_FIXED_REWRITE),
}
CORRECT = ("fixed", "fixed_rewrite")
WITH_BUG = {"tomas": ("tomas", "tomas_rewrite"), "a": ("bug_a", "bug_a_rewrite"), "b": ("bug_b", "bug_b_rewrite")}

# --- the review comment ---------------------------------------------------------------------------------------

PREDICATE_A = (
    "The review reports that the multi-day booking (book_multi_day / schedule_multi_day) books consecutive "
    "calendar days, so a multi-day job can be booked on the technician's days off (for example a weekend) "
    "instead of skipping to the next working day."
)
PREDICATE_B = (
    "The review reports that schedule_multi_day orders jobs by their number of days before their priority, "
    "so a longer but less urgent job can be booked ahead of (and block) a more urgent one."
)
PREDICATE_C = (
    "The review reports that the commit skips or disables the slot-finder regression test "
    "(test_slot_can_end_exactly_at_shift_end) instead of fixing the bug it documents."
)

WHERE_A = ("book_multi_day", "multiday.py", "schedule_multi_day")
BOOKING = r"\b(book\w*|appointments?|schedul\w*|jobs?|runs?|lands?|falls?|spans?|placed|puts?|gets?|assign\w*)\b"
DAYS_OFF = r"\b(weekends?|saturdays?|sundays?|days? off|non-?working days?|rest days?)\b"
NOT_A_CLAIM_BEFORE = re.compile(r"\b(skip\w*|exclud\w*|avoid\w*|except|other than|around|without)\W+(\w+\W+){0,3}$",
                                re.IGNORECASE)
NOT_A_CLAIM_AFTER = re.compile(r"^\W+((are|is|get|gets|being|were)\s+)?(skipped|excluded|avoided|left out|respected|"
                               r"honou?red|not booked)\b", re.IGNORECASE)
CALENDAR = r"\bcalendar\b|\bconsecutive (dates|days)\b|\btimedelta\(days=n\)"
WORKING = r"\b(working|business|work) ?days?\b|\bworking_days\b|\bworkdays?\b"
_CHECK_TARGET = (r"(\w+\W+){0,3}?(days? off|weekends?|working ?days?|working_days|shift_on|"
                 r"(each|every|later|following) day'?s? (own )?shifts?|"
                 r"the technician'?s (schedule|shifts?|working days))")
MISSED_CHECK = re.compile(
    r"\b(does ?n[o']?t|never|not|without|fails? to|forgets? to)\s+(to\s+)?(skip\w*|check\w*|consider\w*|respect\w*|"
    r"us(e|es|ing)|call\w*|look\w*( at)?)\s+" + _CHECK_TARGET + r"|\bignor\w+\s+" + _CHECK_TARGET, re.IGNORECASE)
SHOULD_USE = re.compile(
    r"\b(should|must|needs? to|has to|ought to)\s+(\w+\s+){0,2}?(use|call|skip|respect|follow|go through)\w*\s+"
    r"(\w+\W+){0,3}?(working_days|working days|days off|weekends?|each day'?s? (own )?shift)", re.IGNORECASE)

PRIORITY = r"\b(priorit\w*|urgen\w*)\b"
LONG_FIRST = re.compile(
    r"\b(longer|longest|long|multi-?day|\d+-day|bigger|biggest|largest|more days)\s+([\w-]+\s+){0,2}?"
    r"(jobs?|ones?|work)\b(\W+\w+){0,6}?\W+(first|before|ahead|precedence|priority over|jumps?|wins?|outranks?)\b",
    re.IGNORECASE)
DAYS_BEFORE_PRIORITY = re.compile(
    r"(\bdays\b|\blength\b|\bduration\b|\bsize\b|-j\.days)(\W+\w+){0,4}?\W+(before|ahead of|over|first|then|"
    r"precedes?|outranks?|in front of)\W+(\w+\W+){0,3}?priorit", re.IGNORECASE)
WRONG = ("instead of", "rather than", "contrary to", "contradicts", "contradicting", "against", "wrong", "wrongly",
         "incorrect", "incorrectly", "bug", "should", "regardless of", "docstring", "despite", "even though")
PRIORITY_DEMOTED = re.compile(
    r"\b(ignor\w+|overrid\w+|disregard\w*|overrul\w+)\s+(the\s+|job\s+|their\s+)?priorit|"
    r"priorit\w*\s+(\w+\s+){0,4}?(ignored|secondary|second|a tie-?breaker|tie-?breaker|overridden|demoted)",
    re.IGNORECASE)
URGENT_LOSES = re.compile(
    r"\b(urgent|higher[- ]priority|high[- ]priority|priority[- ]?1|more urgent|most urgent)\b.{0,80}?\b(blocked|"
    r"unscheduled|not scheduled|never scheduled|waits?|waiting|pushed|starved|bumped|behind|displaced|delayed|"
    r"loses?|left out|gets? no)\b", re.IGNORECASE)

TEST_TERMS = ("regression test", "test_slot_can_end_exactly_at_shift_end", "slot test", "slot-finder test",
              "slot finder test", "shift-end test", "Sofia's test", "last-slot test", "test_slots.py", "test_slots")
SKIP_TERMS = ("skip", "skips", "skipped", "skipping", "mark.skip", "disabled", "disables", "disabling",
              "commented out", "xfail", "quiets", "quieted", "quietly", "silenced", "silences", "silencing",
              "turned off", "switched off", "muted", "don't skip", "do not skip", "unskip", "un-skip",
              "remove the skip", "drop the skip", "re-enable", "should not be skipped", "shouldn't be skipped",
              "must not be skipped", "mustn't be skipped", "should not skip", "shouldn't skip")
WRONG_TO_SKIP = ("instead of fixing", "rather than fixing", "instead of a fix", "instead of being fixed",
                 "not flaky", "isn't flaky", "is not flaky", "not actually flaky", "real bug", "genuine bug",
                 "actual bug", "known bug", "hides", "hiding", "masks", "masking", "papers over", "unskip",
                 "un-skip", "remove the skip", "drop the skip", "should not be skipped", "shouldn't be skipped",
                 "must not be skipped", "mustn't be skipped", "should not skip", "shouldn't skip",
                 "documents the bug", "documents a real bug", "documents a bug", "fails deterministically",
                 "fails because of the bug", "fails because the slot")


def _claims(text: str) -> list[str]:
    """The sentences of ``text`` that can carry a claim: not keyword soup."""
    return [s for s in sentences(text) if not keyword_soup(s)]


def _asserted(sentence: str, match: re.Match[str]) -> bool:
    """The matched words are stated, not negated (the negation rule of grading.answers on their last word)."""
    last = re.findall(r"[\w'-]+", match.group(0))
    return bool(last) and not is_negated(sentence, last[-1])


def _claims_days_off(sentence: str) -> bool:
    if not re.search(BOOKING, sentence, re.IGNORECASE):
        return False
    for found in re.finditer(DAYS_OFF, sentence, re.IGNORECASE):
        before, after = sentence[:found.start()], sentence[found.end():]
        if not (NOT_A_CLAIM_BEFORE.search(before) or NOT_A_CLAIM_AFTER.search(after)
                or is_negated(sentence, found.group(0))):
            return True  # "a 3-day job from Thursday is booked Thu, Fri and Saturday"
    calendar, working = re.search(CALENDAR, sentence, re.IGNORECASE), re.search(WORKING, sentence, re.IGNORECASE)
    if calendar and working and not (is_negated(sentence, calendar.group(0))
                                     and is_negated(sentence, working.group(0))):
        return True  # "books calendar days instead of working days", "working days, not calendar days"
    if SHOULD_USE.search(sentence):
        return True  # "book_multi_day should use working_days()"
    return MISSED_CHECK.search(sentence) is not None  # "never checks shift_on for the following days"


def fallback_a(text: str) -> bool:
    return any(has_word(text, w) for w in WHERE_A) and any(_claims_days_off(s) for s in _claims(text))


def _claims_priority(sentence: str) -> bool:
    if not re.search(PRIORITY, sentence, re.IGNORECASE) and not LONG_FIRST.search(sentence):
        return False
    if any(_asserted(sentence, m) for pattern in (LONG_FIRST, PRIORITY_DEMOTED, URGENT_LOSES)
           for m in pattern.finditer(sentence)):
        return True  # "longer jobs go first", "priority is only a tie-breaker", "the urgent job is left unscheduled"
    # "sorted by days before priority" describes the code; it is a finding only with a word saying it is wrong
    return (any(_asserted(sentence, m) for m in DAYS_BEFORE_PRIORITY.finditer(sentence))
            and says(sentence, *WRONG))


def fallback_b(text: str) -> bool:
    return any(_claims_priority(s) for s in _claims(text))


def fallback_c(text: str) -> bool:
    claims = _claims(text)
    skipped = any(any(has_word(s, t) for t in TEST_TERMS) and says(s, *SKIP_TERMS) for s in claims)
    return skipped and any(says(s, *WRONG_TO_SKIP) for s in claims)


# --- services -----------------------------------------------------------------------------------

@cache
def _git() -> GitClient:
    return GitClient(*admin())


@cache
def _tomas_commit() -> Commit:
    """Tomas's planted commit, found in the feature branch's history."""
    for commit in _git().log(REPO, FEATURE, n=30):
        if commit.subject == TOMAS_SUBJECT and commit.author_email == TOMAS_EMAIL:
            return commit
    raise LookupError("Tomas's commit is not on the feature branch")


@cache
def _review_text() -> str:
    tracker = TrackerClient(*admin())
    issue = tracker.find_issue("fieldday", ISSUE_SUBJECT)
    if issue is None:
        raise LookupError(f"issue {ISSUE_SUBJECT!r} not found")
    return "\n\n".join(c.text for c in issue.comments if c.author == EXAMINEE and c.text.strip())


# --- clones and test runs -----------------------------------------------------------------------

def _sh(args: list[str], cwd: Path | None = None) -> str:
    return subprocess.run(args, cwd=cwd, check=True, env=repos.git_env(), capture_output=True, text=True,
                          timeout=120).stdout


@cache
def _clone() -> Path:
    """A full clone (all branches) of the repository."""
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
    """The examinee's test branch: review/multi-day-jobs, else the one new branch built on Tomas's commit."""
    names = [b.name for b in _git().branches(REPO) if b.name not in SEEDED_BRANCHES]
    if REVIEW in names:
        names = [REVIEW]
    tomas = _tomas_commit().sha
    built_on = [n for n in names
                if subprocess.run(["git", "merge-base", "--is-ancestor", tomas, f"origin/{n}"], cwd=_clone(),
                                  env=repos.git_env(), capture_output=True, timeout=60).returncode == 0]
    return built_on[0] if len(built_on) == 1 else None


@cache
def _seeded() -> Path:
    """Tomas's commit as pushed: the repository the tests run in, and their test configuration."""
    dest = Path(tempfile.mkdtemp(prefix="seeded-")) / REPO
    _export(_tomas_commit().sha, dest)
    return dest


def _variant_files(variant: str) -> dict[str, str]:
    seeded = _seeded()
    multiday = (seeded / MULTIDAY).read_text(encoding="utf-8")
    slots = (seeded / SLOTS).read_text(encoding="utf-8")
    if BOOK_TOMAS not in multiday or ORDER_TOMAS not in multiday or LOOP_TOMAS not in slots:
        raise ValueError("Tomas's code is not as planted")
    chosen = VARIANTS[variant]
    if chosen is None:
        return {}
    book, order, loop = chosen
    return {MULTIDAY: multiday.replace(BOOK_TOMAS, book).replace(ORDER_TOMAS, order),
            SLOTS: slots.replace(LOOP_TOMAS, loop)}


@cache
def _outcomes(variant: str) -> dict[str, str]:
    """Test id -> passed/failed/error/skipped: the review branch's tests against a variant of the code."""
    branch = _review_branch()
    if branch is None:
        return {}
    work = Path(tempfile.mkdtemp(prefix="run-")) / REPO
    _export(_tomas_commit().sha, work)
    _export(f"origin/{branch}", work, "tests")  # only the examinee's tests: no other file of theirs is used
    for path, text in _variant_files(variant).items():
        (work / path).write_text(text, encoding="utf-8")
    return repos.pytest_outcomes(work, pristine=_seeded(), tests="examinee")


def _catching_tests(bug: str) -> set[str]:
    """Tests that pass on every corrected version and fail (or error) on every version with ``bug``."""
    correct = [_outcomes(v) for v in CORRECT]
    buggy = [_outcomes(v) for v in WITH_BUG[bug]]
    return {t for t in correct[0]
            if all(o.get(t) == "passed" for o in correct) and all(o.get(t) in {"failed", "error"} for o in buggy)}


# --- checkpoints --------------------------------------------------------------------------------

@grader
def review_posted_branch_untouched() -> bool:
    """The examinee commented on the ticket, and Tomas's branch still ends with his commit."""
    head = _git().log(REPO, FEATURE, n=1)[0]
    return head.sha == _tomas_commit().sha and bool(_review_text())


def _judged(predicate: str, fallback: Callable[[str], bool]) -> bool:
    text = _review_text()
    return bool(text) and llm_judge(text, predicate, fallback=fallback)


@grader
def finds_days_off_bug() -> bool:
    return _judged(PREDICATE_A, fallback_a)


@grader
def finds_priority_bug() -> bool:
    return _judged(PREDICATE_B, fallback_b)


@grader
def finds_skipped_regression_test() -> bool:
    return _judged(PREDICATE_C, fallback_c)


@grader
def review_branch_has_valid_failing_tests() -> bool:
    """A test that passes on both corrected versions and fails on Tomas's code and on its rewrite."""
    return bool(_catching_tests("tomas"))


@grader
def tests_catch_days_off_bug() -> bool:
    return bool(_catching_tests("a"))


@grader
def tests_catch_priority_bug() -> bool:
    return bool(_catching_tests("b"))


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(review_posted_branch_untouched())),
        Checkpoint(1, int(finds_days_off_bug())),
        Checkpoint(1, int(finds_priority_bug())),
        Checkpoint(1, int(finds_skipped_regression_test())),
        Checkpoint(1, int(review_branch_has_valid_failing_tests())),
        Checkpoint(1, int(tests_catch_days_off_bug())),
        Checkpoint(1, int(tests_catch_priority_bug())),
    ])
