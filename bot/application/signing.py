"""Signed button data: the one helper behind every button the bot makes.

A button's data travels through the user's client and comes back in a tap, so anyone may
change it. `seal` appends a 128-bit HMAC-SHA256 of the data, keyed by a random secret kept in
the database (`Storage.secret`); `unseal` gives the data back only if the mark is this bot's.
Inline mode's answer buttons (bot/telegram/inline.py) and the buttons under the bot's own
messages (bot/application/buttons.py) both use it, each with a key of its own.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

MAC_BYTES = 16  # 128 bits; the whole button must fit Telegram's 64 bytes


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def seal(secret: bytes, body: str) -> str:
    """`body` and its mark: "body.MAC"."""
    mac = hmac.new(secret, body.encode(), hashlib.sha256).digest()[:MAC_BYTES]
    return f"{body}.{b64(mac)}"


def unseal(secret: bytes, data: str | None) -> str | None:
    """The body `data` was sealed with, if this key sealed it; None for anything else."""
    if not data or not data.isascii() or "." not in data:
        return None
    body = data.rsplit(".", 1)[0]
    return body if hmac.compare_digest(seal(secret, body), data) else None
