"""tacitus: news reports about armed conflict -> evidence-backed, ACLED-coded event data.

    tacitus.extract(text, published="2024-05-15")   # one report -> Result (SPEC §2)
    tacitus.open_store().events_frame()              # the stored, merged events as a DataFrame

spaCy is imported on first use of ``extract``, so commands that only read the database start fast.
"""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .models import Result

try:
    __version__ = version("tacitus")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

__all__ = ["extract", "open_store", "Result", "__version__"]


def __getattr__(name: str):
    if name == "extract":
        from .api import extract

        return extract
    if name == "open_store":
        from .store import open_store

        return open_store
    raise AttributeError(f"module 'tacitus' has no attribute {name!r}")
