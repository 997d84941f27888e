"""`tacitus demo`: extract the bundled sample articles and show what came out."""
from __future__ import annotations

from collections import Counter
from importlib import resources
from pathlib import Path

import click
from platformdirs import user_data_dir
from rich.console import Console
from rich.table import Table

from ..api import extract as run_extract
from ..export.acled_csv import write_acled_csv
from ..export.table import events_table
from ..inputs import parse_jsonl_line


def sample_documents():
    raw = resources.files("tacitus.data.samples").joinpath("articles.jsonl").read_text("utf-8")
    for n, line in enumerate(raw.splitlines(), 1):
        if line.strip():
            yield parse_jsonl_line(line, n, "samples/articles.jsonl").document


@click.command()
@click.option("--out", type=click.Path(file_okay=False), help="Folder for the output (default: your data folder).")
def demo(out: str | None) -> None:
    """Extract the bundled sample articles (written by the tacitus authors) and summarise them."""
    console = Console()
    folder = Path(out or Path(user_data_dir("tacitus")) / "demo")
    folder.mkdir(parents=True, exist_ok=True)
    results = []
    with console.status("extracting the sample articles…"):
        for doc in sample_documents():
            results.append(run_extract(doc.text, published=doc.published, title=doc.title, doc_id=doc.id))
    events = [e for r in results for e in r.events]
    (folder / "results.jsonl").write_text("".join(r.model_dump_json() + "\n" for r in results), "utf-8")
    (folder / "events.csv").write_text(write_acled_csv(events), "utf-8")

    console.print(events_table(events, title=f"{len(events)} events from {len(results)} sample reports"))
    totals = Table(title="totals per country and event type", header_style="bold")
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
    console.print(f"[bold]files[/bold]: {folder / 'results.jsonl'} (full results with evidence), "
                  f"{folder / 'events.csv'} (ACLED columns)")
    console.print("[bold]try next[/bold]:\n"
                  "  tacitus extract article.txt --published 2024-05-15   # your own report\n"
                  "  tacitus extract article.txt --format json           # every field with its evidence\n"
                  "  tacitus eval corpus/test.jsonl                       # accuracy on our gold corpus\n"
                  "  tacitus schema                                       # the output contract")
