"""`tacitus ingest`: files, folders, JSON lines, pages and feeds -> extracted, merged, stored."""
from __future__ import annotations

import sys

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from ..ingest.runner import Summary, ingest as run_ingest
from .common import db_option, open_or_fail, warn


@click.command()
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@db_option
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes for extraction.")
@click.option("--allow-private", is_flag=True, help="Allow fetching from loopback and private network addresses.")
@click.option("--reextract", is_flag=True, help="Extract stored documents again (after upgrading tacitus), "
                                                "replacing what they contributed.")
@click.option("--no-fetch", is_flag=True, help="Never fetch over the network (feeds' linked articles are skipped).")
def ingest(sources: tuple[str, ...], db: str | None, jobs: int, allow_private: bool, reextract: bool,
           no_fetch: bool) -> None:
    """Extract documents from SOURCE (files, folders, .jsonl, RSS/Atom feeds, URLs), merge their
    events with the stored ones and store everything. Running it again on the same sources
    changes nothing; an interrupted run loses nothing and resumes where it stopped."""
    store = open_or_fail(db)
    console = Console(stderr=True)
    live = console.is_terminal
    progress = Progress(TextColumn("[bold]ingest[/bold]"), BarColumn(bar_width=None),
                        TextColumn("{task.completed} docs · {task.fields[rate]:.1f} docs/s · "
                                   "{task.fields[events]} events · {task.fields[failed]} failed"),
                        TimeElapsedColumn(), console=console, transient=True, disable=not live)
    task = progress.add_task("ingest", total=None, rate=0.0, events=0, failed=0)

    def on_progress(s: Summary, where: str) -> None:
        done = s.stored + s.unchanged + s.failed
        elapsed = progress.tasks[0].elapsed or 0.0
        progress.update(task, completed=done, rate=done / elapsed if elapsed else 0.0, events=s.events,
                        failed=s.failed)

    interrupted = False
    summary = Summary()
    with progress:
        try:
            run_ingest(list(sources), store, jobs=jobs, allow_private=allow_private, reextract=reextract,
                       fetch=not no_fetch, on_progress=on_progress, summary=summary)
        except KeyboardInterrupt:
            interrupted = True
    for message in summary.errors:
        warn(message)
    counts = store.counts()
    click.echo(f"{'interrupted: ' if interrupted else ''}stored {summary.stored} documents "
               f"({summary.replaced} replacing an earlier version), {summary.unchanged} already stored, "
               f"{summary.failed} failed; {summary.events} events, {summary.joined} of them merged with "
               f"reports already stored", err=True)
    click.echo(f"database {store.url}: {counts['documents']} documents, {counts['events']} events "
               f"from {counts['mentions']} reports", err=True)
    store.close()
    if interrupted:
        sys.exit(130)
    if summary.failed and not summary.stored and not summary.unchanged:
        sys.exit(1)
