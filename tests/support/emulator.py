"""A Bot API emulator for tests: real HTTP on 127.0.0.1, strict like Telegram.

The real python-telegram-bot `Application` talks to it through `base_url`. It checks every
call against the Bot API 10.1 method list (`tests/data/bot-api-methods.json`, trimmed from
`shared/telegram/bot-api-10.1.json` by `tests/data/trim_spec.py`): unknown methods and missing
required fields are refused, and so are texts over 4096 characters, callback_data over 64
bytes, captions over 1024 characters and malformed HTML, with Telegram's error shape.
Tests push updates in, wait for what the bot sent, and can inject faults (429, 500, a
dropped connection). Updates wait for getUpdates (long polling), or, after
`deliver_by_webhook`, are POSTed to the bot's webhook as Telegram does, through a round-robin
load balancer in front of one or more instances. Standard library only; the server runs in
its own threads.
"""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import html
import http.client
import itertools
import json
import math
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

SENDING = {"sendMessage", "sendPhoto", "editMessageText"}
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
SPEC = json.loads((Path(__file__).parents[1] / "data" / "bot-api-methods.json").read_text())[
    "methods"
]
TOKEN = "123456:TEST-token-do-not-log"
BOT = {"id": 123456, "is_bot": True, "first_name": "Taolu", "username": "TaoluBot"}
ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
    "a", "code", "pre", "blockquote", "tg-emoji",
}  # fmt: skip
_TAG = re.compile(r"<(/?)([a-zA-Z-]+)((?:\s+[a-z-]+(?:=\"[^\"<>]*\")?)*)\s*>")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


class BadRequest(Exception):
    def __init__(self, description: str, code: int = 400, parameters: dict | None = None):
        super().__init__(description)
        self.description, self.code, self.parameters = description, code, parameters


def parse_html(text: str) -> str:
    """The text Telegram would show for `text` in HTML mode; BadRequest if malformed."""
    if "<" not in text and "&" not in text and ">" not in text:
        return text
    shown, stack, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "<":
            match = _TAG.match(text, i)
            if not match or match.group(2).lower() not in ALLOWED_TAGS:
                raise BadRequest(
                    f"Bad Request: can't parse entities: unsupported start tag at byte offset {i}"
                )
            closing, tag = match.group(1), match.group(2).lower()
            if closing:
                if not stack or stack.pop() != tag:
                    raise BadRequest(
                        f"Bad Request: can't parse entities: unmatched end tag at byte offset {i}"
                    )
            else:
                stack.append(tag)
            i = match.end()
        elif ch == "&":
            match = _ENTITY.match(text, i)
            if not match:
                raise BadRequest(
                    f"Bad Request: can't parse entities: unsupported entity at byte offset {i}"
                )
            shown.append(html.unescape(match.group(0)))
            i = match.end()
        elif ch == ">":
            raise BadRequest(
                f"Bad Request: can't parse entities: unexpected '>' at byte offset {i}"
            )
        else:
            shown.append(ch)
            i += 1
    if stack:
        raise BadRequest(
            f"Bad Request: can't parse entities: can't find end tag corresponding to start tag {stack[-1]}"
        )
    return "".join(shown)


@dataclass
class Fault:
    kind: str  # "429", "500", "drop", "lost", "odd" or "none"
    retry_after: int = 1
    chat_id: int | None = None  # only a call to this chat meets it; None: the next call

    def meets(self, params: dict[str, Any]) -> bool:
        return self.chat_id is None or str(params.get("chat_id")) == str(self.chat_id)


@dataclass
class Emulator:
    """Holds the chats, the update queue and what the bot sent; serves the Bot API."""

    updates: list[dict] = field(default_factory=list)
    sent: list[dict] = field(
        default_factory=list
    )  # every successful call: {"method", "params", "result"}
    rejected: list[dict] = field(default_factory=list)  # every refused call, with its error
    messages: dict[tuple[int, int], dict] = field(default_factory=dict)
    faults: dict[str, list[Fault]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    callback_answers: dict[str, dict] = field(default_factory=dict)
    offered: dict[int, float] = field(default_factory=dict)  # update id → when it was pushed
    # Telegram's limits: 30 messages a second in all, 20 a minute in one group (as token
    # buckets: a burst, then a steady rate); going over answers 429 with retry_after.
    limits: bool = True
    blocked: set[int] = field(default_factory=set)  # users who blocked the bot: 403
    migrated: dict[int, int] = field(default_factory=dict)  # group id → its supergroup's id
    admins: dict[int, list[dict]] = field(default_factory=dict)  # chat id → admin users
    too_many: list[dict] = field(default_factory=list)  # every call refused with a 429
    webhook: dict | None = None  # what setWebhook set: url, secret_token, allowed_updates…
    deliveries: list[dict] = field(default_factory=list)  # every webhook POST and its status

    def __post_init__(self) -> None:
        self.lock = threading.Condition()
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._offset = 0
        self._buckets: dict[object, tuple[float, float]] = {}  # key → (tokens, when)
        self._targets: list[str] = []  # the instances behind the load balancer
        self._turn = 0  # the round robin's next target
        self._posting: set[int] = set()  # update ids being POSTed
        self._busy_chats: set[int] = set()  # chats with an update being POSTed
        self._retry_at: dict[int, tuple[int, float]] = {}  # update id → (failures, not before)
        self._hooks: list[tuple[Callable[[dict], bool], Callable[[], None]]] = []
        self._held: set[str] = set()  # methods whose calls wait before Telegram takes them
        self.holding = 0  # calls waiting now, held
        self._stopping = False
        self._connections: set[socket.socket] = set()  # the bot's open connections
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    # -- lifecycle -------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}/bot"

    def start(self) -> Emulator:
        self.thread.start()
        return self

    def stop(self) -> None:
        with self.lock:
            self._stopping = True
            self.lock.notify_all()
        self.server.shutdown()
        self.server.server_close()

    def go_down(self) -> None:
        """Telegram cannot be reached: no connection is taken (a connect is refused) and the
        bot's open ones are closed, so its next call makes none (httpx's ConnectError:
        nothing went out), until `come_back`."""
        self.server.shutdown()
        self.server.server_close()
        with self.lock:
            for connection in self._connections:
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)

    def come_back(self) -> None:
        """Connections are taken again, on the same address."""
        port = self.server.server_port
        self.server = ThreadingHTTPServer(("127.0.0.1", port), _handler_for(self))
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    # -- what tests do ---------------------------------------------------------------------

    def inject(
        self, method: str, kind: str, retry_after: int = 1, chat_id: int | None = None
    ) -> None:
        """Make the next call of `method` fail: "429", "500", "drop" (close the socket),
        "lost" (carry the call out, then close the socket: the answer never reaches the bot)
        or "odd" (a 200 whose result is `true`, not the object the method returns); "none"
        takes the call as it is, so that a fault injected after it hits the call after.
        With `chat_id`, the next call to that chat: chats' calls race, so a test about one
        chat's fault must not bet on which chat's call comes first."""
        with self.lock:
            self.faults.setdefault(method, []).append(Fault(kind, retry_after, chat_id))

    def push(self, update: dict) -> dict:
        update = self.new_update(update)
        with self.lock:
            self.updates.append(update)
            self.lock.notify_all()
        return update

    def new_update(self, update: dict) -> dict:
        """`update` with the next update id, not queued (to deliver by hand)."""
        with self.lock:
            update = {"update_id": next(self._update_ids), **update}
            self.offered[update["update_id"]] = time.perf_counter()
        return update

    def user_message(
        self,
        chat: dict,
        sender: dict | None,
        text: str | None = None,
        reply_to: dict | None = None,
        sender_chat: dict | None = None,
        **extra: Any,
    ) -> dict:
        """Push a message from a user (or sent as a chat); returns the message."""
        message = self.compose_message(chat, sender, text, reply_to, sender_chat, **extra)
        self.push({"message": message})
        return message

    def upgrade_group(self, old: dict, new: dict, by: dict) -> tuple[dict, dict]:
        """The group `old` becomes the supergroup `new`, as Telegram says it: a service message
        `migrate_to_chat_id` in the old group, one with `migrate_from_chat_id` in the new
        supergroup (both from the member who upgraded it), and sends to the old id refused
        from now on (400 with `migrate_to_chat_id`). Both updates are queued; returns them."""
        with self.lock:
            self.migrated[old["id"]] = new["id"]
        to = self.push({"message": self.compose_message(old, by, migrate_to_chat_id=new["id"])})
        came = self.push({"message": self.compose_message(new, by, migrate_from_chat_id=old["id"])})
        return to, came

    def choose_inline_result(self, user: dict, result: dict, query: str = "") -> str:
        """`user` posts `result` (one of an answerInlineQuery's results) into a chat: Telegram
        sends `chosen_inline_result` (with inline feedback on) naming the result and the new
        message's inline_message_id, present because the result has a keyboard. Returns that
        id, which taps on the message carry."""
        with self.lock:
            message_id = f"IM{next(self._message_ids)}"
        chosen: dict[str, Any] = {"result_id": result["id"], "from": user, "query": query}
        if result.get("reply_markup"):
            chosen["inline_message_id"] = message_id
        self.push({"chosen_inline_result": chosen})
        return message_id

    def compose_message(
        self,
        chat: dict,
        sender: dict | None,
        text: str | None = None,
        reply_to: dict | None = None,
        sender_chat: dict | None = None,
        **extra: Any,
    ) -> dict:
        """A message from a user, known to the chat but not pushed as an update."""
        with self.lock:
            message: dict[str, Any] = {
                "message_id": next(self._message_ids),
                "date": int(time.time()),
                "chat": chat,
                **extra,
            }
            if sender is not None:
                message["from"] = sender
            if sender_chat is not None:
                message["sender_chat"] = sender_chat
            if text is not None:
                message["text"] = text
                if text.startswith("/"):
                    length = len(text.split()[0])
                    message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
            if reply_to is not None:
                message["reply_to_message"] = reply_to
            self.messages[(chat["id"], message["message_id"])] = message
        return message

    def wait_for(
        self, predicate: Callable[[dict], bool], timeout: float = 15.0, after: int = 0
    ) -> dict:
        """The first call the bot made (from index `after`) that satisfies `predicate`.

        Blocks on a condition variable, not a sleep: it returns as soon as the call arrives;
        the timeout only bounds a failing test.
        """
        deadline = time.monotonic() + timeout
        with self.lock:
            while True:
                for call in self.sent[after:]:
                    if predicate(call):
                        return call
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [(c["method"], c["params"].get("text")) for c in self.sent[after:]]
                    raise AssertionError(f"the bot never made the expected call; it made {seen}")
                self.lock.wait(remaining)

    def wait_until(self, condition: Callable[[], bool], timeout: float = 60.0) -> None:
        """Block until `condition` (read under the lock) holds: woken by each call and each
        webhook delivery recorded, never by a sleep."""
        deadline = time.monotonic() + timeout
        with self.lock:
            while not condition():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError("the emulator never saw what was awaited")
                self.lock.wait(remaining)

    def wait_for_count(
        self, method: str, count: int, after: int = 0, timeout: float = 60.0
    ) -> None:
        """Block until the bot has made `count` calls of `method` since index `after`."""
        deadline = time.monotonic() + timeout
        with self.lock:
            while sum(1 for c in self.sent[after:] if c["method"] == method) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"fewer than {count} {method} calls arrived")
                self.lock.wait(remaining)

    def sent_texts(self, chat_id: int) -> list[str]:
        with self.lock:
            return [
                c["params"]["text"]
                for c in self.sent
                if c["method"] == "sendMessage" and int(c["params"]["chat_id"]) == chat_id
            ]

    def mark(self) -> int:
        """An index into `sent`, so a wait can look only at what comes after it."""
        with self.lock:
            return len(self.sent)

    def hold(self, method: str) -> None:
        """From now on, calls of `method` wait, unanswered, until `let_go` (Telegram slow to
        answer them): each counted in `holding` while it waits."""
        with self.lock:
            self._held.add(method)

    def let_go(self, method: str) -> None:
        """The calls of `method` held go on, and the next ones are not held."""
        with self.lock:
            self._held.discard(method)
            self.lock.notify_all()

    def _wait_if_held(self, method: str) -> None:
        with self.lock:
            if method not in self._held:
                return
            self.holding += 1
            self.lock.notify_all()
            while method in self._held and not self._stopping:
                self.lock.wait()
            self.holding -= 1

    def when(self, predicate: Callable[[dict], bool], action: Callable[[], None]) -> None:
        """Once: run `action` when the bot makes a call that satisfies `predicate`, after it is
        recorded and before the bot has its answer (to kill an instance at that moment)."""
        with self.lock:
            self._hooks.append((predicate, action))

    # -- webhook delivery ------------------------------------------------------------------

    def deliver_by_webhook(self, targets: list[str], connections: int = 40) -> None:
        """From now on, POST updates to the webhook as Telegram does, instead of waiting for
        getUpdates: a chat's updates one at a time (the next waits for the answer to the one
        before), chats side by side over up to `connections` connections, each POST to the
        next of `targets` in turn (a round-robin load balancer; each target is
        "http://host:port", the path is the webhook URL's). An update whose POST fails or is
        not answered 2xx goes again, to the next target, until one takes it. Nothing is
        delivered before the bot calls setWebhook, nor types it did not ask for."""
        with self.lock:
            self._targets = list(targets)
        for _ in range(connections):
            threading.Thread(target=self._deliver_forever, daemon=True).start()

    def upcoming_target(self) -> str:
        """Where the load balancer sends its next POST."""
        with self.lock:
            return self._targets[self._turn % len(self._targets)]

    def post_update(
        self, target: str, update: dict, secret: str | None, path: str | None = None
    ) -> int | None:
        """POST one update to `target` as Telegram would: its HTTP status, None if none came."""
        if path is None:
            with self.lock:
                path = urlsplit((self.webhook or {}).get("url", "")).path or "/"
        address = urlsplit(target)
        connection = http.client.HTTPConnection(address.hostname, address.port, timeout=60)
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers[SECRET_HEADER] = secret
        try:
            body = json.dumps(update, ensure_ascii=False).encode("utf-8")
            connection.request("POST", path, body, headers)
            return connection.getresponse().status
        except OSError:
            return None
        finally:
            connection.close()

    def deliver_everywhere(self, update: dict) -> list[int | None]:
        """POST one update to every target at the same moment (a delivery Telegram repeated
        while the first was still being handled); the statuses, in target order."""
        with self.lock:
            targets, secret = list(self._targets), (self.webhook or {}).get("secret_token")
        statuses: list[int | None] = [None] * len(targets)
        start = threading.Barrier(len(targets))

        def post(index: int) -> None:
            start.wait()
            statuses[index] = self.post_update(targets[index], update, secret)

        posts = [threading.Thread(target=post, args=(i,)) for i in range(len(targets))]
        for thread in posts:
            thread.start()
        for thread in posts:
            thread.join()
        with self.lock:
            for target, status in zip(targets, statuses, strict=True):
                self._record(update, target, status)
        return statuses

    def wait_delivered(self, update_id: int, timeout: float = 30.0) -> dict:
        """Block until a POST of the update was answered 2xx; that delivery."""
        deadline = time.monotonic() + timeout
        with self.lock:
            while True:
                for delivery in self.deliveries:
                    if delivery["update_id"] == update_id and delivery["ok"]:
                        return delivery
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"update {update_id} was never delivered")
                self.lock.wait(remaining)

    def _deliver_forever(self) -> None:
        while True:
            with self.lock:
                update = self._next_delivery()
                while update is None:
                    if self._stopping:
                        return
                    self.lock.wait(self._until_next_retry())
                    update = self._next_delivery()
                target = self._targets[self._turn % len(self._targets)]
                self._turn += 1
                secret = (self.webhook or {}).get("secret_token")
            status = self.post_update(target, update, secret)
            with self.lock:
                self._record(update, target, status)
                self._posting.discard(update["update_id"])
                self._busy_chats.discard(_chat_of(update))
                if self.deliveries[-1]["ok"]:
                    self.updates = [u for u in self.updates if u is not update]
                    self._retry_at.pop(update["update_id"], None)
                else:  # Telegram tries again, a little later each time
                    failures = self._retry_at.get(update["update_id"], (0, 0.0))[0] + 1
                    wait = min(1.0, 0.01 * 2**failures)
                    self._retry_at[update["update_id"]] = (failures, time.monotonic() + wait)
                self.lock.notify_all()

    def _next_delivery(self) -> dict | None:
        """The first queued update that may go now (called with the lock held)."""
        if self.webhook is None or not self._targets or self._stopping:
            return None
        allowed = self.webhook.get("allowed_updates")
        if allowed:  # Telegram drops what the bot did not ask for
            self.updates = [u for u in self.updates if set(u) - {"update_id"} <= set(allowed)]
        waiting_chats: set[int | None] = set()
        for update in self.updates:
            chat = _chat_of(update)
            if update["update_id"] in self._posting or chat in waiting_chats:
                if chat is not None:
                    waiting_chats.add(chat)
                continue
            not_before = self._retry_at.get(update["update_id"], (0, 0.0))[1]
            if chat in self._busy_chats or not_before > time.monotonic():
                if chat is not None:
                    waiting_chats.add(chat)  # the chat's later updates wait for this one
                continue
            self._posting.add(update["update_id"])
            if chat is not None:
                self._busy_chats.add(chat)
            return update
        return None

    def _until_next_retry(self) -> float | None:
        retries = [at for _, at in self._retry_at.values()]
        return max(0.0, min(retries) - time.monotonic()) if retries else None

    def _record(self, update: dict, target: str, status: int | None) -> None:
        self.deliveries.append(
            {
                "update_id": update["update_id"],
                "target": target,
                "status": status,
                "ok": status is not None and 200 <= status < 300,
                "at": time.perf_counter(),
            }
        )
        self.lock.notify_all()

    # -- the Bot API -----------------------------------------------------------------------

    def call(self, method: str, params: dict[str, Any]) -> Any:
        spec = SPEC.get(method)
        if spec is None:
            raise BadRequest(f"Bad Request: unknown method '{method}'")
        fields = {f["name"]: f for f in spec["fields"]}
        for name, info in fields.items():
            if info["required"] and name not in params:
                raise BadRequest(f'Bad Request: parameter "{name}" is required')
        unknown = set(params) - set(fields)
        if method == "editMessageReplyMarkup":
            # python-telegram-bot sends its default parse_mode here too; Telegram ignores it.
            unknown.discard("parse_mode")
            params = {k: v for k, v in params.items() if k != "parse_mode"}
        if unknown:
            raise BadRequest(f"Bad Request: unknown parameters {sorted(unknown)}")
        params = {k: _decode(v, fields[k]["types"]) for k, v in params.items()}
        if method in SENDING and "chat_id" in params:
            self._check_recipient(method, params)
        handler = getattr(self, f"_api_{method}", None)
        result = True if handler is None else handler(params)  # True: valid, no behaviour
        if method != "getUpdates":
            with self.lock:
                self.sent.append(
                    {
                        "method": method,
                        "params": params,
                        "result": result,
                        "at": time.perf_counter(),
                    }
                )
                self.lock.notify_all()
                due = [hook for hook in self._hooks if hook[0](self.sent[-1])]
                self._hooks = [hook for hook in self._hooks if hook not in due]
            for _, action in due:
                action()
        return result

    def _check_recipient(self, method: str, params: dict) -> None:
        """What Telegram refuses before sending: a blocked user, a migrated group, a flood."""
        chat_id = int(params["chat_id"])
        if chat_id in self.blocked:
            raise BadRequest("Forbidden: bot was blocked by the user", code=403)
        if chat_id in self.migrated:
            raise BadRequest(
                "Bad Request: group chat was upgraded to a supergroup chat",
                parameters={"migrate_to_chat_id": self.migrated[chat_id]},
            )
        if not self.limits:
            return
        with self.lock:
            wait = self._take(("all",), 30, 30.0)
            if chat_id < 0:
                wait = max(wait, self._take(("chat", chat_id), 20, 20 / 60))
            if wait > 0:
                self.too_many.append({"method": method, "params": params, "at": time.monotonic()})
        if wait > 0:
            raise BadRequest(
                f"Too Many Requests: retry after {math.ceil(wait)}",
                code=429,
                parameters={"retry_after": math.ceil(wait)},
            )

    def spend_group_share(self, chat_id: int) -> None:
        """As if the group had just had its 20 messages of the minute."""
        with self.lock:
            self._buckets[("chat", chat_id)] = (0.0, time.monotonic())

    def _take(self, key: object, capacity: int, rate: float) -> float:
        """Take a token from the bucket `key`; 0, or the seconds until one is there."""
        now = time.monotonic()
        tokens, then = self._buckets.get(key, (float(capacity), now))
        tokens = min(float(capacity), tokens + (now - then) * rate)
        if tokens < 1:
            self._buckets[key] = (tokens, now)
            return (1 - tokens) / rate
        self._buckets[key] = (tokens - 1, now)
        return 0.0

    def _api_getChatAdministrators(self, params: dict) -> list[dict]:
        users = self.admins.get(int(params["chat_id"]), [])
        return [{"status": "administrator", "user": user, "can_be_edited": False,
                 "is_anonymous": False, "can_manage_chat": True, "can_delete_messages": True,
                 "can_manage_video_chats": True, "can_restrict_members": True,
                 "can_promote_members": False, "can_change_info": True,
                 "can_invite_users": True, "can_post_stories": False,
                 "can_edit_stories": False, "can_delete_stories": False}
                for user in users]  # fmt: skip

    def _api_getMe(self, params: dict) -> dict:
        return BOT

    def _api_deleteWebhook(self, params: dict) -> bool:
        with self.lock:
            self.webhook = None
        return True

    def _api_setWebhook(self, params: dict) -> bool:
        url = urlsplit(params["url"])
        if url.scheme not in ("http", "https") or not url.hostname:  # a local server's rules
            raise BadRequest("Bad Request: bad webhook: invalid webhook URL specified")
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise BadRequest("Bad Request: secret token contains unallowed characters")
        with self.lock:
            self.webhook = params
            self.lock.notify_all()
        return True

    def _api_setMyCommands(self, params: dict) -> bool:
        commands = params["commands"]
        if not isinstance(commands, list) or len(commands) > 100:
            raise BadRequest("Bad Request: too many commands")
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command.get("command", "")):
                raise BadRequest("Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(command.get("description", "")) <= 256:
                raise BadRequest("Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        return True

    def _api_getUpdates(self, params: dict) -> list[dict]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        with self.lock:
            if self.webhook is not None:
                raise BadRequest(
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                    code=409,
                )
            if offset:
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
            while not self.updates and time.monotonic() < deadline:
                self.lock.wait(deadline - time.monotonic())
            return self.updates[:limit]

    def _api_sendMessage(self, params: dict) -> dict:
        text = self._check_text(params, "text", 4096, required=True)
        return self._new_message(params, text=text)

    def _api_sendPhoto(self, params: dict) -> dict:
        caption = self._check_text(params, "caption", 1024, required=False)
        photo = params["photo"]
        if isinstance(photo, str) and photo.startswith("attach://"):
            photo = self.files.get(photo[len("attach://") :])
        if not isinstance(photo, bytes) or not photo:
            raise BadRequest("Bad Request: there is no photo in the request")
        message = self._new_message(params, caption=caption)
        message["photo"] = [{"file_id": f"photo{message['message_id']}", "file_unique_id": "u",
                             "width": 640, "height": 480, "file_size": len(photo)}]  # fmt: skip
        return message

    def _api_editMessageText(self, params: dict) -> dict | bool:
        text = self._check_text(params, "text", 4096, required=True)
        self._check_markup(params.get("reply_markup"))
        if "inline_message_id" in params:
            return True
        key = (int(params.get("chat_id", 0)), int(params.get("message_id", 0)))
        message = self.messages.get(key)
        if message is None:
            raise BadRequest("Bad Request: message to edit not found")
        if message.get("text") == text:
            raise BadRequest("Bad Request: message is not modified")
        message["text"] = text
        return message

    def _api_editMessageReplyMarkup(self, params: dict) -> dict:
        markup = params.get("reply_markup")
        self._check_markup(markup)
        key = (int(params.get("chat_id", 0)), int(params.get("message_id", 0)))
        message = self.messages.get(key)
        if message is None:
            raise BadRequest("Bad Request: message to edit not found")
        if message.get("reply_markup") == markup:
            raise BadRequest("Bad Request: message is not modified")
        message["reply_markup"] = markup
        return message

    def _api_answerCallbackQuery(self, params: dict) -> bool:
        if len(params.get("text") or "") > 200:
            raise BadRequest("Bad Request: MESSAGE_TOO_LONG")
        query_id = str(params["callback_query_id"])
        if query_id in self.callback_answers:
            raise BadRequest(
                "Bad Request: query is too old and response timeout expired or query ID is invalid"
            )
        self.callback_answers[query_id] = params
        return True

    def _api_answerInlineQuery(self, params: dict) -> bool:
        results = params["results"]
        if not isinstance(results, list) or len(results) > 50:
            raise BadRequest("Bad Request: RESULTS_TOO_MUCH")
        ids = [r.get("id") for r in results]
        if len(set(ids)) != len(ids) or not all(
            isinstance(i, str) and 1 <= len(i.encode()) <= 64 for i in ids
        ):
            raise BadRequest("Bad Request: RESULT_ID_INVALID")
        for result in results:
            content = result.get("input_message_content") or {}
            if "message_text" in content:
                self._check_text(content, "message_text", 4096, required=True)
            self._check_markup(result.get("reply_markup"))
        return True

    # -- checks ----------------------------------------------------------------------------

    def _check_text(self, params: dict, name: str, limit: int, required: bool) -> str | None:
        raw = params.get(name)
        if raw is None:
            return None
        mode = (params.get("parse_mode") or "").lower()
        shown = parse_html(raw) if mode == "html" else raw
        if required and not shown.strip():
            raise BadRequest(f"Bad Request: {name} must be non-empty")
        if len(shown.encode("utf-16-le")) // 2 > limit:  # Telegram counts UTF-16 code units
            raise BadRequest(f"Bad Request: {name} is too long")
        return shown

    def _check_markup(self, markup: Any) -> None:
        if not isinstance(markup, dict):
            return
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode("utf-8")) <= 64:
                    raise BadRequest("Bad Request: BUTTON_DATA_INVALID")

    def _new_message(self, params: dict, **content: Any) -> dict:
        self._check_markup(params.get("reply_markup"))
        chat_id = int(params["chat_id"])
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {
                "id": chat_id,
                "type": "private" if chat_id > 0 else "supergroup",
                "title": "g",
            },
            "from": BOT,
            **{k: v for k, v in content.items() if v is not None},
        }
        reply = params.get("reply_parameters") or {}
        original = self.messages.get((chat_id, int(reply.get("message_id", 0))))
        if reply and original is None and not reply.get("allow_sending_without_reply"):
            raise BadRequest("Bad Request: message to be replied not found")
        if original is not None:
            message["reply_to_message"] = original
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:  # as a message shows it
            message["reply_markup"] = markup
        self.messages[(chat_id, message["message_id"])] = message
        return message


def _chat_of(update: dict) -> int | None:
    """The chat an update belongs to; None for an inline query or a tap on an inline message."""
    for kind in ("message", "edited_message"):
        if kind in update:
            return update[kind]["chat"]["id"]
    message = update.get("callback_query", {}).get("message")
    return message["chat"]["id"] if message else None


def _decode(value: Any, types: list[str]) -> Any:
    """Form fields arrive as text; everything but a String is JSON, as PTB sends it."""
    if isinstance(value, bytes) or types == ["String"]:
        return value
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return value


def _handler_for(emulator: Emulator) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms stall

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base's name)
            pass  # the tests' output stays quiet

        def setup(self) -> None:
            super().setup()
            with emulator.lock:
                emulator._connections.add(self.connection)

        def finish(self) -> None:
            with emulator.lock:
                emulator._connections.discard(self.connection)
            super().finish()

        def do_POST(self) -> None:
            match = re.fullmatch(r"/bot([^/]+)/(\w+)", self.path)
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if not match or match.group(1) != TOKEN:
                return self._reply(
                    401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
                )
            method = match.group(2)
            params = self._params(body)
            with emulator.lock:
                queue = emulator.faults.get(method) or []
                fault = next((f for f in queue if f.meets(params)), None)
                if fault is not None:
                    queue.remove(fault)
            if fault is not None and fault.kind == "drop":
                self.close_connection = True
                self.connection.shutdown(2)
                return None
            if fault is not None and fault.kind == "429":
                return self._reply(429, {
                    "ok": False, "error_code": 429,
                    "description": f"Too Many Requests: retry after {fault.retry_after}",
                    "parameters": {"retry_after": fault.retry_after},
                })  # fmt: skip
            if fault is not None and fault.kind == "odd":
                return self._reply(200, {"ok": True, "result": True})
            if fault is not None and fault.kind == "500":
                return self._reply(
                    500, {"ok": False, "error_code": 500, "description": "Internal Server Error"}
                )
            emulator._wait_if_held(method)
            if fault is not None and fault.kind == "lost":
                with contextlib.suppress(BadRequest):
                    emulator.call(method, params)
                self.close_connection = True
                self.connection.shutdown(2)
                return None
            try:
                result = emulator.call(method, params)
            except BadRequest as error:
                with emulator.lock:
                    emulator.rejected.append(
                        {"method": method, "params": params, "error": error.description}
                    )
                    emulator.lock.notify_all()
                payload = {"ok": False, "error_code": error.code, "description": error.description}
                if error.parameters:
                    payload["parameters"] = error.parameters
                return self._reply(error.code, payload)
            return self._reply(200, {"ok": True, "result": result})

        do_GET = do_POST

        def _params(self, body: bytes) -> dict[str, Any]:
            kind = self.headers.get("Content-Type", "")
            if kind.startswith("multipart/form-data"):
                parsed = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                    b"Content-Type: " + kind.encode() + b"\r\n\r\n" + body
                )
                params: dict[str, Any] = {}
                for part in parsed.iter_parts():
                    name = part.get_param("name", header="content-disposition")
                    payload = part.get_payload(decode=True)
                    if part.get_filename() is not None:
                        emulator.files[name] = payload
                        params.setdefault(name, payload)
                    else:
                        params[name] = payload.decode("utf-8")
                return params
            if kind.startswith("application/json"):
                return json.loads(body or b"{}")
            return {
                k: v[0] for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True).items()
            }

        def _reply(self, status: int, payload: dict) -> None:
            data = json.dumps(payload, ensure_ascii=False).encode("utf-8")  # as Telegram does
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up on a long poll: nothing to tell it

    return Handler
