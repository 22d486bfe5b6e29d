"""Checks a simulated colleague's draft reply against the scenario's facts before it is sent.

A draft fails when it omits a value of a fact the examinee asked about, matches a ``must_not`` pattern
(a known wrong statement), or states a number that appears nowhere in what the colleague was told or in the
conversation (an invented value). The fallback is a plain statement of the facts asked about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from grading.reading import date_mentions, has_value_near, numbers, times

from ..task.scenarios import ColleagueScenario, Fact
from .persona import offline_reply

ALWAYS_ALLOWED = frozenset({0.0, 1.0})


def asked_facts(scenario: ColleagueScenario, incoming: str) -> list[Fact]:
    """The facts whose ``asked`` pattern matches what the examinee just wrote."""
    return [f for f in scenario.facts if re.search(f.asked, incoming, re.IGNORECASE)]


def allowed_numbers(scenario: ColleagueScenario, context: Iterable[str]) -> set[float]:
    """Numbers a reply may state: those in the scenario (text, facts, scripted replies), the extra
    ``allowed_values``, and ``context`` (the colleague's system prompt and the conversation so far)."""
    texts = [scenario.scenario, *(f.statement for f in scenario.facts), *scenario.allowed_values,
             *(f" {v} " for f in scenario.facts for v in f.values), *(r.reply for r in scenario.offline_replies),
             scenario.offline_default, *context]
    found: set[float] = set(ALWAYS_ALLOWED)
    for text in texts:
        found.update(numbers(text, skip_list_markers=False))
        for hour, minute in times(text):  # the same time on a 12-hour clock: 15:00 -> 3
            found.update({hour, hour % 12 or 12, minute})
        for mention in date_mentions(text):  # the same date written with a month number: December 7 -> 12
            found.update({mention.month, mention.day, *([mention.year] if mention.year else [])})
    return found


def problems(reply: str, scenario: ColleagueScenario, asked: list[Fact], allowed: set[float]) -> list[str]:
    """Why ``reply`` must not be sent (empty list: it may be sent)."""
    if not reply.strip():
        return ["empty reply"]
    found = []
    for fact in asked:
        missing = [v for v in fact.values if not has_value_near(reply, v, fact.near)]
        if missing:
            where = f" next to /{fact.near}/" if fact.near else ""
            found.append(f"omits {', '.join(missing)}{where} (fact: {fact.statement})")
    for bad in scenario.must_not:
        if re.search(bad.pattern, reply, re.IGNORECASE):
            found.append(f"states what is not true: {bad.statement}")
    invented = sorted({n for n in numbers(reply) if n not in allowed})
    if invented:
        found.append("states value(s) that are not in the facts: " + ", ".join(f"{n:g}" for n in invented))
    return found


def fallback_reply(scenario: ColleagueScenario, asked: list[Fact], incoming: str) -> str:
    """The plain statement of the facts asked about (or the scripted offline answer when none was asked)."""
    if asked:
        return "\n".join(f.statement for f in asked)
    return offline_reply(scenario, incoming)


def correction(found: list[str], asked: list[Fact]) -> str:
    """The note added to the colleague's instructions when a draft was rejected."""
    lines = ["Your previous draft was NOT sent because it " + "; ".join(found) + "."]
    if asked:
        lines.append("Write the reply again and state these facts with exactly these values:")
        lines += [f"- {f.statement}" for f in asked]
    lines.append("Do not state any number, date or name that is not in your instructions or the conversation.")
    return "\n".join(lines)
