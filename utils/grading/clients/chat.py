"""Typed client of the company chat: the Matrix client-server API of Synapse, over ``requests``.

For evaluators (inside task images), the harness and the NPC colleague bots::

    from grading.clients.chat import login

    with login("maria.lopez", "password") as chat:             # base URL: Endpoints().url("chat")
        for m in chat.channel_messages("general"):
            print(m.sender, m.timestamp, m.body)
        chat.send_direct_message("sam.okafor", "Hi Sam!")
        print(chat.contacted_people())                          # usernames I sent DMs to

An NPC bot answering DMs::

    token = bot.sync_token()
    while True:
        messages, token = bot.wait_for_messages(token, timeout=30)   # joins invites on its own
        for m in messages:
            if bot.dm_partner(m.room_id) == m.sender:
                bot.send_message(m.room_id, reply_to(m))

Reading another user's view (``username=...``) uses Synapse's admin API: the session must belong to
a server admin (people with ``admin: true``), who can also speak as anyone (``act_as``). Usernames
are localparts (``first.last``); full Matrix IDs (``@first.last:tallgrass.test``) are accepted wherever
a username is.

A *direct conversation* between two people is any room listed in ``m.direct`` for them, or any
room without an alias whose membership (joined, invited or left) is exactly those two people.
Every error is a :class:`ChatError` with a one-line message.
"""

from __future__ import annotations

import contextlib
import json
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import Any
from urllib.parse import quote

import requests

from ..endpoints import DOMAIN, Endpoints

JsonDict = dict[str, Any]
PAGE = 1000  # Synapse's maximum page size for /messages
TEXT_TYPES = ("m.room.message",)


class ChatError(Exception):
    """Anything that went wrong talking to the chat server (one-line message)."""


@dataclass(frozen=True)
class Message:
    """One message in a room, oldest first in every list this module returns."""

    room_id: str
    event_id: str
    sender: str  # username (localpart), e.g. "maria.lopez"
    body: str  # current text (edits applied)
    timestamp: datetime  # origin_server_ts, UTC
    msgtype: str = "m.text"
    edited: bool = False

    @property
    def sender_id(self) -> str:
        return user_id(self.sender)


@dataclass(frozen=True)
class Invite:
    room_id: str
    inviter: str  # username
    is_direct: bool


@dataclass(frozen=True)
class SyncBatch:
    """What an incremental /sync brought: new messages (all rooms) and new invites."""

    next_batch: str
    messages: list[Message] = field(default_factory=list)
    invites: list[Invite] = field(default_factory=list)


def user_id(username: str, server: str = DOMAIN) -> str:
    """``first.last`` → ``@first.last:tallgrass.test`` (full IDs pass through)."""
    return username if username.startswith("@") else f"@{username}:{server}"


def username_of(mxid: str) -> str:
    """``@first.last:tallgrass.test`` → ``first.last``."""
    return mxid[1:].split(":", 1)[0] if mxid.startswith("@") else mxid


def _timestamp(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=UTC)


class ChatClient:
    """An unauthenticated connection to one chat server."""

    def __init__(self, base_url: str | None = None, *, timeout: float = 30.0, server_name: str = DOMAIN):
        self.base_url = (base_url or Endpoints().url("chat")).rstrip("/")
        self.timeout = timeout
        self.server_name = server_name
        self.http = requests.Session()

    def request(self, method: str, path: str, *, token: str | None = None, params: JsonDict | None = None,
                body: JsonDict | None = None, timeout: float | None = None) -> Any:
        """One API call; return its JSON, or raise ChatError unless it answers 200 with JSON."""
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        try:
            response = self.http.request(method, self.base_url + path, params=params, json=body,
                                         headers=headers, timeout=timeout or self.timeout)
        except requests.RequestException as exc:
            raise ChatError(f"chat server unreachable at {self.base_url}: {type(exc).__name__}") from None
        try:
            data = response.json()
        except ValueError:
            data = None
        if response.status_code != 200 or data is None:
            detail = ""
            if isinstance(data, dict):
                detail = f" {data.get('errcode', '')} {data.get('error', '')}".rstrip()
            raise ChatError(f"{method} {path.split('?', 1)[0]}: HTTP {response.status_code}{detail}")
        return data

    def healthy(self) -> bool:
        try:
            return self.http.get(f"{self.base_url}/health", timeout=5).status_code == 200
        except requests.RequestException:
            return False

    def login(self, username: str, password: str) -> ChatSession:
        """Password login (one new device); the session should be closed with ``logout()``."""
        try:
            data = self.request("POST", "/_matrix/client/v3/login", body={
                "type": "m.login.password",
                "identifier": {"type": "m.id.user", "user": username_of(username)},
                "password": password,
                "initial_device_display_name": "workfloor client",
            })
        except ChatError as exc:
            raise ChatError(f"login failed for {username_of(username)}: {exc}") from None
        return ChatSession(self, str(data["user_id"]), str(data["access_token"]))


def login(username: str, password: str, base_url: str | None = None) -> ChatSession:
    """Log in to the chat server at ``base_url`` (default: this stack's chat URL)."""
    return ChatClient(base_url).login(username, password)


class ChatSession:
    """A logged-in user. Methods taking ``username`` read that user's view (admin API) instead."""

    def __init__(self, client: ChatClient, mxid: str, access_token: str):
        self.client = client
        self.user_id = mxid
        self.username = username_of(mxid)
        self.access_token = access_token
        self._admin: bool | None = None

    # -- plumbing ---------------------------------------------------------------------------

    def _call(self, method: str, path: str, params: JsonDict | None = None, body: JsonDict | None = None,
              timeout: float | None = None) -> Any:
        return self.client.request(method, path, token=self.access_token, params=params, body=body,
                                   timeout=timeout)

    def _client(self, method: str, path: str, **kwargs: Any) -> JsonDict:
        return _object(self._call(method, "/_matrix/client/v3" + path, **kwargs), path)

    def _admin_api(self, method: str, path: str, **kwargs: Any) -> JsonDict:
        return _object(self._call(method, "/_synapse/admin" + path, **kwargs), path)

    def _uid(self, username: str) -> str:
        return user_id(username, self.client.server_name)

    def _other(self, username: str | None) -> str | None:
        """None when ``username`` means this session's own user, else its full ID (admin required)."""
        if username is None or self._uid(username) == self.user_id:
            return None
        if not self.is_admin:
            who = username_of(username)
            raise ChatError(f"{self.username} is not a chat admin: cannot read {who}'s chat")
        return self._uid(username)

    def __enter__(self) -> ChatSession:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.logout()

    def logout(self) -> None:
        """End the session (deletes its device); errors are ignored."""
        with contextlib.suppress(ChatError):
            self._client("POST", "/logout", body={})

    def act_as(self, username: str) -> ChatSession:
        """A session of ``username`` opened by this admin session (Synapse's admin login API), so setup
        code can speak as a colleague without their password. Close it with ``logout()`` (or ``with``)."""
        uid = self._uid(username)
        if not self.is_admin:
            raise ChatError(f"{self.username} is not a chat admin: cannot act as {username_of(uid)}")
        data = self._admin_api("POST", f"/v1/users/{quote(uid)}/login", body={})
        return ChatSession(self.client, uid, str(data["access_token"]))

    @property
    def is_admin(self) -> bool:
        """Whether this user is a Synapse server admin."""
        if self._admin is None:
            try:
                data = self._admin_api("GET", f"/v1/users/{quote(self.user_id)}/admin")
                self._admin = bool(data.get("admin"))
            except ChatError:
                self._admin = False
        return self._admin

    def display_name(self, username: str | None = None) -> str | None:
        """A user's display name (default: mine)."""
        uid = self._uid(username) if username else self.user_id
        try:
            return self._client("GET", f"/profile/{quote(uid)}").get("displayname")
        except ChatError as exc:
            if "HTTP 404" in str(exc):
                return None
            raise

    # -- rooms --------------------------------------------------------------------------------

    def resolve_alias(self, alias: str) -> str:
        """``general``, ``#general`` or ``#general:tallgrass.test`` → room ID (``!…`` passes through)."""
        if alias.startswith("!"):
            return alias
        full = alias if alias.startswith("#") else f"#{alias}"
        if ":" not in full:
            full = f"{full}:{self.client.server_name}"
        try:
            return str(self._client("GET", f"/directory/room/{quote(full)}")["room_id"])
        except ChatError as exc:
            if "HTTP 404" in str(exc):
                raise ChatError(f"no room {full}") from None
            raise

    def joined_rooms(self, username: str | None = None) -> list[str]:
        """Room IDs the user is joined to."""
        other = self._other(username)
        if other is None:
            rooms = self._client("GET", "/joined_rooms")["joined_rooms"]
        else:
            rooms = self._admin_api("GET", f"/v1/users/{quote(other)}/joined_rooms")["joined_rooms"]
        return [str(r) for r in rooms]

    def room_state(self, room: str) -> list[JsonDict]:
        """Current state events of a room (as a member, else through the admin API)."""
        room_id = self.resolve_alias(room)
        try:
            events = self._call("GET", f"/_matrix/client/v3/rooms/{quote(room_id)}/state")
        except ChatError:
            if not self.is_admin:
                raise
            events = self._admin_api("GET", f"/v1/rooms/{quote(room_id)}/state").get("state")
        if not isinstance(events, list):
            raise ChatError(f"state of {room_id}: unexpected answer")
        return [dict(e) for e in events]

    def memberships(self, room: str) -> dict[str, str]:
        """username → membership (join, invite, leave, ban) from the room's current state."""
        return {
            username_of(str(e["state_key"])): str(e.get("content", {}).get("membership", ""))
            for e in self.room_state(room) if e.get("type") == "m.room.member"
        }

    def members(self, room: str) -> list[str]:
        """Usernames currently joined to the room."""
        return sorted(u for u, m in self.memberships(room).items() if m == "join")

    def join(self, room: str) -> str:
        """Join a room (alias, channel name or ID; accepts pending invites); return its ID."""
        target = room if room.startswith("!") else self.resolve_alias(room)
        return str(self._client("POST", f"/join/{quote(target)}", body={})["room_id"])

    # -- messages -----------------------------------------------------------------------------

    def room_messages(self, room: str, *, since: datetime | None = None) -> list[Message]:
        """Every message of a room, oldest first (fully paginated; edits applied, redactions dropped).

        Read as a member; a non-member admin reads through the admin API.
        """
        room_id = self.resolve_alias(room)
        try:
            events = list(self._paginate(room_id, admin=False))
        except ChatError:
            if not self.is_admin:
                raise
            events = list(self._paginate(room_id, admin=True))
        messages = _messages(room_id, events)
        if since is not None:
            messages = [m for m in messages if m.timestamp >= since]
        return messages

    def channel_messages(self, channel: str, *, since: datetime | None = None) -> list[Message]:
        """Messages of a channel by name (``general``) or alias."""
        return self.room_messages(self.resolve_alias(channel), since=since)

    def _paginate(self, room_id: str, *, admin: bool) -> Iterator[JsonDict]:
        params: JsonDict = {"dir": "f", "limit": PAGE, "filter": json.dumps({"types": list(TEXT_TYPES)})}
        while True:
            if admin:
                page = self._admin_api("GET", f"/v1/rooms/{quote(room_id)}/messages", params=params)
            else:
                page = self._client("GET", f"/rooms/{quote(room_id)}/messages", params=params)
            chunk = page.get("chunk") or []
            yield from chunk
            end = page.get("end")
            if not chunk or not end or end == params.get("from"):
                return
            params["from"] = end

    def send_message(self, room: str, text: str) -> str:
        """Send a plain-text message to a room (ID, alias or channel name); return the event ID."""
        room_id = self.resolve_alias(room)
        path = f"/rooms/{quote(room_id)}/send/m.room.message/{uuid.uuid4().hex}"
        return str(self._client("PUT", path, body={"msgtype": "m.text", "body": text})["event_id"])

    # -- direct messages ----------------------------------------------------------------------

    def direct_map(self, username: str | None = None) -> dict[str, list[str]]:
        """The user's ``m.direct`` account data: partner username → room IDs."""
        other = self._other(username)
        if other is None:
            try:
                content = self._client("GET", f"/user/{quote(self.user_id)}/account_data/m.direct")
            except ChatError:
                content = {}
        else:
            data = self._admin_api("GET", f"/v1/users/{quote(other)}/accountdata")
            content = data.get("account_data", {}).get("global", {}).get("m.direct", {})
        return {username_of(k): [str(r) for r in v] for k, v in content.items() if isinstance(v, list)}

    def direct_rooms(self, other: str, username: str | None = None) -> list[str]:
        """Rooms the user (default: me) is joined to that are direct conversations with ``other``."""
        me = username_of(username or self.username)
        partner = username_of(other)
        joined = self.joined_rooms(username)
        listed = set(self.direct_map(username).get(partner, []))
        found = []
        for room_id in joined:
            if room_id in listed or self.dm_partner(room_id, me) == partner:
                found.append(room_id)
        return found

    def dm_partner(self, room: str, username: str | None = None) -> str | None:
        """The other person if the room is a two-person room without an alias, else None."""
        me = username_of(username or self.username)
        state = self.room_state(room)
        if any(e.get("type") == "m.room.canonical_alias" and e.get("content", {}).get("alias")
               for e in state):
            return None
        people = {username_of(str(e["state_key"])) for e in state if e.get("type") == "m.room.member"
                  and e.get("content", {}).get("membership") in ("join", "invite", "leave")}
        if len(people) != 2 or me not in people:
            return None
        return next(p for p in people if p != me)

    def direct_messages(self, other: str, username: str | None = None, *,
                        since: datetime | None = None) -> list[Message]:
        """All messages between the user (default: me) and ``other``, over every DM room, oldest first.

        A pending DM invite from ``other`` to this session's own user is accepted first (as a person
        opening the chat would); another user's view needs an admin session.
        """
        if username is None or self._uid(username) == self.user_id:
            self.accept_invites(other, direct_only=True)
        messages: list[Message] = []
        for room_id in self.direct_rooms(other, username):
            messages.extend(self.room_messages(room_id, since=since))
        return sorted(messages, key=lambda m: (m.timestamp, m.event_id))

    def contacted_people(self, username: str | None = None, *, since: datetime | None = None) -> list[str]:
        """Usernames the user (default: me) sent at least one direct message to, sorted."""
        me = username_of(username or self.username)
        contacted = set()
        listed = {room: partner for partner, rooms in self.direct_map(username).items() for room in rooms}
        for room_id in self.joined_rooms(username):
            partner = self.dm_partner(room_id, me) or listed.get(room_id)
            if partner is None or partner in contacted:
                continue
            if any(m.sender == me for m in self.room_messages(room_id, since=since)):
                contacted.add(partner)
        return sorted(contacted)

    def open_direct_room(self, other: str) -> str:
        """The room for DMs with ``other``: an existing one (accepting their invite) or a new one."""
        partner = username_of(other)
        self.accept_invites(partner, direct_only=True)
        existing = self.direct_rooms(partner)
        if existing:
            return existing[0]
        room_id = str(self._client("POST", "/createRoom", body={
            "preset": "trusted_private_chat", "is_direct": True, "invite": [self._uid(partner)],
        })["room_id"])
        direct = {self._uid(k): v for k, v in self.direct_map().items()}
        direct.setdefault(self._uid(partner), []).append(room_id)
        self._client("PUT", f"/user/{quote(self.user_id)}/account_data/m.direct", body=direct)
        return room_id

    def send_direct_message(self, other: str, text: str) -> str:
        """Send ``text`` to ``other`` in a DM (creating the room if needed); return the event ID."""
        return self.send_message(self.open_direct_room(other), text)

    def accept_invites(self, inviter: str | None = None, *, direct_only: bool = False) -> list[str]:
        """Join pending invites (from ``inviter`` only, if given); DM rooms go into ``m.direct``."""
        accepted = []
        for invite in self.pending_invites():
            if (direct_only and not invite.is_direct) or (inviter and invite.inviter != username_of(inviter)):
                continue
            accepted.append(self.join(invite.room_id))
            if invite.is_direct and invite.inviter:
                self._remember_direct(invite.inviter, invite.room_id)
        return accepted

    def _remember_direct(self, partner: str, room_id: str) -> None:
        direct = {self._uid(k): v for k, v in self.direct_map().items()}
        rooms = direct.setdefault(self._uid(partner), [])
        if room_id not in rooms:
            rooms.append(room_id)
            self._client("PUT", f"/user/{quote(self.user_id)}/account_data/m.direct", body=direct)

    # -- sync: waiting for new messages -------------------------------------------------------

    def _snapshot(self) -> JsonDict:
        """A full /sync without history: current invites and a token for "from now on"."""
        return self._client("GET", "/sync", params={"filter": json.dumps(_SNAPSHOT_FILTER)})

    def pending_invites(self) -> list[Invite]:
        """Rooms this user is invited to and has not joined yet."""
        return _invites(self._snapshot())

    def sync_token(self) -> str:
        """A ``since`` token for "from now on" (no history fetched)."""
        return str(self._snapshot()["next_batch"])

    def sync(self, since: str, timeout_ms: int = 30000) -> SyncBatch:
        """New messages and invites since ``since``, long-polling up to ``timeout_ms``.

        Newly joined rooms bring their recent history (up to 100 messages per room and batch).
        """
        data = self._client("GET", "/sync", params={
            "since": since, "timeout": timeout_ms, "filter": json.dumps(_SYNC_FILTER),
        }, timeout=self.client.timeout + timeout_ms / 1000)
        messages: list[Message] = []
        for room_id, room in data.get("rooms", {}).get("join", {}).items():
            messages.extend(_messages(str(room_id), room.get("timeline", {}).get("events", [])))
        return SyncBatch(str(data["next_batch"]), sorted(messages, key=lambda m: m.timestamp), _invites(data))

    def wait_for_messages(self, since: str, *, timeout: float = 60.0, accept_invites: bool = True,
                          accept: Callable[[Message], bool] | None = None) -> tuple[list[Message], str]:
        """Block until messages (from others, or matching ``accept``) arrive or ``timeout`` s pass.

        With ``accept_invites`` every invite, pending or arriving, is joined (DM invites are added to
        ``m.direct``), so a new DM's first messages come in with the following sync.
        Returns the messages (possibly none) and the token to continue from.
        """
        wanted = accept or (lambda m: m.sender != self.username)
        deadline = time.monotonic() + timeout
        token = since
        if accept_invites:  # invites older than ``since`` never show up in an incremental sync
            self.accept_invites()
        while True:
            left = deadline - time.monotonic()
            batch = self.sync(token, timeout_ms=max(0, int(min(left, 30.0) * 1000)))
            token = batch.next_batch
            if accept_invites:
                for invite in batch.invites:
                    self.join(invite.room_id)
                    if invite.is_direct and invite.inviter:
                        self._remember_direct(invite.inviter, invite.room_id)
            found = [m for m in batch.messages if wanted(m)]
            if found or (time.monotonic() >= deadline and not (accept_invites and batch.invites)):
                return found, token


    def ask(self, other: str, text: str, *, timeout: float = 90.0) -> str:
        """Send ``text`` to ``other`` as a direct message and return their first reply.

        ChatError when no reply comes within ``timeout`` seconds.
        """
        partner = username_of(user_id(other))
        token = self.sync_token()
        self.send_direct_message(other, text)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            left = max(0.1, min(10.0, deadline - time.monotonic()))
            messages, token = self.wait_for_messages(token, timeout=left, accept=lambda m: m.sender == partner)
            if messages:
                return "\n".join(m.body for m in messages)
        raise ChatError(f"no reply from {other} within {timeout:.0f} s")

_SYNC_FILTER: JsonDict = {  # messages only; no presence, receipts, typing or account data
    "presence": {"types": []},
    "account_data": {"types": []},
    "room": {"timeline": {"types": list(TEXT_TYPES), "limit": 100}, "state": {"lazy_load_members": True},
             "ephemeral": {"types": []}, "account_data": {"types": []}},
}
_SNAPSHOT_FILTER: JsonDict = {
    "presence": {"types": []},
    "account_data": {"types": []},
    "room": {"timeline": {"limit": 0}, "state": {"types": []}, "ephemeral": {"types": []},
             "account_data": {"types": []}},
}


def _object(data: Any, path: str) -> JsonDict:
    if not isinstance(data, dict):
        raise ChatError(f"{path.split('?', 1)[0]}: expected a JSON object")
    return data


def _invites(sync: JsonDict) -> list[Invite]:
    invites = []
    for room_id, room in sync.get("rooms", {}).get("invite", {}).items():
        inviter, direct = "", False
        for event in room.get("invite_state", {}).get("events", []):
            content = event.get("content", {})
            if event.get("type") == "m.room.member" and content.get("membership") == "invite":
                inviter = username_of(str(event.get("sender", "")))
                direct = bool(content.get("is_direct"))
        invites.append(Invite(str(room_id), inviter, direct))
    return invites


def _messages(room_id: str, events: list[JsonDict]) -> list[Message]:
    """Message events → Messages in the given order: edits folded into their originals."""
    originals: dict[str, Message] = {}
    order: list[str] = []
    edits: dict[str, JsonDict] = {}
    for event in events:
        if event.get("type") not in TEXT_TYPES:
            continue
        content = event.get("content") or {}
        relation = content.get("m.relates_to") or {}
        if relation.get("rel_type") == "m.replace" and isinstance(content.get("m.new_content"), dict):
            new_content = {**content["m.new_content"], "_sender": event.get("sender")}
            edits[str(relation.get("event_id"))] = new_content
            continue
        if "body" not in content:  # redacted
            continue
        event_id = str(event["event_id"])
        originals[event_id] = Message(
            room_id=room_id, event_id=event_id, sender=username_of(str(event["sender"])),
            body=str(content["body"]), timestamp=_timestamp(int(event["origin_server_ts"])),
            msgtype=str(content.get("msgtype", "m.text")),
        )
        order.append(event_id)
    result = []
    for event_id in order:
        message = originals[event_id]
        edit = edits.get(event_id)
        if edit and "body" in edit and username_of(str(edit["_sender"])) == message.sender:
            message = Message(message.room_id, message.event_id, message.sender, str(edit["body"]),
                              message.timestamp, message.msgtype, edited=True)
        result.append(message)
    return result


def main(argv: list[str] | None = None) -> int:
    """``python_default -m grading.clients.chat ask USERNAME MESSAGE``: DM a colleague, print the reply.

    Logs in as $WORKFLOOR_USERNAME / $WORKFLOOR_PASSWORD; exit 1 when no reply comes within 90 s.
    """
    import os
    import sys

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 3 or args[0] != "ask":
        print("usage: python -m grading.clients.chat ask USERNAME MESSAGE", file=sys.stderr)
        return 2
    try:
        with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
            print(chat.ask(args[1], args[2]))
    except (ChatError, KeyError) as exc:
        print(f"chat: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
