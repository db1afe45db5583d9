"""A tiny HTTP-aware TCP proxy for sync tests: forwards to the real server, or breaks requests on purpose."""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections import deque
from typing import Callable

# Faults, applied one per matching request, in the order planned:
#   pass        forward as is
#   drop        forward (the server commits), then close without answering: the answer is lost
#   reset       read half the request, then reset the connection (RST) mid-request; nothing reaches the server
#   http500     answer 500 without forwarding          after500   forward, then answer 500 instead
#   http429     answer 429 with Retry-After: 1 without forwarding
#   slow        forward, then hold the answer back for `slow_seconds`
#   garbage     forward, then answer 200 with a body that is not what the API promises
#   truncate    forward, then send half of the answer and close
FAULTS = ("pass", "drop", "reset", "http500", "after500", "http429", "slow", "garbage", "truncate")
MAX_HEAD = 64 * 1024


def _canned(status: str, body: bytes, extra: str = "") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
            f"{extra}Connection: close\r\n\r\n").encode() + body


def _read_request(conn: socket.socket) -> tuple[bytes, bytes, str, int] | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk or len(data) > MAX_HEAD:
            return None
        data += chunk
    head, body = data.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    path = lines[0].split(" ")[1] if len(lines[0].split(" ")) > 1 else ""
    return head, body, path, length


class FaultProxy:
    """Listens on 127.0.0.1; one request per connection (it answers with Connection: close)."""

    def __init__(self, upstream_port: int, match: str = "/v1/"):
        self.upstream_port = upstream_port
        self.match = match
        self.plan: deque[str] = deque()
        self.slow_seconds = 2.0
        self.seen: list[tuple[str, str]] = []  # (path, fault) for every request
        self.hook: Callable[[int, str, str], None] | None = None  # (request number, path, phase)
        self._lock = threading.Lock()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._closed = False
        threading.Thread(target=self._accept, name="fault-proxy", daemon=True).start()

    def add(self, *faults: str) -> None:
        for fault in faults:
            assert fault in FAULTS, fault
        with self._lock:
            self.plan.extend(faults)

    def faults_seen(self, fault: str) -> int:
        return sum(1 for _, f in self.seen if f == fault)

    def close(self) -> None:
        self._closed = True
        self._sock.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _next(self, path: str) -> tuple[int, str]:
        with self._lock:
            fault = self.plan.popleft() if self.plan and path.startswith(self.match) else "pass"
            self.seen.append((path, fault))
            return len(self.seen), fault

    def _phase(self, number: int, path: str, phase: str) -> None:
        if self.hook is not None:
            self.hook(number, path, phase)

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(30)
            try:
                self._handle(conn)
            except OSError:
                pass

    def _handle(self, conn: socket.socket) -> None:
        req = _read_request(conn)
        if req is None:
            return
        head, body, path, length = req
        number, fault = self._next(path)
        self._phase(number, path, "received")
        if fault == "reset":
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return  # closing now sends RST while the client may still be sending
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                return
            body += chunk
        if fault in ("http500", "http429"):
            extra = "Retry-After: 1\r\n" if fault == "http429" else ""
            status = "429 Too Many Requests" if fault == "http429" else "500 Internal Server Error"
            conn.sendall(_canned(status, b'{"code":"fault","message":"injected"}', extra))
            return
        answer = self._forward(head, body)
        self._phase(number, path, "committed")
        if fault == "drop" or answer is None:
            return
        if fault == "slow":
            time.sleep(self.slow_seconds)  # the fault itself: an answer that takes too long
        if fault == "after500":
            answer = _canned("500 Internal Server Error", b'{"code":"fault","message":"injected"}')
        elif fault == "garbage":
            answer = _canned("200 OK", b'{"results": "\x00not what you think')
        elif fault == "truncate":
            answer = answer[: max(1, len(answer) // 2)]
        conn.sendall(answer)
        self._phase(number, path, "answered")

    def _forward(self, head: bytes, body: bytes) -> bytes | None:
        lines = [ln for ln in head.split(b"\r\n") if not ln.lower().startswith(b"connection:")]
        request = b"\r\n".join(lines) + b"\r\nConnection: close\r\n\r\n" + body
        with socket.create_connection(("127.0.0.1", self.upstream_port), timeout=30) as up:
            up.sendall(request)
            chunks = []
            while True:
                chunk = up.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        return b"".join(chunks) or None
