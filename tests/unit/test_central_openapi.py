"""The committed API document (docs/openapi.json) is exactly what the central server serves."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.central.app import create_app
from kiosk.central.db import CentralStore

DOC = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_committed_openapi_document_matches_the_app(tmp_path):
    store = CentralStore(f"sqlite:///{tmp_path / 'c.db'}")
    served = create_app(store).openapi()
    assert json.loads(DOC.read_text(encoding="utf-8")) == served, (
        "docs/openapi.json is stale: run `kiosk-central openapi --output docs/openapi.json`")
    assert set(served["paths"]) == {"/v1/health", "/v1/enroll", "/v1/events", "/v1/changes"}
    assert "HTTPBearer" in served["components"]["securitySchemes"]
