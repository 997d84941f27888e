"""Helpers shared by commands: error reporting and output format choice."""
from __future__ import annotations

import sys

import click

from ..errors import TacitusError


def fail(message: str) -> None:
    """Print one clear line on stderr and exit 1."""
    click.echo(f"tacitus: error: {message}", err=True)
    sys.exit(1)


def warn(message: str) -> None:
    click.echo(f"tacitus: warning: {message}", err=True)


db_option = click.option(
    "--db", metavar="URL", envvar="TACITUS_DB",
    help="Database: sqlite:///path/events.db or postgresql://user@host/dbname "
         "(default: $TACITUS_DB, else an SQLite file in your data folder).")


def open_or_fail(url: str | None):
    """The store at ``url`` (or the default one); a clear error line if it cannot be opened."""
    from ..store import Store

    return run_guarded(Store, url)


def default_format() -> str:
    return "table" if sys.stdout.isatty() else "json"


def run_guarded(fn, *args, **kwargs):
    """Call ``fn``; a TacitusError becomes one stderr line and exit code 1."""
    try:
        return fn(*args, **kwargs)
    except TacitusError as exc:
        fail(str(exc))
