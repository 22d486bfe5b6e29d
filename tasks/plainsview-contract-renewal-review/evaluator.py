"""Grades the hosting contract memo (file share) and the direct message to Victor Mendes.

Each question is answered in the memo's blocks about it (a paragraph, list item or table row, with the headings
above it); those blocks must give exactly one answer (a second candidate value fails the question) and cite the
agreement's clause. Private helpers here (not in grading.answers): ``_blocks`` (memo cut into topic blocks with
their headings), ``_deadline_dates`` (dates a memo offers as a 2027 deadline), ``_money`` / ``_shares`` (amounts
that can be a fee or an availability).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from grading import Checkpoint, Result, examinee, grader, llm_judge
from grading.answers import Amount, amounts_in, same_share, says, sentences
from grading.clients.chat import login
from grading.clients.files import FilesClient
from grading.reading import date_mentions

EXAMINEE = "kai.morgan"
MEMO = "Finance/Vendors/Plainsview_Contract_Review_2026-11.md"
COMPANY_TODAY = date(2026, 11, 20)  # year-less dates are read as the next such day after this

# 90 days before 2027-12-31 is Saturday 2027-10-02; the Friday before is accepted as well
NOTICE_DATES = {date(2027, 10, 2), date(2027, 10, 1)}
TERM_END = date(2027, 12, 31)
# a date in this window other than the answer is a competing deadline wherever it is written (2027-09-02 is not
# in it: it is also the date by which Plainsview must announce a fee increase, 120 days before the term ends)
NEAR_MISS_WINDOW = (date(2027, 9, 3), date(2027, 12, 30))
FEE_CAP, EXIT_COST = 19_136.0, 110_400.0
FEE_CONTEXT = {18_400.0, 736.0, 8_832.0, 220_800.0, 229_632.0}  # the fee, the increase, annual figures
EXIT_CONTEXT = {18_400.0}
AVAILABILITY = 100 * (1 - 42 / 44_640)  # 99.9059...%
SLA_TIERS = {99.9, 99.5, 99.0}

NOTICE_TOPIC = re.compile(r"non[\s-]?renew|not\s+(?:to\s+)?renew|cancel|deadline|last\s+day|opt(?:ing)?\s+out",
                          re.IGNORECASE)
FEE_TOPIC = re.compile(r"increase|\braise|\bcap\b|capped|highest|maximum|\bmax\b|most\s+(?:they|plainsview)|"
                       r"renewal\s+(?:fee|year|price|pricing|rate)|pricing", re.IGNORECASE)
EXIT_TOPIC = re.compile(r"terminat|convenience|\bexit|leav(?:e|ing)\s+early|early\s+exit", re.IGNORECASE)
SLA_TOPIC = re.compile(r"\bSLA\b|availab|uptime|service\s+level|credit|downtime|outage|failover", re.IGNORECASE)

# The SLA conclusion's phrases (generous synonyms). OWED: a credit owed when not negated, none when negated;
# CLAIM: a credit owed when not negated; DENY: none when negated; NO_CREDIT: none.
OWED = ("owed", "owe us", "owes us", "credit is due", "credit due", "due a credit", "due an SLA credit", "entitled",
        "eligible", "qualify", "qualifies", "credit applies", "credit is payable", "receive a credit", "get a credit",
        "trigger a credit", "triggers a credit", "credit is triggered", "triggered")
CLAIM = ("should claim", "need to claim", "we can claim", "claim the credit", "claim it", "we claim",
         "file a claim", "is owed", "are owed")
DENY = ("claim a credit", "claim any credit", "claim an SLA credit", "apply", "applies", "applicable")
NO_CREDIT = ("no credit", "no SLA credit", "no service credit", "no service-level credit", "credit: $0",
             "credit of $0", "credit is $0", "zero credit", "nothing is owed", "none is owed", "none owed",
             "nothing owed", "none due", "nothing due")
HEDGE = re.compile(r"\b(?:may|might|could|possibly|perhaps|arguably|depending|otherwise|either|or\s+else)\b",
                   re.IGNORECASE)
HYPOTHETICAL = re.compile(r"\b(?:if|when|whenever|unless|in\s+case)\b|\bwould(?:\s+have|'ve)\b"
                          r"|\bhad\s+(?:\w+\s+){0,2}(?:been|fallen|dropped)", re.IGNORECASE)

_cache: dict[str, str] = {}


def memo() -> str:
    if "memo" not in _cache:
        _cache["memo"] = FilesClient(*examinee()).download_text(MEMO).replace("\u00a0", " ")
    return _cache["memo"]


@dataclass(frozen=True)
class Block:
    headings: str  # the headings (and a table's header row) above the block
    body: str

    @property
    def text(self) -> str:
        return f"{self.headings}\n{self.body}"


def _blocks(text: str) -> list[Block]:
    """Paragraphs, top-level list items and table rows, each with the headings above it; a short label line
    with no digit (``**Renewal fee**``, ``Question 2:``) is joined to the block after it."""
    blocks: list[Block] = []
    headings: list[tuple[int, str]] = []
    table_header = ""
    current: list[str] = []

    def flush() -> None:
        if current:
            context = " / ".join(h for _, h in headings)
            blocks.append(Block(f"{context} {table_header}".strip(), "\n".join(current)))
            current.clear()

    for line in text.splitlines():
        stripped = line.strip()
        heading = re.match(r"^(#{1,6})\s+(.*)$", stripped)
        if heading:
            flush()
            level = len(heading.group(1))
            headings = [(lv, h) for lv, h in headings if lv < level] + [(level, heading.group(2))]
            table_header = ""
            continue
        if not stripped:
            if not (len(current) == 1 and _is_label(current[0])):
                flush()
            table_header = ""
            continue
        if stripped.startswith("|"):
            flush()
            if re.fullmatch(r"\|?[\s:|-]+\|?", stripped):
                continue
            if not table_header and not re.search(r"\d", stripped):
                table_header = stripped
                continue
            current.append(stripped)
            flush()
            continue
        starts_item = re.match(r"^(?:[-*+•]|\d{1,2}[.)])\s", line) is not None
        if starts_item and not (len(current) == 1 and _is_label(current[0])):
            flush()
        current.append(stripped)
    flush()
    return blocks


def _is_label(line: str) -> bool:
    return re.search(r"\d", line) is None and len(line.split()) <= 8


def _about(blocks: list[Block], topic: re.Pattern[str]) -> list[Block]:
    return [b for b in blocks if topic.search(b.text)]


def _notice_blocks(blocks: list[Block]) -> list[Block]:
    """Blocks about the non-renewal notice: its own words, or "notice" in a block that is not about the fee
    (whose 120 days' notice of an increase is another notice)."""
    return [b for b in blocks if NOTICE_TOPIC.search(b.text)
            or (re.search(r"\bnotice\b", b.text, re.IGNORECASE) and not FEE_TOPIC.search(b.text))]


def _deadline_dates(text: str, *, yearless: bool = True) -> set[date]:
    """Dates of 2027 before the term's last day that ``text`` writes (year-less ones, when ``yearless``, read as
    the next such day; a bare ``10-28`` is not read: it is more often a time range or a file name)."""
    found: set[date] = set()
    for mention in date_mentions(text):
        if re.fullmatch(r"\d{1,2}-\d{1,2}", text[mention.start:mention.end]) or (
                mention.year is None and not yearless):
            continue
        day = mention.resolve(COMPANY_TODAY)
        if day is not None and date(2027, 1, 1) <= day < TERM_END:
            found.add(day)
    return found


def _money(text: str) -> list[float]:
    """Amounts that can be a fee or a cost: written as money, or bare numbers of 1,000 or more that are not a
    year and not followed by a unit (days, minutes, ...)."""
    values = []
    for amount in amounts_in(text):
        if amount.percent:
            continue
        unit = re.match(r"\s*(?:days?|minutes?|mins?|hours?|months?|years?|requests?|customers?|ms|s)\b",
                        text[amount.end:], re.IGNORECASE)
        year = amount.value.is_integer() and 1990 <= amount.value <= 2100
        if unit or (not amount.money and (amount.value < 1000 or year)):
            continue
        values.append(amount.value)
    return values


def _one_amount(blocks: list[Block], expected: float, context: set[float]) -> bool:
    """The blocks give ``expected`` and no other fee/cost than the known context figures and the other answers."""
    allowed = {expected, FEE_CAP, EXIT_COST, *context}
    values = [v for b in blocks for v in _money(b.text)]
    return any(abs(v - expected) < 0.005 for v in values) and all(
        any(abs(v - a) < 0.005 for a in allowed) for v in values)


def _cites(blocks: list[Block], section: int) -> bool:
    """Some block cites the agreement's section (``clause 2.2``, ``section 2``, ``§2.2``, ``(2.2)``)."""
    pattern = re.compile(rf"(?:clause|section|sect?\.|§|art(?:icle)?\.?|para(?:graph)?\.?|¶|cl\.)\s*{section}"
                         rf"(?:\.\d+)?(?!\d)|(?<![\d.,$]){section}\.\d(?![\d%]|\.\d)", re.IGNORECASE)
    return any(pattern.search(b.text) for b in blocks)


def _shares(text: str) -> list[tuple[Amount, float]]:
    """Availability-like shares with their value in percent: 90-100% written as a percent, a bare fraction
    (0.99906) or a bare decimal (99.906)."""
    values = []
    for amount in amounts_in(text):
        if amount.money:
            continue
        if amount.percent and 90 <= amount.value < 100:
            values.append((amount, amount.value))
        elif not amount.percent and 0.9 <= amount.value < 1:
            values.append((amount, amount.value * 100))
        elif not amount.percent and 90 <= amount.value < 100 and not amount.value.is_integer():
            values.append((amount, amount.value))
    return values


def _statements(text: str) -> list[str]:
    """Sentences that state something: not questions (a restated "are we owed a credit?"); "a / b / c" lists
    are separate statements; "owed nothing" reads as "not owed"."""
    cleaned = re.sub(r"(?<!\d)/|/(?!\d)", "; ", text)
    cleaned = re.sub(r"\b(owe[sd]?)\s+(us\s+)?nothing\b", r"not \1 \2", cleaned, flags=re.IGNORECASE)
    return [s for s in sentences(cleaned) if not s.rstrip("*_ ").endswith("?")]


def claims_credit(text: str) -> bool:
    """Some statement says a credit is or may be owed: an OWED/CLAIM phrase not negated, outside a plain
    conditional or counterfactual ("if availability falls below ...", "a credit would have had to be claimed");
    a hedged one ("otherwise a credit is owed", "may be owed") always counts."""
    for sentence in _statements(text):
        if says(sentence, *OWED, *CLAIM) and (HEDGE.search(sentence) or not HYPOTHETICAL.search(sentence)):
            return True
    return False


def denies_credit(text: str) -> bool:
    """Some statement about the credit concludes that none is owed."""
    for sentence in _statements(text):
        if not re.search(r"credit|SLA|owe", sentence, re.IGNORECASE):
            continue
        if says(sentence, *NO_CREDIT) or says(sentence, *OWED, *DENY, negated=True):
            return True
    return False


@grader
def notice_deadline() -> bool:
    text, blocks = memo(), _blocks(memo())
    about = _notice_blocks(blocks)
    offered = {d for b in about for d in _deadline_dates(b.text)}
    low, high = NEAR_MISS_WINDOW
    competing = {d for d in _deadline_dates(text, yearless=False) if low <= d <= high} - NOTICE_DATES
    return bool(offered) and offered <= NOTICE_DATES and not competing and _cites(about, 2)


@grader
def renewal_fee_cap() -> bool:
    about = _about(_blocks(memo()), FEE_TOPIC)
    return _one_amount(about, FEE_CAP, FEE_CONTEXT) and _cites(about, 3)


@grader
def exit_cost() -> bool:
    about = _about(_blocks(memo()), EXIT_TOPIC)
    return _one_amount(about, EXIT_COST, EXIT_CONTEXT) and _cites(about, 6)


def _sla_text() -> str:
    return "\n\n".join(b.text for b in _about(_blocks(memo()), SLA_TOPIC))


@grader
def availability_figure() -> bool:
    """The SLA blocks state October's availability (99.906%, 99.9059%, 99.91%, 0.99906) with the 42 minutes it
    comes from, and no other availability than the contract's tiers (99.9/99.5/99.0%)."""
    text = _sla_text()
    shares = _shares(text)
    found = [a for a, _ in shares if same_share(a, AVAILABILITY, tolerance_pp=0.005)]
    others = [v for a, v in shares if not same_share(a, AVAILABILITY, tolerance_pp=0.005)
              and not any(abs(v - tier) < 1e-6 for tier in SLA_TIERS)]
    return bool(found) and not others and re.search(r"(?<![\d.,])42(?![\d]|[.,]\d)", text) is not None


def _no_credit_fallback(text: str) -> bool:
    return denies_credit(text) and not claims_credit(text) and _cites(_about(_blocks(text), SLA_TOPIC), 4)


@grader
def no_credit_conclusion() -> bool:
    text = memo()
    if claims_credit(text):
        return False  # a credit claimed or hedged anywhere in the memo: not the one conclusion asked for
    return llm_judge(text, "The memo concludes, as its one answer, that no SLA credit is owed for October 2026, "
                           "because October's availability (about 99.906%: 42 minutes of downtime) is not below the "
                           "99.9% guarantee, and it cites the agreement's service-level clause (section 4). It "
                           "does not also say or suggest that a credit is or may be owed.",
                     fallback=_no_credit_fallback)


@grader
def victor_told() -> bool:
    with login(*examinee()) as chat:
        text = "\n".join(m.body for m in chat.direct_messages("victor.mendes") if m.sender == EXAMINEE)
    offered = _deadline_dates(text)
    return (bool(offered) and offered <= NOTICE_DATES and denies_credit(text) and not claims_credit(text))


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(1, int(notice_deadline())),
        Checkpoint(1, int(renewal_fee_cap())),
        Checkpoint(1, int(exit_cost())),
        Checkpoint(2, int(availability_figure()) + int(no_credit_conclusion())),
        Checkpoint(1, int(victor_told())),
    ])
