"""Grades the weekly Groundcount KPI post from the chat: the question to Elena and kai.morgan's #data post.

Values are read per KPI statement and per week. The post is cut into statements (sentences, then clauses at
; , · •, a clause without a KPI word staying with the one before; a markdown table row becomes one statement
with its column headers as week labels). A statement is about the slow-booking share when it says "slow", else
about jobs or groups, whichever it names first. Its values are tied to weeks by labels (W46, wk46, week 46,
2026-W46, this week / W45, last week, the week before, ...): a label followed by ':' or a space and a value
labels that value; a value followed by "in W45", "(W45)", "the week before" takes that label; "from X" is the
earlier week; an arrow goes from the earlier to the later week; the one value left without a label takes the
week not yet given. A statement offering more values than it can tie to the two weeks (a hedge, a list of
definitions, a dump of numbers) answers nothing, and every statement must agree: one answer per question.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from grading import Checkpoint, Result, admin, grader, llm_judge
from grading.answers import Amount, amounts_in, is_about, mentions_all, same_amount, sentences
from grading.clients.chat import ChatSession, login

EXAMINEE = "kai.morgan"
DEFINER = "elena.popescu"
CHANNEL = "data"
SHARE = {46: 16.33, 45: 11.17}  # Elena's definition: 105/643 and 68/609
SHARE_TOLERANCE = 0.06
JOBS = {46: 709, 45: 679}
CHANGE = 4.42  # % (709 / 679 - 1)
CHANGE_TOLERANCE = 0.05
GROUPS = {46: 49, 45: 48}

_WEEK = {
    46: re.compile(r"(?<![\w-])(?:2026[-\s]?)?w(?:ee)?k?\.?[\s-]?46(?![\w])|\bthis\s+week\b|\bcurrent\s+week\b",
                   re.IGNORECASE),
    45: re.compile(r"(?<![\w-])(?:2026[-\s]?)?w(?:ee)?k?\.?[\s-]?45(?![\w])|\blast\s+week\b|\bprevious\s+week\b"
                   r"|\bprior\s+week\b|\b(?:the\s+|a\s+)?week\s+before\b|\ba\s+week\s+(?:earlier|ago)\b",
                   re.IGNORECASE),
}
_FORWARD_GAP = re.compile(r"\s*[:=(]?\s*(?:was|is|at|had|saw|with)?\s*[:=]?\s*", re.IGNORECASE)
_BACKWARD_GAP = re.compile(r"\s*(?:jobs?|groups?)?\s*[,)]?\s*\(?\s*(?:in|for|during|on)?\s*\(?\s*", re.IGNORECASE)
_ARROW = re.compile(r"→|->|=>|⟶|➔|⇒")
_KPI = re.compile(r"\b(?:slow|jobs?|groups?)\b", re.IGNORECASE)
_TABLE_RULE = re.compile(r"^\|?[\s:|-]+\|?$")


class Statement(NamedTuple):
    kind: str  # "share" | "jobs" | "groups"
    text: str


def _kind(text: str) -> str | None:
    if re.search(r"\bslow", text, re.IGNORECASE):
        return "share"
    found = _KPI.search(text)
    return None if found is None else ("jobs" if found.group(0).lower().startswith("job") else "groups")


def statements(post: str) -> list[Statement]:
    """The post's KPI statements (module docstring)."""
    found: list[Statement] = []
    lines = post.splitlines()
    header: list[str] = []
    prose: list[str] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped.startswith("|"):
            header = []
            prose.append(line)
            continue
        cells = [c.strip().strip("*").strip() for c in stripped.strip("|").split("|")]
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if _TABLE_RULE.match(stripped):
            continue
        if _TABLE_RULE.match(following):
            header = cells
            continue
        row = cells[0] + ": " + " ; ".join(
            f"{header[i] if i < len(header) else ''} {cell}" for i, cell in enumerate(cells[1:], start=1))
        if (kind := _kind(cells[0])) is not None:
            found.append(Statement(kind, row.replace(" ; ", " | ")))
    for sentence in sentences("\n".join(prose)):
        pieces: list[str] = []
        for piece in _split(sentence):
            if pieces and _KPI.search(piece) is None:
                pieces[-1] += ", " + piece
            else:
                pieces.append(piece)
        found += [Statement(kind, p) for p in pieces if (kind := _kind(p)) is not None]
    return found


def _split(sentence: str) -> list[str]:
    """``sentence`` cut at ; · • and ", " outside parentheses."""
    pieces, depth, start = [], 0, 0
    for match in re.finditer(r"[()]|\s*[;·•]\s*|,\s+", sentence):
        token = match.group(0)
        if token in "()":
            depth = max(0, depth + (1 if token == "(" else -1))
        elif depth == 0:
            pieces.append(sentence[start:match.start()])
            start = match.end()
    return [*pieces, sentence[start:]]


def _labels(text: str) -> list[tuple[int, int, int]]:
    return sorted((m.start(), m.end(), week) for week, rx in _WEEK.items() for m in rx.finditer(text))


def _values(statement: Statement) -> dict[str, list[Amount]]:
    """The statement's values by kind: 'share' (percents, or decimals that are not a day threshold), 'count'
    (unsigned whole numbers), 'groups' (a whole number followed by 'groups'), 'change' (a percent in a jobs
    statement). Signed figures and percentage points are changes of a share or a count, not values."""
    text = statement.text
    spans = [(s, e) for s, e, _ in _labels(text)]
    out: dict[str, list[Amount]] = {"share": [], "count": [], "groups": [], "change": []}
    for amount in amounts_in(text):
        if any(s < amount.end and amount.start < e for s, e in spans) or amount.money:
            continue
        after, before = text[amount.end:amount.end + 12], text[max(0, amount.start - 12):amount.start]
        signed = amount.text.lstrip()[:1] in "+-−–" or amount.value < 0
        points = re.match(r"\s*(?:pp|percentage\s+points?|points?|pts?)\b", after, re.IGNORECASE) or (
            re.search(r"pp|point", amount.text, re.IGNORECASE))
        if statement.kind == "jobs" and amount.percent:
            out["change"].append(amount)
            continue
        if signed or points:
            continue
        whole = "." not in amount.text and not amount.percent
        if re.match(r"\s*(?:\+\s*)?(?:days?|d)\b|\s*\+|\s*or\s+more", after, re.IGNORECASE) or re.search(
                r"(?:>=?|≥|at\s+least|threshold(?:\s+of)?)\s*$", before, re.IGNORECASE):
            continue  # the definition's lead-time threshold
        if whole and re.match(r"\s*groups?\b", after, re.IGNORECASE):
            out["groups"].append(amount)
        elif statement.kind == "share" and (amount.percent or not whole) and 0 <= amount.value <= 100:
            out["share"].append(amount)
        elif whole and statement.kind != "share":
            out["count"].append(amount)
    return out


def by_week(text: str, values: list[Amount], every: list[Amount], first_week: int = 46) -> dict[int, list[float]] | None:
    """Each of ``values`` tied to week 46 or 45 (module docstring); None when one cannot be tied. ``every`` is
    all the statement's values: a label followed by a value of another kind is that value's, not free."""
    labels = _labels(text)
    ordered = sorted(every, key=lambda a: a.start)
    owner: dict[int, int] = {}  # label index -> start of the value it labels
    for n, (_, end, _week) in enumerate(labels):
        following = next((a for a in ordered if a.start >= end), None)
        if following is not None and _FORWARD_GAP.fullmatch(text[end:following.start]):
            owner[n] = following.start
    weeks: dict[int, int] = {}
    for i, value in enumerate(values):
        mine = [labels[n][2] for n, start in owner.items() if start == value.start]
        if mine:
            weeks[i] = mine[0]
            continue
        following = next((a.start for a in ordered if a.start >= value.end), len(text))
        free = [(s, w) for n, (s, _, w) in enumerate(labels) if n not in owner and value.end <= s < following]
        if free and _BACKWARD_GAP.fullmatch(text[value.end:free[0][0]]):
            weeks[i] = free[0][1]
    for i, value in enumerate(values):
        if i in weeks:
            continue
        if re.search(r"\bfrom\s*$", text[max(0, value.start - 8):value.start], re.IGNORECASE):
            weeks[i] = 45
        elif i + 1 < len(values) and _ARROW.search(text[value.end:values[i + 1].start]):
            weeks[i] = 45
        elif i > 0 and _ARROW.search(text[values[i - 1].end:value.start]):
            weeks[i] = 46
    free_values = [i for i in range(len(values)) if i not in weeks]
    missing = [w for w in (first_week, 91 - first_week) if w not in weeks.values()]
    if len(free_values) > len(missing):
        return None
    for i, week in zip(free_values, missing):
        weeks[i] = week
    result: dict[int, list[float]] = {46: [], 45: []}
    for i, week in weeks.items():
        result[week].append(values[i].value)
    return result


def _first_week(post: str) -> int:
    found = [(m.start(), week) for week, rx in _WEEK.items() for m in rx.finditer(post)]
    return min(found)[1] if found else 46


def _week_values(post: str, kind: str, key: str) -> dict[int, list[float]] | None:
    """Every value of ``key`` in the post's ``kind`` statements, by week; None when one cannot be tied."""
    first = _first_week(post)
    total: dict[int, list[float]] = {46: [], 45: []}
    for statement in statements(post):
        if statement.kind != kind and not (key == "groups" and statement.kind == "jobs"):
            continue
        found = _values(statement)
        values = found[key]
        if not values:
            continue
        weeks = by_week(statement.text, values, [a for kind in found.values() for a in kind], first)
        if weeks is None:
            return None
        for week in total:
            total[week] += [v * 100 if key == "share" and v < 1 else v for v in weeks[week]]
    return total


def _only(found: list[float], expected: float, tolerance: float) -> bool:
    return bool(found) and all(same_amount(v, expected, tolerance=tolerance) for v in found)


def share_correct(post: str) -> bool:
    weeks = _week_values(post, "share", "share")
    return weeks is not None and all(_only(weeks[w], SHARE[w], SHARE_TOLERANCE) for w in (46, 45))


def totals_correct(post: str) -> bool:
    jobs = _week_values(post, "jobs", "count")
    groups_counted = _week_values(post, "groups", "count")
    groups_named = _week_values(post, "groups", "groups")
    changes = [a.value for s in statements(post) if s.kind == "jobs" for a in _values(s)["change"]]
    if jobs is None or groups_counted is None or groups_named is None:
        return False
    groups = {w: groups_counted[w] + groups_named[w] for w in (46, 45)}
    return (_only(jobs[46], JOBS[46], 0) and _only(jobs[45], JOBS[45], 0)
            and _only(changes, CHANGE, CHANGE_TOLERANCE) and _only(groups[46], GROUPS[46], 0)
            and all(same_amount(v, GROUPS[45], tolerance=0) for v in groups[45]))


def readable_summary(post: str, kpi_messages: int) -> bool:
    """Offline stand-in for the judge, never looser: one short message that names both weeks, reports jobs,
    groups and the slow-booking share (a value in a slow-booking statement) and says what it measures (a
    sentence about the lead time)."""
    names_weeks = all(rx.search(post) for rx in _WEEK.values())
    share_given = any(s.kind == "share" and _values(s)["share"] for s in statements(post))
    defined = any(mentions_all(s, "lead") and mentions_all(s, "jobs") for s in sentences(post)) or any(
        re.search(r"\blead\b", s, re.IGNORECASE) and re.search(r"\bdays?\b|\d", s) for s in sentences(post))
    return (kpi_messages == 1 and names_weeks and share_given and defined and mentions_all(post, "jobs")
            and re.search(r"\bgroups?\b", post, re.IGNORECASE) is not None
            and 0 < len(post) <= 1500 and len(post.strip().splitlines()) <= 20 and len(amounts_in(post)) <= 30)


# ---- the chat ----

_cache: dict[str, object] = {}


def _session() -> ChatSession:
    if "chat" not in _cache:
        _cache["chat"] = login(*admin())
    session = _cache["chat"]
    assert isinstance(session, ChatSession)
    return session


def _kpi_messages() -> list[str]:
    """kai.morgan's messages in #data that are about the KPIs."""
    if "posts" not in _cache:
        bodies = [m.body for m in _session().channel_messages(CHANNEL) if m.sender == EXAMINEE]
        _cache["posts"] = [b for b in bodies if _KPI.search(b)]
    posts = _cache["posts"]
    assert isinstance(posts, list)
    return posts


def _post() -> str:
    return "\n".join(_kpi_messages())


def asked_about_definition(text: str) -> bool:
    return is_about(text, "slow-booking", "slow", "definition", "define", "defined", "defines", "rules", "rule",
                    "metric", "compute", "calculate", "formula", "share")


@grader
def asked_elena() -> bool:
    messages = _session().direct_messages(DEFINER, EXAMINEE)
    return asked_about_definition("\n".join(m.body for m in messages if m.sender == EXAMINEE))


@grader
def slow_share_correct() -> bool:
    return share_correct(_post())


@grader
def totals_points() -> bool:
    return totals_correct(_post())


@grader
def summary_judged() -> bool:
    post = _post()
    if not post.strip():
        return False
    predicate = (
        "This is one concise, readable weekly KPI summary posted in a data team's chat channel for "
        "Groundcount week 2026-W46, compared with week 2026-W45. It reports total jobs, the number of "
        "published groups and a metric called the slow-booking share, and says in a few words what "
        "the slow-booking share measures. It is a short chat post, not a raw data dump."
    )
    count = len(_kpi_messages())
    return llm_judge(post, predicate, fallback=lambda text: readable_summary(text, count))


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(asked_elena())),
        Checkpoint(1, int(slow_share_correct())),
        Checkpoint(1, int(totals_points())),
        Checkpoint(1, int(summary_judged())),
    ])
