"""The fetch's one deadline: a timer that shuts the fetch's sockets when it passes, so a
server trickling a byte a second cannot hold reader (a blocked read ends at once)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time


class Watchdog:
    """Shuts the fetch's socket when the deadline passes; reads then end at once."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.expired = False
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        self.timer = threading.Timer(seconds, self._fire)
        self.timer.daemon = True
        self.timer.start()

    def left(self) -> float:
        return self.end - time.monotonic()

    def watch(self, sock: socket.socket) -> socket.socket:
        with self.lock:
            self.sockets.append(sock)
            if self.expired:
                shut(sock)
        return sock

    def _fire(self) -> None:
        with self.lock:
            self.expired = True
            for sock in self.sockets:
                shut(sock)

    def stop(self) -> None:
        self.timer.cancel()


def shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # the plain socket's: wakes a blocked read, TLS or not
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
