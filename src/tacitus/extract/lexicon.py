"""Cached loaders for the lexicons in ``data/lexicons`` (tab-separated, ``#`` starts a comment)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources


def read_rows(name: str) -> list[list[str]]:
    """Rows of a TSV lexicon, comments and blank lines skipped, cells stripped."""
    text = resources.files("tacitus.data.lexicons").joinpath(name).read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@cache
def data_digest(names: tuple[str, ...] = ("regions.tsv", "admin1_aliases.tsv", "place_aliases.tsv",
                                              "places_extra.tsv")) -> str:
    """A short hash of the lexicons an index is built from, so that editing them rebuilds it."""
    import hashlib

    h = hashlib.sha1()
    for name in names:
        h.update(resources.files("tacitus.data.lexicons").joinpath(name).read_bytes())
    return h.hexdigest()[:8]


def split_alts(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    names: tuple[str, ...]  # the name and its alternatives
    adjectives: tuple[str, ...]


@cache
def countries() -> dict[str, Country]:
    out = {}
    for row in read_rows("countries.tsv"):
        row += [""] * (4 - len(row))
        iso3, name, alts, adjs = row[:4]
        out[iso3] = Country(iso3, name, (name, *split_alts(alts)), tuple(split_alts(adjs)))
    return out


@cache
def country_terms() -> dict[str, str]:
    """Every name, alternative, adjective and demonym (lower case) -> ISO3."""
    terms: dict[str, str] = {}
    for c in countries().values():
        for t in (*c.names, *c.adjectives):
            terms.setdefault(t.lower(), c.iso3)
    return terms


@cache
def number_words() -> dict[str, tuple[int, str]]:
    return {w: (int(v), kind) for w, v, kind in read_rows("numbers.tsv")}


@cache
def qualifier_phrases() -> dict[str, str]:
    return {phrase: q for phrase, q in read_rows("qualifiers.tsv")}


@cache
def cues(name: str) -> frozenset[str]:
    """A named word list from ``cues.tsv`` (see the comment above each list there)."""
    return frozenset(split_alts(dict((row[0], row[1]) for row in read_rows("cues.tsv"))[name]))


@cache
def organisations() -> dict[str, str]:
    """International bodies: any alias as written (lower case) -> the name they are coded by."""
    return {alias.lower(): name for names, name in read_rows("organisations.tsv") for alias in split_alts(names)}


@cache
def speech_words() -> frozenset[str]:
    """The one-word verbs of speech_verbs.tsv ("said", "told", "reported")."""
    return frozenset(p for (phrases,) in read_rows("speech_verbs.tsv") for p in split_alts(phrases) if " " not in p)
