"""``Store``: documents and merged events in SQLite or PostgreSQL, behind one interface.

Every document is written in one transaction together with its events and the merged events
they join, so an interrupted ingest leaves either the whole document or nothing. Writers take
a lock first (SQLite ``BEGIN IMMEDIATE``, a PostgreSQL advisory lock) so two ingests cannot
merge the same event twice; readers never wait for writers (SQLite runs in WAL mode).
"""
from __future__ import annotations

import hashlib
import math
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Connection, and_, create_engine, delete, event, func, insert, or_, select, update
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from .. import __version__
from ..errors import StoreError
from ..merging import Mention, best_match, merge, rules
from ..models import Event, MergedEvent, Result
from . import migrations, schema

WRITE_LOCK = 7_411_000  # PostgreSQL advisory lock id for writers
WIDEST_WINDOW = 31  # days: the largest date window of data/merge/rules.json


def default_url() -> str:
    """$TACITUS_DB, else an SQLite file in the user's data folder."""
    if os.environ.get("TACITUS_DB"):
        return os.environ["TACITUS_DB"]
    return f"sqlite:///{Path(user_data_dir('tacitus')) / 'tacitus.db'}"


def _engine_url(url: str) -> str:
    if "://" not in url:  # a bare path means an SQLite file
        return f"sqlite:///{Path(url).expanduser()}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def content_hash(text: str) -> str:
    """The same text with other whitespace or letter case hashes the same."""
    norm = re.sub(r"\s+", " ", text).strip().casefold()
    return hashlib.sha256(norm.encode("utf-8", "surrogatepass")).hexdigest()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class StoredDocument:
    key: str
    url: str | None
    content_hash: str
    extractor: str


@dataclass(frozen=True)
class Saved:
    """What storing one document did."""

    key: str
    events: int  # the document's own events
    new_events: int  # merged events it created
    joined: int  # merged events it joined
    replaced: bool  # it replaced an earlier version (same URL, or re-extraction)


@dataclass(frozen=True)
class EventFilter:
    country: str | None = None
    since: str | None = None
    until: str | None = None
    event_type: str | None = None
    actor: str | None = None
    min_fatalities: int | None = None
    text: str | None = None
    limit: int | None = None


class Store:
    def __init__(self, url: str | None = None):
        self.url = url or default_url()
        try:
            engine_url = make_url(_engine_url(self.url))
        except ArgumentError:
            raise StoreError(f"not a database URL: {self.url!r} (try sqlite:///path/events.db or "
                             f"postgresql://user@host/dbname)") from None
        self.dialect = engine_url.get_backend_name()
        if self.dialect not in ("sqlite", "postgresql"):
            raise StoreError(f"unsupported database {self.dialect!r}: use sqlite:/// or postgresql://")
        if self.dialect == "sqlite" and engine_url.database not in (None, "", ":memory:"):
            try:
                Path(engine_url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the folder for {engine_url.database}: {exc.strerror}") from None
        self.engine: Engine = create_engine(engine_url, future=True)
        if self.dialect == "sqlite":
            _sqlite_setup(self.engine)
        try:
            migrations.upgrade(self.engine)
        except OperationalError as exc:
            raise StoreError(f"cannot open {self.url}: {exc.orig}") from None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- writing ------------------------------------------------------------------------

    def _write(self):
        conn = self.engine.connect().execution_options(tacitus_write=True)
        return _WriteTx(conn, self.dialect)

    def find_document(self, *, url: str | None = None, digest: str | None = None) -> StoredDocument | None:
        """The stored document with this URL or this content hash, if any."""
        d = schema.documents
        conds = ([d.c.url == url] if url else []) + ([d.c.content_hash == digest] if digest else [])
        if not conds:
            return None
        with self.engine.connect() as conn:
            row = conn.execute(select(d.c.key, d.c.url, d.c.content_hash, d.c.extractor)
                               .where(or_(*conds)).order_by(d.c.id)).first()
        return StoredDocument(*row) if row else None

    def known_documents(self) -> tuple[set[str], dict[str, str]]:
        """Every stored content hash, and URL -> content hash: one query, for skipping what is stored."""
        d = schema.documents
        with self.engine.connect() as conn:
            rows = conn.execute(select(d.c.content_hash, d.c.url)).all()
        return {h for h, _ in rows}, {u: h for h, u in rows if u}

    def save(self, result: Result, *, text: str, outlet: str, url: str | None = None,
             input_id: str | None = None, digest: str | None = None) -> Saved:
        """Store one document and its events, merging them into the stored events; one transaction.

        A stored document with the same URL or content is replaced (its contributions removed
        first), so re-extraction and updated articles never count twice.
        """
        digest = digest or content_hash(text)
        key = result.document.id
        with self._write() as conn:
            d = schema.documents
            old = conn.execute(select(d.c.id).where(or_(d.c.content_hash == digest,
                                                        *([d.c.url == url] if url else [])))).all()
            for (old_id,) in old:
                _remove_document(conn, old_id)
            doc_id = conn.execute(insert(d).values(
                key=key, content_hash=digest, url=url, input_id=input_id, outlet=outlet,
                title=result.document.title, published=result.document.published,
                language=result.document.language, text=text, result=result.model_dump_json(),
                extractor=__version__, n_events=len(result.events), ingested_at=_now())).inserted_primary_key[0]
            new = joined = 0
            for position, ev in enumerate(result.events):
                mention = Mention(event=ev, document_id=key, outlet=outlet, published=result.document.published,
                                  url=url, title=result.document.title)
                target = best_match(ev, key, _candidates(conn, ev))
                if target is None:
                    target = conn.execute(insert(schema.events).values(**_columns(merge([mention])),
                                                                        body="{}")).inserted_primary_key[0]
                    new += 1
                else:
                    joined += 1
                conn.execute(insert(schema.mentions).values(document_id=doc_id, event_id=target, position=position,
                                                            body=ev.model_dump_json()))
                _refresh(conn, target)
        return Saved(key=key, events=len(result.events), new_events=new, joined=joined, replaced=bool(old))

    def remove(self, key: str) -> bool:
        """Remove a document and its contributions to merged events."""
        with self._write() as conn:
            row = conn.execute(select(schema.documents.c.id).where(schema.documents.c.key == key)).first()
            if row:
                _remove_document(conn, row[0])
        return row is not None

    # ---- reading ------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for name, t in (("documents", schema.documents), ("events", schema.events),
                                    ("mentions", schema.mentions))}

    def events(self, where: EventFilter | None = None) -> list[MergedEvent]:
        return list(self.iter_events(where))

    def iter_events(self, where: EventFilter | None = None) -> Iterator[MergedEvent]:
        e = schema.events
        q = select(e.c.body).order_by(e.c.event_date, e.c.id)
        f = where or EventFilter()
        if f.country:
            q = q.where(e.c.iso3 == f.country.upper())
        if f.since:
            q = q.where(e.c.event_date >= f.since)
        if f.until:
            q = q.where(e.c.event_date <= f.until)
        if f.event_type:
            t = f.event_type.lower()
            q = q.where(or_(func.lower(e.c.event_type) == t, func.lower(e.c.sub_event_type) == t))
        if f.actor:
            pat = f"%{f.actor.lower()}%"
            q = q.where(or_(func.lower(e.c.actor1).like(pat), func.lower(e.c.actor2).like(pat)))
        if f.min_fatalities is not None:
            q = q.where(e.c.fatalities >= f.min_fatalities)
        if f.text:
            pat = f"%{f.text.lower()}%"
            q = q.where(or_(func.lower(e.c.notes).like(pat), func.lower(e.c.location).like(pat),
                            func.lower(e.c.admin1).like(pat), func.lower(e.c.actor1).like(pat),
                            func.lower(e.c.actor2).like(pat)))
        if f.limit:
            q = q.limit(f.limit)
        with self.engine.connect() as conn:
            for (body,) in conn.execute(q):
                yield MergedEvent.model_validate_json(body)

    def results(self) -> Iterator[Result]:
        """Every stored document's own extraction result, in ingest order."""
        d = schema.documents
        with self.engine.connect() as conn:
            for (body,) in conn.execute(select(d.c.result).order_by(d.c.id)):
                yield Result.model_validate_json(body)

    def events_frame(self, where: EventFilter | None = None):
        """The events as a pandas DataFrame: ACLED's columns plus tacitus's own."""
        from ..export.frames import events_frame

        return events_frame(self.iter_events(where))


def open_store(url: str | None = None) -> Store:
    return Store(url)


class _WriteTx:
    """A write transaction holding the writers' lock."""

    def __init__(self, conn: Connection, dialect: str):
        self.conn, self.dialect = conn, dialect

    def __enter__(self) -> Connection:
        self.tx = self.conn.begin()
        if self.dialect == "postgresql":
            self.conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.tx.commit()
            else:
                self.tx.rollback()
        finally:
            self.conn.close()
        if isinstance(exc, SQLAlchemyError) and not isinstance(exc, StoreError):
            raise StoreError(f"database error: {getattr(exc, 'orig', exc)}") from exc


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # SQLAlchemy's begin event below issues BEGIN itself
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("tacitus_write") else "BEGIN")


def _columns(m: MergedEvent) -> dict:
    loc = m.location
    return {
        "event_date": m.event_date, "time_precision": m.time_precision, "event_type": m.event_type,
        "sub_event_type": m.sub_event_type, "iso3": loc.iso3 if loc else None, "admin1": loc.admin1 if loc else None,
        "location": loc.name if loc else None, "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None, "actor1": m.actor1.name if m.actor1 else None,
        "actor2": m.actor2.name if m.actor2 else None, "fatalities": m.fatalities, "mention_count": m.mention_count,
        "notes": m.notes, "updated_at": _now(),
    }


def _candidates(conn: Connection, ev: Event) -> list[tuple[int, MergedEvent, set[str]]]:
    """Stored events that could be the same as ``ev``: same country, dates within the widest
    window, and either the same admin1 or a point inside a box of ``max_km`` around ev's (the
    only ways places can agree), so a busy country-month is not read whole for every report."""
    loc = ev.location
    if loc is None or not loc.iso3:
        return []
    day = date.fromisoformat(ev.event_date)
    lo, hi = (day - timedelta(days=WIDEST_WINDOW)).isoformat(), (day + timedelta(days=WIDEST_WINDOW)).isoformat()
    e = schema.events
    near = [e.c.admin1 == loc.admin1] if loc.admin1 else []
    if loc.latitude is not None and loc.longitude is not None:
        dlat = rules()["max_km"] / 111.0
        dlon = dlat / max(0.05, math.cos(math.radians(loc.latitude)))
        near.append(and_(e.c.latitude.between(loc.latitude - dlat, loc.latitude + dlat),
                         e.c.longitude.between(loc.longitude - dlon, loc.longitude + dlon)))
    if not near:
        return []
    rows = conn.execute(select(e.c.id, e.c.body).where(e.c.iso3 == loc.iso3, e.c.event_date >= lo,
                                                       e.c.event_date <= hi, or_(*near)).order_by(e.c.id)).all()
    out = []
    for pk, body in rows:
        merged = MergedEvent.model_validate_json(body)
        out.append((pk, merged, {r.document_id for r in merged.reports}))
    return out


def _refresh(conn: Connection, event_pk: int) -> None:
    """Recompute one merged event from its mentions; delete it when none is left."""
    m, d = schema.mentions, schema.documents
    rows = conn.execute(select(m.c.id, m.c.body, d.c.key, d.c.outlet, d.c.published, d.c.url, d.c.title)
                        .join(d, d.c.id == m.c.document_id).where(m.c.event_id == event_pk).order_by(m.c.id)).all()
    if not rows:
        conn.execute(delete(schema.events).where(schema.events.c.id == event_pk))
        return
    mentions = [Mention(event=Event.model_validate_json(body), document_id=key, outlet=outlet, published=published,
                        url=url, title=title, order=mid) for mid, body, key, outlet, published, url, title in rows]
    merged = merge(mentions, event_id=f"TAC{event_pk}")
    conn.execute(update(schema.events).where(schema.events.c.id == event_pk)
                 .values(**_columns(merged), body=merged.model_dump_json()))


def _remove_document(conn: Connection, doc_pk: int) -> None:
    m = schema.mentions
    touched = [r[0] for r in conn.execute(select(m.c.event_id).where(m.c.document_id == doc_pk).distinct())]
    conn.execute(delete(m).where(m.c.document_id == doc_pk))
    conn.execute(delete(schema.documents).where(schema.documents.c.id == doc_pk))
    for pk in touched:
        _refresh(conn, pk)
