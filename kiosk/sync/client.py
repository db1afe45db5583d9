"""HTTP client for the central server: sorts every failure into retry-later, refused, or not authorised."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Callable, TypeVar

import requests
from pydantic import BaseModel, ValidationError

from kiosk.domain.messages import Msg, define, msg
from kiosk.sync.backoff import parse_retry_after
from kiosk.sync.refusals import refusal
from kiosk.sync.protocol import (API_PREFIX, ChangesPage, EnrollRequest, EnrollResponse, Health, UploadResponse)

M = TypeVar("M", bound=BaseModel)
DEFAULT_TIMEOUT = (5.0, 30.0)  # (connect, read) seconds
RETRY_STATUSES = {408, 425, 429}


M_NETWORK = define(
    "sync.network",
    "The central server cannot be reached ({detail}). Records are kept here and go up when the network is back.",
    "连不上中心服务器（{detail}）。记录都保存在本机，网络恢复后会自动上传。",
)
M_SERVER = define("sync.server_failing", "The central server is busy or failing (HTTP {status}); the station retries "
                  "by itself.", "中心服务器忙或出错（HTTP {status}），本机会自动重试。")
M_GARBLED = define("sync.garbled", "The answer from the central server could not be read; the station retries by "
                   "itself.", "中心服务器的回复无法识别，本机会自动重试。")
M_NOT_ENROLLED = define("sync.not_enrolled", "This station is not enrolled with a central server yet. Ask the "
                        "market office for an enrolment code.", "本站还没有在中心服务器注册，请向市场管理处要注册码。")


class SyncError(Exception):
    """Something stopped a sync step; the text (Chinese / English) is safe to show and log, never a token."""

    def __init__(self, message: Msg | str):
        super().__init__(str(message))
        self.msg = message if isinstance(message, Msg) else None


class TransientError(SyncError):
    """The world failed (no network, server error, busy, garbled answer): try again later."""

    def __init__(self, message: Msg | str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class AuthRefused(SyncError):
    """The server does not accept this station (not enrolled, token revoked): retrying will not help."""


class Refused(SyncError):
    """The server understood the request and refused it (4xx); the same request will be refused again."""

    def __init__(self, status: int, code: str, text: str):
        super().__init__(refusal(status, code, text))
        self.status = status
        self.code = code


def _aware(value: datetime) -> datetime:
    return value.astimezone(timezone.utc) if value.tzinfo is None else value


class SyncClient:
    """One central server as seen from one station. The HTTP session and the clock are passed in."""

    def __init__(self, http: requests.Session, base_url: str, token: str | None = None,
                 clock: Callable[[], datetime] = datetime.now, timeout: tuple[float, float] = DEFAULT_TIMEOUT):
        self.http = http
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.clock = clock
        self.timeout = timeout
        self.clock_offset: float | None = None  # server clock minus station clock, from the last answer

    def health(self) -> Health:
        return self._call("GET", "/health", Health, auth=False)

    def enroll(self, request: EnrollRequest) -> EnrollResponse:
        return self._call("POST", "/enroll", EnrollResponse, body=request.model_dump(), auth=False)

    def upload(self, events: list[dict], station_id: str | None = None) -> UploadResponse:
        return self._call("POST", "/events", UploadResponse, body={"station_id": station_id, "events": events})

    def changes(self, cursor: str, limit: int) -> ChangesPage:
        return self._call("GET", "/changes", ChangesPage, params={"cursor": cursor, "limit": limit})

    def _call(self, method: str, path: str, model: type[M], body: dict | None = None, params: dict | None = None,
              auth: bool = True) -> M:
        headers = {"Accept": "application/json"}
        if auth:
            if not self.token:
                raise AuthRefused(msg(M_NOT_ENROLLED))
            headers["Authorization"] = f"Bearer {self.token}"
        data = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        sent = self.clock()
        try:
            resp = self.http.request(method, self.base_url + API_PREFIX + path, data=data, params=params,
                                     headers=headers, timeout=self.timeout)
            content = resp.content
        except requests.RequestException as exc:
            raise TransientError(msg(M_NETWORK, detail=type(exc).__name__)) from None
        received = self.clock()
        self._check_status(resp, content)
        try:
            parsed = model.model_validate_json(content)
        except ValidationError:
            raise TransientError(msg(M_GARBLED)) from None
        server_time = getattr(parsed, "server_time", None)
        if server_time is not None:
            midpoint = _aware(sent) + (_aware(received) - _aware(sent)) / 2
            self.clock_offset = (_aware(server_time) - midpoint).total_seconds()
        return parsed

    def _check_status(self, resp: requests.Response, content: bytes) -> None:
        status = resp.status_code
        if status < 400:
            return
        if status in RETRY_STATUSES or status >= 500:
            retry_after = parse_retry_after(resp.headers.get("Retry-After"), resp.headers.get("Date"))
            raise TransientError(msg(M_SERVER, status=status), retry_after)
        code, text = _error_of(content)
        if not code:  # not our server speaking (a proxy, a captive portal, a wrong URL): try again later
            raise TransientError(msg(M_SERVER, status=status))
        if status in (401, 403) and code != "enrolment_refused":
            raise AuthRefused(refusal(status, code, text))
        raise Refused(status, code, text)


def _error_of(content: bytes) -> tuple[str, str]:
    try:
        body = json.loads(content)
        return str(body.get("code") or "")[:60], str(body.get("message", ""))[:300]
    except (ValueError, AttributeError):
        return "", ""
