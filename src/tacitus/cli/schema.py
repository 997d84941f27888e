"""`tacitus schema`: the JSON Schema of the extraction result."""
from __future__ import annotations

import json

import click

from ..models import Result


@click.command()
def schema() -> None:
    """Print the JSON Schema of the extraction result (SPEC §2)."""
    click.echo(json.dumps(Result.model_json_schema(), indent=2))
