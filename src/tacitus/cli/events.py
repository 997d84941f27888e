"""`tacitus events` (query stored events) and `tacitus export` (the whole dataset to a file)."""
from __future__ import annotations

import csv
import io
import sys

import click
from rich.console import Console

from .. import taxonomy
from ..export.acled_csv import write_acled_csv
from ..export.frames import EXTRA_COLUMNS, frame_row, write_parquet
from ..export.geojson import write_geojson
from ..export.table import events_table
from ..models import MergedEvent
from ..store.database import EventFilter
from .common import db_option, default_format, fail, open_or_fail, run_guarded

QUERY_FORMATS = ["table", "json", "jsonl", "csv", "acled-csv", "geojson"]
EXPORT_FORMATS = ["acled-csv", "jsonl", "geojson", "parquet"]


def _iso_date(ctx, param, value: str | None) -> str | None:
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2024-05-14") from None


def _type(ctx, param, value: str | None) -> str | None:
    if value is None:
        return None
    names = {t.lower(): t for t in list(taxonomy.event_types()) + list(taxonomy.sub_event_types())}
    if value.lower() not in names:
        raise click.BadParameter(f"{value!r} is not an ACLED event or sub-event type, e.g. 'Battles' or 'Air/drone strike'")
    return names[value.lower()]


def csv_text(events: list[MergedEvent]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(taxonomy.export_columns()) + list(EXTRA_COLUMNS),
                            lineterminator="\n")
    writer.writeheader()
    for e in events:
        writer.writerow(frame_row(e))
    return buf.getvalue()


def render(events: list[MergedEvent], fmt: str) -> str:
    if fmt == "json":
        return "[" + ",\n".join(e.model_dump_json(indent=2) for e in events) + "]\n"
    if fmt == "jsonl":
        return "".join(e.model_dump_json() + "\n" for e in events)
    if fmt == "csv":
        return csv_text(events)
    if fmt == "acled-csv":
        return write_acled_csv(events)
    if fmt == "geojson":
        return write_geojson(events)
    raise ValueError(fmt)


@click.command()
@db_option
@click.option("--country", metavar="ISO3", help="Only events in this country (ISO 3166 alpha-3, e.g. SDN).")
@click.option("--since", callback=_iso_date, metavar="DATE", help="Only events on or after this date.")
@click.option("--until", callback=_iso_date, metavar="DATE", help="Only events on or before this date.")
@click.option("--type", "event_type", callback=_type, metavar="TYPE", help="ACLED event or sub-event type.")
@click.option("--actor", help="Only events with an actor whose name contains this.")
@click.option("--min-fatalities", type=click.IntRange(0), help="Only events with at least this many killed.")
@click.option("--search", "text", help="Text to find in the notes, place or actor names.")
@click.option("--limit", type=click.IntRange(1), help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS), help="Output format (default: table on a "
                                                                           "terminal, json otherwise).")
def events(db, country, since, until, event_type, actor, min_fatalities, text, limit, fmt) -> None:
    """Query the stored (merged) events."""
    if country and (len(country) != 3 or not country.isalpha()):
        fail(f"--country takes an ISO 3166 alpha-3 code like SDN, not {country!r}")
    store = open_or_fail(db)
    where = EventFilter(country=country, since=since, until=until, event_type=event_type, actor=actor,
                        min_fatalities=min_fatalities, text=text, limit=limit)
    found = run_guarded(store.events, where)
    store.close()
    fmt = fmt or default_format()
    if fmt == "table":
        Console().print(events_table(found, title=f"{len(found)} events", with_reports=True))
        return
    sys.stdout.write(render(found, fmt))


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), required=True,
              help="File to write (written whole, then moved into place).")
def export(db, fmt, output) -> None:
    """Write every stored event to a file: ACLED's CSV, JSON lines, GeoJSON or Parquet."""
    import os
    import tempfile

    store = open_or_fail(db)
    found = run_guarded(store.events)
    store.close()
    folder = os.path.dirname(os.path.abspath(output))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tacitus-export-")
    os.close(fd)
    try:
        if fmt == "parquet":
            write_parquet(found, tmp)
        else:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                fh.write(render(found, fmt))
        os.replace(tmp, output)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    click.echo(f"wrote {len(found)} events to {output} ({fmt})", err=True)
