"""The HTTP API of the central server (FastAPI): health, enrolment, event upload, change download; job pages."""

from __future__ import annotations

import logging
import os
from datetime import datetime, timedelta, timezone

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk import __version__
from kiosk.central.db import CentralStore, default_url
from kiosk.central.feed import BadCursor, read_page
from kiosk.central.ingest import ingest
from kiosk.central.job_page import job_page
from kiosk.central.retention import DEFAULT_DAYS, prune_tombstones
from kiosk.central.stations import StationError, authenticate, enroll
from kiosk.sync.protocol import (API_PREFIX, DEFAULT_PAGE, MAX_PAGE, ChangesPage, EnrollRequest, EnrollResponse,
                                 ErrorBody, Health, UploadRequest, UploadResponse)

log = logging.getLogger("kiosk.central")
MAX_UPLOAD_BYTES = 32 * 1024 * 1024
# The job page is public: no scripts, nothing from elsewhere, and a closed job must not linger in a cache.
PAGE_HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
                "X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache"}
_bearer = HTTPBearer(auto_error=False, description="the station token from `kiosk enroll`")


class ApiError(Exception):
    """A refusal with an HTTP status, a stable code and a sentence."""

    def __init__(self, status: int, code: str, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers or {}


def _errors(*statuses: int) -> dict:
    return {status: {"model": ErrorBody} for status in statuses}


def _body(code: str, message: str, details: list[str] | None = None) -> dict:
    return ErrorBody(code=code, message=message, details=details or []).model_dump()


def _safe(text: object) -> str:
    return str(text).encode("utf-8", "replace").decode("utf-8")[:300]


def _utc(now: datetime) -> datetime:
    return now.replace(tzinfo=timezone.utc)


def create_app(store: CentralStore) -> FastAPI:
    app = FastAPI(title="零工驿站 central server", version=__version__, docs_url=None, redoc_url=None,
                  description="Stations upload events once and download jobs, workers, revocations and keys. "
                              "See docs/sync.md.")

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError):
        return JSONResponse(_body(exc.code, exc.message), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException):
        return JSONResponse(_body(f"http_{exc.status_code}", _safe(exc.detail)), status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError):
        # Never echo the input back: it may hold anything, including text that cannot be encoded.
        details = [_safe(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}") for e in exc.errors()]
        return JSONResponse(_body("invalid_request", "the request does not match the API", details[:20]),
                            status_code=422)

    @app.exception_handler(OperationalError)
    async def _db_busy(_request: Request, exc: OperationalError):
        log.warning("database unavailable: %s", type(exc.orig).__name__)
        return JSONResponse(_body("busy", "the server's database is busy; try again shortly"), status_code=503,
                            headers={"Retry-After": "2"})

    @app.middleware("http")
    async def _limit_size(request: Request, call_next):
        length = request.headers.get("content-length", "0")
        if not length.isdigit() or int(length) > MAX_UPLOAD_BYTES:
            return JSONResponse(_body("too_large", f"send at most {MAX_UPLOAD_BYTES} bytes per request"),
                                status_code=413)
        return await call_next(request)

    def station_of(creds: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> str:
        header = f"Bearer {creds.credentials}" if creds is not None else None
        name, reason = authenticate(store, header)
        if reason == "revoked":
            raise ApiError(401, "station_revoked", "the market office revoked this station: ask the market office "
                                                   "for a new enrolment code and run kiosk enroll again",
                           {"WWW-Authenticate": "Bearer"})
        if name is None:
            raise ApiError(401, "unauthenticated", "a valid station token is required: this one is missing or "
                                                   "unknown (ask the market office)", {"WWW-Authenticate": "Bearer"})
        return name

    @app.get(f"{API_PREFIX}/health", response_model=Health, tags=["service"])
    def health() -> Health:
        """Unauthenticated liveness check for load balancers and stations; also gives the server's clock."""
        return Health(status="ok", server_time=_utc(store.clock()), api_version=API_PREFIX.strip("/"))

    @app.post(f"{API_PREFIX}/enroll", response_model=EnrollResponse, tags=["stations"],
              responses=_errors(400, 403, 409, 413, 422))
    def enroll_station(body: EnrollRequest) -> EnrollResponse:
        """Exchange a one-time enrolment code for a station token and the market's lookup-hash key;
        registers the card-signing key."""
        try:
            done = enroll(store, body.code, body.local_station_id, body.key_id, body.public_key, body.lookup_key_id)
        except StationError as exc:
            raise ApiError(exc.status, exc.code, str(exc)) from None
        log.info("station %s enrolled", done.station)
        return EnrollResponse(station_id=done.station, token=done.token, lookup_key=done.lookup_key,
                              server_time=_utc(store.clock()))

    @app.post(f"{API_PREFIX}/events", response_model=UploadResponse, tags=["sync"],
              responses=_errors(400, 401, 403, 413, 422))
    def upload(body: UploadRequest, station: str = Depends(station_of)) -> UploadResponse:
        """Store a batch of events, each once by its id; one result per event, in the order sent."""
        if body.station_id is not None and body.station_id != station:
            raise ApiError(403, "wrong_station", "a station may only upload as itself")
        results = ingest(store, station, body.events)
        accepted = sum(r.status == "accepted" for r in results)
        log.info("station %s: %d events, %d new", station, len(results), accepted)
        return UploadResponse(results=results, server_time=_utc(store.clock()))

    @app.get(f"{API_PREFIX}/changes", response_model=ChangesPage, tags=["sync"],
             responses=_errors(400, 401, 403, 422))
    def changes(cursor: str = Query("", max_length=100, description="from the previous page; empty to start"),
                limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE),
                station: str = Depends(station_of)):
        """Jobs, workers, card revocations and station keys changed after `cursor`. A cursor older than
        deletions no longer kept gets the whole feed again, its first page marked `resync`."""
        try:
            body = read_page(store, station, cursor, limit)
        except BadCursor:
            raise ApiError(400, "bad_cursor", "the cursor was not issued by this server; start with an empty one")
        return Response(content=body, media_type="application/json")

    @app.get("/jobs/{job_id}", include_in_schema=False, response_class=HTMLResponse)
    def job_page_html(job_id: str) -> HTMLResponse:
        """The public page of an open job: what a wall board card's QR opens on a worker's phone."""
        status, html = job_page(store, job_id)
        return HTMLResponse(html, status_code=status, headers=PAGE_HEADERS)

    return app


def app_from_env() -> FastAPI:
    """For `uvicorn --factory kiosk.central.app:app_from_env` (several instances behind a load balancer);
    like `kiosk-central serve`, it drops tombstones older than the default retention at start-up."""
    store = CentralStore(os.environ.get("KIOSK_CENTRAL_DB") or default_url())
    store.create_schema()
    prune_tombstones(store, timedelta(days=DEFAULT_DAYS))
    return create_app(store)
