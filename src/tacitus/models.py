"""Typed models of SPEC §2 (the extraction result) and §3 (input documents).

Field names here are the contract: outside tools read exactly these names.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

from . import taxonomy

# Allowed values come from the taxonomy data files, never retyped here.
EventType = Literal[taxonomy.event_types()]  # type: ignore[valid-type]
SubEventTypeName = Literal[tuple(taxonomy.sub_event_types())]  # type: ignore[valid-type]
DisorderType = Literal[taxonomy.disorder_types()]  # type: ignore[valid-type]
PloverType = Literal[taxonomy.plover_types()]  # type: ignore[valid-type]

CasualtyKind = Literal["killed", "injured", "missing", "captured", "abducted", "arrested"]
Qualifier = Literal["exact", "at_least", "at_most", "approximately", "vague"]
VictimCategory = Literal["military", "police", "militant", "civilian", "protester", "unknown"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    """A span of the document text that supports one field: ``text == document_text[start:end]``."""

    field: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Actor(_Model):
    name: str
    text: str
    country: Optional[str] = Field(None, description="ISO 3166 alpha-3")
    inter: int = Field(ge=1, le=8, description="ACLED inter code 1-8")
    role: Optional[str] = None


class Location(_Model):
    name: str
    admin1: Optional[str] = None
    admin2: Optional[str] = None
    country: Optional[str] = None
    iso3: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    geonameid: Optional[int] = None
    geo_precision: int = Field(3, ge=1, le=3)
    text: str


class Casualty(_Model):
    kind: CasualtyKind
    count: int = Field(ge=0)
    count_text: str
    qualifier: Qualifier
    victim_country: Optional[str] = None
    victim_category: VictimCategory = "unknown"
    claimed_by: Optional[str] = None
    claimed_by_country: Optional[str] = None
    evidence: Evidence


class Source(_Model):
    document_id: str
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None


class Event(_Model):
    event_id: str
    event_date: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    time_precision: int = Field(ge=1, le=3)
    disorder_type: DisorderType
    event_type: EventType
    sub_event_type: SubEventTypeName
    actor1: Optional[Actor] = None
    actor2: Optional[Actor] = None
    interaction: int = Field(ge=0, le=88)
    civilian_targeting: bool = False
    location: Optional[Location] = None
    fatalities: int = Field(0, ge=0)
    fatalities_low: int = Field(0, ge=0)
    fatalities_best: int = Field(0, ge=0)
    fatalities_high: int = Field(0, ge=0)
    injuries: Optional[int] = Field(None, ge=0)
    casualties: list[Casualty] = []
    weapons: list[str] = []
    sources: list[Source] = []
    evidence: list[Evidence] = []
    notes: str = ""
    confidence: float = Field(0.5, ge=0, le=1)


class Report(_Model):
    """One document's account of a stored event: where it came from and what it said."""

    document_id: str
    outlet: str
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    event_id: str
    event_date: str
    fatalities: int = 0
    injuries: Optional[int] = None
    evidence: list[Evidence] = []


class MergedEvent(Event):
    """A stored event: an ``Event`` merged from every report of it (tacitus.merging), with the reports."""

    mention_count: int = Field(1, ge=1)
    reports: list[Report] = []


class Interaction(_Model):
    interaction_id: str
    date: Optional[str] = None
    time_precision: int = Field(1, ge=1, le=3)
    event_type: PloverType
    mode: Optional[str] = None
    actor: Actor
    recipient: Optional[Actor] = None
    location: Optional[Location] = None
    negated: bool = False
    evidence: list[Evidence] = []


class Place(_Model):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    name: Optional[str] = None
    feature: Optional[str] = None
    country: Optional[str] = None
    iso3: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    geonameid: Optional[int] = None


class DocumentInfo(_Model):
    id: str
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    language: str = "en"
    translated: bool = False


class Result(_Model):
    """What ``tacitus.extract`` returns: SPEC §2, serialised with ``model_dump(mode="json")``."""

    document: DocumentInfo
    events: list[Event] = []
    interactions: list[Interaction] = []
    background: list[Event] = []
    places: list[Place] = []
    warnings: list[str] = []


class InputDocument(BaseModel):
    """One input document (SPEC §3). Only ``text`` is required; unknown keys are kept aside."""

    model_config = ConfigDict(extra="allow")

    text: str
    id: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    source: Optional[str] = None
    language: Optional[str] = None
