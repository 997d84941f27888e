"""Versioned schema changes. Each step runs once, in its own transaction, in order.

Add a step for every change to schema.py (never edit a step that has shipped): the number it
brings the database to and a function of a SQLAlchemy connection.
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, select

from ..errors import StoreError
from . import schema


def _v1(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[schema.documents, schema.events, schema.mentions])


STEPS: list[tuple[int, Callable[[Connection], None]]] = [(1, _v1)]
LATEST = STEPS[-1][0]


def current_version(conn: Connection) -> int:
    schema.meta.create(conn, checkfirst=True)
    row = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).first()
    return int(row[0]) if row else 0


def upgrade(engine) -> int:
    """Bring the database to LATEST; returns the version it had before."""
    with engine.begin() as conn:
        before = current_version(conn)
    if before > LATEST:
        raise StoreError(f"this database has schema version {before}, newer than this tacitus knows "
                         f"({LATEST}); upgrade tacitus")
    for version, step in STEPS:
        if version <= before:
            continue
        with engine.begin() as conn:
            step(conn)
            _set_version(conn, version)
    return before


def _set_version(conn: Connection, version: int) -> None:
    table = schema.meta
    done = conn.execute(table.update().where(table.c.key == "schema_version").values(value=str(version)))
    if done.rowcount == 0:
        conn.execute(table.insert().values(key="schema_version", value=str(version)))
