"""`tacitus extract`: one document (or a .jsonl of documents) -> extraction results."""
from __future__ import annotations

import sys

import click
from rich.console import Console

from ..api import extract as run_extract
from ..errors import TacitusError
from ..export.acled_csv import write_acled_csv
from ..export.table import events_table
from ..extract.dates import parse_published
from ..inputs import read_jsonl, read_text_document
from ..models import Result
from .common import default_format, fail, run_guarded, warn

FORMATS = ["json", "jsonl", "table", "acled-csv"]


def _emit(result: Result, fmt: str, first: bool, console: Console) -> None:
    if fmt == "json":
        click.echo(result.model_dump_json(indent=2))
    elif fmt == "jsonl":
        click.echo(result.model_dump_json())
    elif fmt == "acled-csv":
        click.echo(write_acled_csv(result.events, header=first), nl=False)
    else:
        title = result.document.title or result.document.id
        console.print(events_table(result.events, title=f"{title} — {len(result.events)} events"))
        if result.background:
            console.print(f"[dim]background (past events, not counted): {len(result.background)}[/dim]")
        for w in result.warnings:
            console.print(f"[yellow]warning:[/yellow] {w}")


@click.command()
@click.argument("source", default="-", metavar="INPUT")
@click.option("--published", help="Publication date, ISO 8601 (2022-09-14 or 2022-09-14T06:35).")
@click.option("--title", help="Title of the report.")
@click.option("--url", help="Where the report was published.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Output format (table on a terminal, else json).")
def extract(source: str, published: str | None, title: str | None, url: str | None, fmt: str | None) -> None:
    """Extract events from INPUT: a .txt file, - for stdin, or a .jsonl of documents (one per line)."""
    fmt = fmt or default_format()
    console = Console()
    if published is not None:
        run_guarded(parse_published, published)
    if source.endswith(".jsonl"):
        _extract_batch(source, fmt, console, published)
        return
    if source.lower().endswith((".html", ".htm")) or source.startswith(("http://", "https://")):
        fail(f"{source}: HTML pages and URLs are read by `tacitus ingest` (not yet available); give the text as a .txt file")
    text = run_guarded(read_text_document, source, sys.stdin.buffer if source == "-" else None)
    result = run_guarded(run_extract, text, published=published, title=title, url=url)
    _emit(result, fmt, True, console)


def _extract_batch(source: str, fmt: str, console: Console, published: str | None) -> None:
    """One result per good line, in input order; bad lines are reported and skipped."""
    bad = 0
    first = True
    try:
        lines = list(read_jsonl(source))
    except TacitusError as exc:
        fail(str(exc))
    for line in lines:
        if line.error:
            warn(line.error)
            bad += 1
            continue
        doc = line.document
        try:
            result = run_extract(doc.text, published=doc.published or published, title=doc.title, url=doc.url,
                                 doc_id=doc.id, language=doc.language)
        except TacitusError as exc:
            warn(f"{source}:{line.number}: {exc}")
            bad += 1
            continue
        _emit(result, "jsonl" if fmt == "json" else fmt, first, console)
        first = False
    if bad:
        warn(f"{bad} of {len(lines)} documents skipped")
        if bad == len(lines):
            sys.exit(1)
