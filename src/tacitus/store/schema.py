"""The tables, as SQLAlchemy Core objects (one schema for SQLite and PostgreSQL).

documents  one row per stored document (deduplicated by URL and by normalised content hash)
mentions   one row per event a document reports (its own extraction, as JSON)
events     one row per merged event (tacitus.merging), its full JSON plus columns to filter on
"""
from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, MetaData, String, Table, Text, Float

metadata = MetaData()

meta = Table(
    "tacitus_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(32), nullable=False, unique=True),  # what reports call document_id
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("url", Text, unique=True),
    Column("input_id", Text),
    Column("outlet", Text, nullable=False),
    Column("title", Text),
    Column("published", String(32)),
    Column("language", String(16)),
    Column("text", Text, nullable=False),
    Column("result", Text, nullable=False),  # the extraction result (SPEC §2) as JSON
    Column("extractor", String(32), nullable=False),
    Column("n_events", Integer, nullable=False),
    Column("ingested_at", String(32), nullable=False),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_date", String(10), nullable=False),
    Column("time_precision", Integer, nullable=False),
    Column("event_type", Text, nullable=False),
    Column("sub_event_type", Text, nullable=False),
    Column("iso3", String(3)),
    Column("admin1", Text),
    Column("location", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("actor1", Text),
    Column("actor2", Text),
    Column("fatalities", Integer, nullable=False),
    Column("mention_count", Integer, nullable=False),
    Column("notes", Text, nullable=False),
    Column("body", Text, nullable=False),  # the MergedEvent as JSON
    Column("updated_at", String(32), nullable=False),
    Index("events_country_date", "iso3", "event_date"),
    Index("events_date", "event_date"),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("event_id", Integer, ForeignKey("events.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("body", Text, nullable=False),  # the document's own Event as JSON
    Index("mentions_document", "document_id"),
    Index("mentions_event", "event_id"),
)
