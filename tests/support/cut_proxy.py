"""A loopback TCP proxy in front of a server, whose far side a test can cut: "refuse" (as a
server that stopped: connections reset, new ones refused) or "blackhole" (as a server that
hangs or a network that drops everything: connections stay open and nothing comes back)."""

from __future__ import annotations

import contextlib
import select
import socket
import threading


class CutProxy:
    def __init__(self, target_port: int) -> None:
        self.target = ("127.0.0.1", target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.mode = "forward"
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            with self._lock:
                self._sockets.append(client)
                if self.mode != "forward":
                    continue  # blackhole: taken, never answered
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets.append(server)
            threading.Thread(target=self._pump, args=(client, server), daemon=True).start()

    def _pump(self, a: socket.socket, b: socket.socket) -> None:
        while self.mode == "forward":
            try:
                ready, _, _ = select.select([a, b], [], [], 0.05)
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        raise OSError("closed")
                    (b if sock is a else a).sendall(data)
            except (OSError, ValueError):
                break
        if self.mode != "blackhole":
            a.close()
            b.close()

    def cut(self, mode: str) -> None:
        with self._lock:
            self.mode = mode
            if mode == "refuse":
                self.listener.close()
                for sock in self._sockets:
                    with contextlib.suppress(OSError):
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\1\0\0\0\0\0\0\0")
                    sock.close()

    def close(self) -> None:
        self.cut("refuse")
