"""All station tables in one import (the schema Alembic migrates)."""

from kiosk.store.base import Base
from kiosk.store.people import ContactReveal, Employer, StaffUser, Worker, WorkerTrade
from kiosk.store.sync_tables import Card, OutboxEvent, RevokedCard, StaffCall, StationKey, SyncState, Visit
from kiosk.store.work import Agreement, Attendance, FollowUpCall, Job, ProblemReport, SignUp

__all__ = [
    "Agreement", "Attendance", "Base", "Card", "ContactReveal", "Employer", "FollowUpCall", "Job",
    "OutboxEvent", "ProblemReport", "RevokedCard", "SignUp", "StaffCall", "StaffUser", "StationKey",
    "SyncState", "Visit", "Worker", "WorkerTrade",
]
