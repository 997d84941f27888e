"""Events as an RFC 7946 GeoJSON FeatureCollection (loads in QGIS, Leaflet, geojson.io)."""
from __future__ import annotations

import json
from collections.abc import Iterable

from ..models import MergedEvent


def feature(e: MergedEvent) -> dict:
    loc = e.location
    geometry = ({"type": "Point", "coordinates": [round(loc.longitude, 6), round(loc.latitude, 6)]}
                if loc and loc.latitude is not None and loc.longitude is not None else None)
    return {
        "type": "Feature",
        "id": e.event_id,
        "geometry": geometry,
        "properties": {
            "event_id": e.event_id, "event_date": e.event_date, "time_precision": e.time_precision,
            "event_type": e.event_type, "sub_event_type": e.sub_event_type,
            "actor1": e.actor1.name if e.actor1 else None, "actor2": e.actor2.name if e.actor2 else None,
            "interaction": e.interaction, "location": loc.name if loc else None,
            "admin1": loc.admin1 if loc else None, "country": loc.country if loc else None,
            "iso3": loc.iso3 if loc else None, "geo_precision": loc.geo_precision if loc else None,
            "fatalities": e.fatalities, "fatalities_low": e.fatalities_low, "fatalities_high": e.fatalities_high,
            "injuries": e.injuries, "mention_count": e.mention_count, "notes": e.notes,
            "sources": [s.url or s.title or s.document_id for s in e.sources],
        },
    }


def write_geojson(events: Iterable[MergedEvent]) -> str:
    """A FeatureCollection; longitude before latitude, WGS 84, no "crs" member (RFC 7946 §4)."""
    return json.dumps({"type": "FeatureCollection", "features": [feature(e) for e in events]},
                      ensure_ascii=False) + "\n"
