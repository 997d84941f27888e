"""tacitus: news reports about armed conflict -> evidence-backed, ACLED-coded event data.

    tacitus.extract(text, published="2024-05-15")   # one report -> Result (SPEC §2)
    tacitus.open_store().events_frame()              # the stored, merged events as a DataFrame

spaCy is imported when its pipeline first loads, so commands that only read the database start fast.
"""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .api import extract
from .models import Result

try:
    __version__ = version("tacitus")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

__all__ = ["extract", "open_store", "Result", "__version__"]


def open_store(url: str | None = None):
    """The event database at ``url`` (default: $TACITUS_DB, else an SQLite file in your data folder)."""
    from .store import open_store as _open

    return _open(url)
