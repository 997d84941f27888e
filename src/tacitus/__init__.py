"""tacitus: news reports about armed conflict -> evidence-backed, ACLED-coded event data."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .api import extract
from .models import Result

try:
    __version__ = version("tacitus")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

__all__ = ["extract", "Result", "__version__"]
