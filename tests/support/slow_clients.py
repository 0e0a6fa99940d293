"""Raw HTTP clients for the webhook's limits: ones that send headers and hold back the body,
trickle bytes, or say nothing at all. Loopback only; every wait has a deadline."""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable


def connect(port: int) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=10)


def headers(path: str, length: int, secret: str | None = None, method: str = "POST") -> bytes:
    lines = [
        f"{method} {path} HTTP/1.1",
        "Host: taolu.example",
        "Content-Type: application/json",
        f"Content-Length: {length}",
    ]
    if secret is not None:
        lines.append(f"X-Telegram-Bot-Api-Secret-Token: {secret}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def status_of(sock: socket.socket, timeout: float = 5.0) -> int | None:
    """The status of the response that comes on `sock` within `timeout`; None if none does."""
    sock.settimeout(timeout)
    received = b""
    try:
        while b"\r\n" not in received:
            chunk = sock.recv(4096)
            if not chunk:
                break
            received += chunk
    except (TimeoutError, ConnectionResetError):
        pass
    if not received.startswith(b"HTTP/1."):
        return None
    return int(received.split(b" ", 2)[1])


def closed_within(sock: socket.socket, timeout: float, trickle: bytes = b"") -> bool:
    """Whether the server closes `sock` within `timeout`, reading what it says meanwhile;
    with `trickle`, one byte of it is sent every 0.1 s, as a slow client would."""
    deadline = time.monotonic() + timeout
    sent = 0
    while time.monotonic() < deadline:
        sock.settimeout(0.1)
        try:
            if not sock.recv(4096):
                return True
        except TimeoutError:
            pass
        except OSError:
            return True
        if sent < len(trickle):
            try:
                sock.sendall(trickle[sent : sent + 1])
            except OSError:
                return True
            sent += 1
    return False


def timed_get(port: int, path: str, timeout: float = 10.0) -> tuple[int | None, float]:
    """GET `path`: its status (None if none came) and how long it took."""
    began = time.monotonic()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=timeout) as answer:
            status: int | None = answer.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError:
        status = None
    return status, time.monotonic() - began


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll `condition` (each poll a request with its own timeout) until true or `timeout`."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout} s: {what}")
        time.sleep(0.05)  # between polls; the deadline is what bounds the wait
