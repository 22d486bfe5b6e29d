"""Runs a task's simulated colleagues during a run: each logs into chat as themselves, watches their direct
messages and answers in character through the environment LLM (or scripted offline replies). Every LLM
reply is checked against the scenario's facts before it is sent (see ``speaker``).

Guarantees: no reply to their own messages, at most one reply per incoming batch (no duplicates), an LLM
or chat error is logged and the colleague keeps running; ``stop()`` ends every colleague within ~2 s and
writes ``colleagues.json`` (counters and transcript per colleague) when given a ``record_path``.
Runs on the host, outside the task container, so the examinee cannot read the scenarios.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from grading.clients.chat import ChatError, ChatSession, Message, login
from grading.company import CompanyData, Person

from ..task.scenarios import ColleagueScenario
from .persona import system_prompt
from .record import ColleaguesRecord, ColleagueStats, Turn
from .speaker import Draft, EnvModel, compose

__all__ = ["Colleague", "ColleagueGroup", "EnvModel"]

HISTORY_MESSAGES = 30
POLL_S = 1.0


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


ReplyHook = Callable[[str, str, str], None]  # (colleague username, partner username, reply text)
LogHook = Callable[[str], None]


class Colleague(threading.Thread):
    def __init__(self, person: Person, scenario: ColleagueScenario, company: CompanyData, model: EnvModel,
                 chat_url: str, on_reply: ReplyHook, log: LogHook):
        super().__init__(name=f"colleague-{person.username}", daemon=True)
        self.person, self.scenario, self.company, self.model = person, scenario, company, model
        self.chat_url, self.on_reply, self.log = chat_url, on_reply, log
        self.stopping = threading.Event()
        self.ready = threading.Event()
        self.stats = ColleagueStats(username=person.username, model=model.model if model.online else None)
        self._seen: set[str] = set()

    @property
    def replies(self) -> int:
        return self.stats.replies

    def run(self) -> None:
        try:
            session = login(self.person.username, self.person.password, base_url=self.chat_url)
            token = session.sync_token()
            for invite in session.pending_invites():
                session.join(invite.room_id)
        except ChatError as exc:
            self.log(f"{self.person.username}: cannot log into chat: {exc}")
            self.ready.set()
            return
        self.ready.set()
        self.log(f"{self.person.username}: online")
        while not self.stopping.is_set():
            try:
                messages, token = session.wait_for_messages(token, timeout=POLL_S)
                self._answer(session, messages)
            except ChatError as exc:
                self.log(f"{self.person.username}: chat error: {exc}")
                time.sleep(POLL_S)
        st = self.stats
        self.log(f"{self.person.username}: offline ({st.replies} replies, {st.regenerations} regenerated, "
                 f"{st.fallbacks} fallbacks, {st.llm_errors} LLM errors) "
                 + json.dumps(st.model_dump(exclude={"transcript"})))

    def _answer(self, session: ChatSession, messages: list[Message]) -> None:
        fresh = [m for m in messages if m.sender != self.person.username and m.event_id not in self._seen]
        rooms: dict[str, list[Message]] = {}
        for message in fresh:
            self._seen.add(message.event_id)
            rooms.setdefault(message.room_id, []).append(message)
        for room_id, incoming in rooms.items():
            partner = session.dm_partner(room_id)
            if partner is None:
                continue  # colleagues answer direct messages only
            for message in incoming:
                self.stats.transcript.append(Turn(at=_now(), sender=partner, to=self.person.username,
                                                  text=message.body))
            history = session.room_messages(room_id)[-HISTORY_MESSAGES:]
            try:
                draft = self._compose(partner, history, incoming)
            except Exception as exc:
                self.stats.llm_errors += 1
                self.log(f"{self.person.username}: LLM error, no reply to {partner}: {type(exc).__name__}: {exc}")
                continue
            reply = draft.text.strip()
            if reply:
                session.send_message(room_id, reply)
                self._count(partner, draft)
                self.on_reply(self.person.username, partner, reply)

    def _count(self, partner: str, draft: Draft) -> None:
        st = self.stats
        st.replies += 1
        if draft.error:
            st.llm_errors += 1
            self.log(f"{self.person.username}: LLM error while drafting for {partner}: {draft.error}")
        st.regenerations += max(0, draft.tries - 1)
        st.fallbacks += draft.outcome == "fallback"
        st.first_try_ok += draft.outcome == "llm" and draft.tries == 1
        st.transcript.append(Turn(at=_now(), sender=self.person.username, to=partner, text=draft.text.strip(),
                                  outcome=draft.outcome, tries=draft.tries, rejected=draft.rejected,
                                  asked_facts=draft.asked, seconds=round(draft.seconds, 3)))
        for found in draft.rejected:
            self.log(f"{self.person.username}: draft to {partner} rejected: {'; '.join(found)}")
        if draft.outcome == "fallback":
            self.log(f"{self.person.username}: sent the plain facts to {partner} after {draft.tries} rejected drafts")

    def _compose(self, partner: str, history: list[Message], incoming: list[Message]) -> Draft:
        try:
            other: Person | None = self.company.people.get(partner)
        except KeyError:
            other = None
        system = system_prompt(self.person, other, self.scenario, self.company.company, self.company.people)
        turns = [("assistant" if m.sender == self.person.username else "user", m.body) for m in history]
        return compose(self.scenario, system, turns, "\n".join(m.body for m in incoming), self.model)


class ColleagueGroup:
    """All colleagues of one run."""

    def __init__(self, colleagues: list[Colleague], model: EnvModel | None = None,
                 record_path: Path | None = None):
        self.colleagues = colleagues
        self.model = model
        self.record_path = record_path

    @classmethod
    def create(cls, scenarios: list[ColleagueScenario], company: CompanyData, model: EnvModel, chat_url: str,
               on_reply: ReplyHook, log: LogHook, record_path: Path | None = None) -> ColleagueGroup:
        """``record_path`` (normally ``<run folder>/colleagues.json``) receives the record on ``stop()``."""
        return cls([Colleague(company.people.get(s.username), s, company, model, chat_url, on_reply, log)
                    for s in scenarios], model, record_path)

    def record(self) -> ColleaguesRecord:
        online = self.model is not None and self.model.online
        return ColleaguesRecord(env_model=self.model.model if online and self.model else None,
                                colleagues=[c.stats for c in self.colleagues])

    def start(self, timeout: float = 30.0) -> None:
        for colleague in self.colleagues:
            colleague.start()
        deadline = time.monotonic() + timeout
        for colleague in self.colleagues:
            colleague.ready.wait(max(0.0, deadline - time.monotonic()))

    def stop(self) -> None:
        for colleague in self.colleagues:
            colleague.stopping.set()
        for colleague in self.colleagues:
            if colleague.ident is not None:  # started
                colleague.join(POLL_S + 5)
        if self.record_path is not None:
            self.record().write(self.record_path)
