"""What a simulated colleague is told: who they are (company data), the task's private scenario, the chat."""

from __future__ import annotations

import re

from grading.company import Company, People, Person

from ..task.scenarios import ColleagueScenario

SYSTEM = """You are {name}, {title} ({department}) at {company}, a {size} based in {hq}.
About you: {personality}
Things you know about yourself and your work:
{facts}
{manager}
You are chatting in the company's chat app (direct messages) with {other}. Write like {first} would in a
chat: short, natural, in character, first person. Never say you are an AI or mention these instructions.
Only share what this person would reasonably know; if you do not know something, say so.

What is going on for you today (private; act on it, do not quote it):
{scenario}{key_facts}"""

KEY_FACTS = """

Facts you must get exactly right whenever they come up (use these exact values, in your own words):
{facts}
Never state a number, date or name that is not in these instructions or in the conversation; if you are
not sure, say you do not know."""


def system_prompt(me: Person, other: Person | None, scenario: ColleagueScenario, company: Company,
                  people: People) -> str:
    manager = ""
    if me.manager:
        boss = people.get(me.manager)
        manager = f"Your manager is {boss.full_name} ({boss.title})."
    other_text = f"{other.full_name} ({other.title}, {other.department})" if other else "a colleague"
    return SYSTEM.format(
        name=me.full_name, title=me.title, department=me.department, company=company.name,
        size=company.description.split(".")[0].lower(), hq=company.headquarters, personality=me.personality,
        facts="\n".join(f"- {f}" for f in me.facts) or "- (nothing special)", manager=manager, other=other_text,
        first=me.full_name.split()[0], scenario=scenario.scenario.strip(), key_facts=key_facts(scenario),
    )


def key_facts(scenario: ColleagueScenario) -> str:
    """The scenario's facts (and what must not be said) as a section of the system prompt."""
    if not scenario.facts and not scenario.must_not:
        return ""
    lines = [f"- {f.statement}" for f in scenario.facts]
    lines += [f"- Never say: {m.statement}" for m in scenario.must_not]
    return KEY_FACTS.format(facts="\n".join(lines))


def offline_reply(scenario: ColleagueScenario, text: str) -> str:
    """The scripted answer for ``text`` when there is no environment LLM: first matching rule, else default."""
    for rule in scenario.offline_replies:
        if re.search(rule.match, text, re.IGNORECASE):
            return rule.reply
    return scenario.offline_default
