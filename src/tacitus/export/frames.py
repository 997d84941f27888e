"""Stored events as a pandas DataFrame (for notebooks) and as Parquet."""
from __future__ import annotations

from collections.abc import Iterable

from ..models import MergedEvent
from .acled_csv import acled_row

EXTRA_COLUMNS = ("fatalities_low", "fatalities_best", "fatalities_high", "injuries", "mention_count",
                 "confidence", "actor1_country", "actor2_country")


def frame_row(e: MergedEvent) -> dict[str, object]:
    row = acled_row(e)
    loc = e.location
    row.update({
        "latitude": loc.latitude if loc else None, "longitude": loc.longitude if loc else None,
        "fatalities_low": e.fatalities_low, "fatalities_best": e.fatalities_best, "fatalities_high": e.fatalities_high,
        "injuries": e.injuries, "mention_count": e.mention_count, "confidence": e.confidence,
        "actor1_country": e.actor1.country if e.actor1 else None, "actor2_country": e.actor2.country if e.actor2 else None,
    })
    return row


def events_frame(events: Iterable[MergedEvent]):
    """One row per event; ``event_date`` as a datetime column."""
    import pandas as pd

    from .. import taxonomy

    columns = list(taxonomy.export_columns()) + list(EXTRA_COLUMNS)
    df = pd.DataFrame([frame_row(e) for e in events], columns=columns)
    df["event_date"] = pd.to_datetime(df["event_date"])
    return df


def write_parquet(events: Iterable[MergedEvent], path: str) -> int:
    df = events_frame(events)
    df.to_parquet(path, index=False)
    return len(df)
