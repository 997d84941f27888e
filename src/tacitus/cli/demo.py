"""`tacitus demo`: a fresh database from the bundled sample articles, and what came out."""
from __future__ import annotations

from collections import Counter
from importlib import resources
from pathlib import Path

import click
from platformdirs import user_data_dir
from rich.console import Console
from rich.table import Table

from ..export.acled_csv import write_acled_csv
from ..export.geojson import write_geojson
from ..export.table import events_table
from ..ingest.runner import ingest
from ..store import Store
from .common import run_guarded


def sample_path() -> Path:
    return Path(str(resources.files("tacitus.data.samples").joinpath("articles.jsonl")))


@click.command()
@click.option("--out", type=click.Path(file_okay=False), help="Folder for the database and exports "
                                                             "(default: your data folder).")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes for extraction.")
def demo(out: str | None, jobs: int) -> None:
    """Ingest the bundled sample articles (written by the tacitus authors; some stories told by
    several outlets) into a fresh database, and summarise the merged events."""
    console = Console()
    folder = Path(out or Path(user_data_dir("tacitus")) / "demo")
    folder.mkdir(parents=True, exist_ok=True)
    db_file = folder / "demo.db"
    for stale in (db_file, Path(f"{db_file}-wal"), Path(f"{db_file}-shm")):
        stale.unlink(missing_ok=True)
    store = run_guarded(Store, f"sqlite:///{db_file}")
    with console.status("extracting and merging the sample articles…"):
        summary = ingest([str(sample_path())], store, jobs=jobs, fetch=False)
    events = store.events()
    counts = store.counts()
    (folder / "events.csv").write_text(write_acled_csv(events), "utf-8")
    (folder / "events.geojson").write_text(write_geojson(events), "utf-8")

    merged = [e for e in events if e.mention_count > 1]
    console.print(events_table(merged, title=f"{len(merged)} of {len(events)} events were told by several outlets",
                               with_reports=True))
    totals = Table(title="all events per country and event type", header_style="bold")
    for col in ("country", "event type", "events", "fatalities"):
        totals.add_column(col, justify="right" if col in ("events", "fatalities") else "left")
    n: Counter = Counter()
    f: Counter = Counter()
    for e in events:
        key = ((e.location.iso3 if e.location and e.location.iso3 else "?"), e.event_type)
        n[key] += 1
        f[key] += e.fatalities
    for key in sorted(n):
        totals.add_row(key[0], key[1], str(n[key]), str(f[key]))
    console.print(totals)
    console.print(f"{counts['documents']} reports stored ({summary.failed} failed) → {summary.events} reported "
                  f"events → {counts['events']} events after merging across outlets")
    console.print(f"[bold]files[/bold]: {db_file} (the database), {folder / 'events.csv'} (ACLED columns), "
                  f"{folder / 'events.geojson'} (for QGIS or any web map)")
    db = f"--db {db_file}"
    console.print("[bold]try next[/bold]:", highlight=False)
    for line in (f"tacitus events {db} --country SDN", f"tacitus events {db} --type Battles --format json",
                 f"tacitus export {db} --format geojson -o events.geojson",
                 "tacitus ingest my-articles/ feed.xml      (your own reports, into your own database)",
                 "tacitus extract article.txt --published 2024-05-15      (one report, nothing stored)",
                 "tacitus eval corpus/test.jsonl"):
        console.print(f"  {line}", highlight=False, markup=False, soft_wrap=True)
    store.close()
