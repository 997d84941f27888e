"""Gold annotations (SPEC §4): the input fields of a document plus ``gold.events``."""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, ConfigDict

from ..errors import GoldFileError
from ..inputs import read_jsonl
from ..models import InputDocument


class GoldEvent(BaseModel):
    model_config = ConfigDict(extra="allow")

    event_date: Optional[str] = None
    event_type: Optional[str] = None
    sub_event_type: Optional[str] = None
    country: Optional[str] = None
    admin1: Optional[str] = None
    location: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    fatalities: Optional[int] = None
    injuries: Optional[int] = None
    actor1_country: Optional[str] = None
    actor1_inter: Optional[int] = None
    actor2_country: Optional[str] = None
    actor2_inter: Optional[int] = None


class GoldInteraction(BaseModel):
    """A PLOVER interaction: actor and recipient as ISO3, or an organisation's or group's name."""
    model_config = ConfigDict(extra="allow")

    date: Optional[str] = None
    event_type: str
    actor: Optional[str] = None
    recipient: Optional[str] = None


class GoldMention(BaseModel):
    """One event a report tells, and the story-wide event (``cluster``) it is a report of."""
    model_config = ConfigDict(extra="forbid")

    cluster: str
    event_date: Optional[str] = None
    location: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None


class Gold(BaseModel):
    model_config = ConfigDict(extra="allow")

    events: list[GoldEvent] = []
    clusters: Optional[list[GoldMention]] = None  # for `tacitus eval --merge`
    interactions: Optional[list[GoldInteraction]] = None  # None: the document's interactions are not annotated


class GoldDocument(InputDocument):
    gold: Gold


def read_gold(path: str) -> list[GoldDocument]:
    """All gold documents of a JSONL file; any bad line is an error (gold must be clean)."""
    docs = []
    for line in read_jsonl(path):
        if line.error:
            raise GoldFileError(line.error)
        raw = line.document.model_dump()
        if "gold" not in raw:
            raise GoldFileError(f"{path}:{line.number}: no \"gold\" field")
        try:
            docs.append(GoldDocument.model_validate(raw))
        except Exception as exc:  # pydantic's message is long; keep the first line
            raise GoldFileError(f"{path}:{line.number}: {str(exc).splitlines()[0]}") from None
    if not docs:
        raise GoldFileError(f"{path}: no documents")
    return docs
