"""Entry point: `tacitus <command>`. Domain errors become one stderr line and exit code 1."""
from __future__ import annotations

import click

from .. import __version__
from .demo import demo
from .evaluate import evaluate
from .events import events, export
from .extract import extract
from .ingest import ingest
from .schema import schema


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tacitus")
def cli() -> None:
    """tacitus: news reports about armed conflict -> evidence-backed ACLED-coded events.

    Try `tacitus demo`, or `tacitus extract article.txt --published 2022-09-14`.
    """


cli.add_command(extract)
cli.add_command(ingest)
cli.add_command(events)
cli.add_command(export)
cli.add_command(evaluate)
cli.add_command(demo)
cli.add_command(schema)
