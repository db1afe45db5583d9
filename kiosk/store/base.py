"""Declarative base and the column types shared by all station tables."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class JsonList(TypeDecorator):
    """A list of plain values stored as compact JSON text (Chinese kept readable)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return json.dumps(list(value or []), ensure_ascii=False, separators=(",", ":"))

    def process_result_value(self, value, dialect):
        return json.loads(value) if value else []


class JsonDict(TypeDecorator):
    """A dict stored as compact JSON text."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return json.dumps(value or {}, ensure_ascii=False, separators=(",", ":"), sort_keys=True)

    def process_result_value(self, value, dialect):
        return json.loads(value) if value else {}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def id_column() -> Mapped[str]:
    return mapped_column(String(36), primary_key=True)


class Stamped:
    """Rows that remember when they were made and last changed (station wall-clock time)."""

    created_at: Mapped[datetime] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column()
