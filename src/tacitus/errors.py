"""Coded errors. Every message starts with its code so users and logs can filter on it."""
from __future__ import annotations


class TacitusError(Exception):
    """Base of all errors tacitus raises on purpose."""

    code = "T000"

    def __init__(self, message: str):
        super().__init__(f"[{self.code}] {message}")


class InputError(TacitusError):
    """A document or file cannot be read as text."""

    code = "T001"


class EmptyTextError(InputError):
    code = "T002"


class DateError(InputError):
    """A publication date that cannot be parsed."""

    code = "T003"


class GoldFileError(InputError):
    code = "T004"


class PipelineError(TacitusError):
    """The spaCy English pipeline is not installed."""

    code = "T010"


class StoreError(TacitusError):
    """The database cannot be opened, or was made by a newer tacitus."""

    code = "T020"


class FetchError(InputError):
    """A URL that cannot or may not be fetched."""

    code = "T021"
