"""Sentence-level findings: what happened (triggers), when, who, to whom, with what.

``read_sentence`` turns one parsed sentence into a ``Clause``; ``events.py`` groups clauses
into ACLED events.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span

from . import matchers
from .actors import ActorMention, find_actors
from .casualties import CasualtyMention, find_casualties
from .dates import DateMention
from .lexicon import countries
from .modality import is_irrealis, is_metaphor_context


@dataclass(frozen=True)
class Trigger:
    label: str  # sub-event type or @role
    start: int
    end: int
    text: str
    weapon: str


@dataclass
class Clause:
    start: int
    end: int
    triggers: list[Trigger]
    actors: list[ActorMention]
    casualties: list[CasualtyMention]
    weapons: list[tuple[str, int, int, str]]  # label, start, end, text
    date: DateMention | None
    background_year: DateMention | None
    places: list[tuple[str, int, int, str]] = field(default_factory=list)  # iso3, start, end, text
    claimant: tuple[str | None, str | None] = (None, None)


_PLACE_PREPS = {"in", "into", "across", "inside", "near", "throughout", "on"}
_SPEECH_WORDS = {"said", "says", "told", "announced", "reported", "stated", "added", "confirmed"}


def _clause_date(sent: Span, base: int, mentions: list[DateMention]) -> tuple[DateMention | None, DateMention | None]:
    """(the date the clause's action happened, a past year that makes it background)."""
    doc = sent.doc
    day_like, year_like = [], []
    for m in mentions:
        if m.kind == "year":
            prev = doc.text[max(0, m.start - base - 7):m.start - base].lower()
            if "since" not in m.text.lower() and "since" not in prev:
                year_like.append(m)
            continue
        # "..., officials said on Tuesday": the day of the statement, not of the action
        before = doc.text[max(0, m.start - base - 12):m.start - base].lower().split()
        if before and before[-1] in _SPEECH_WORDS or (len(before) > 1 and before[-2] in _SPEECH_WORDS and before[-1] == "on"):
            if len([x for x in mentions if x.kind != "year"]) == 1:
                continue
        day_like.append(m)
    return (day_like[0] if day_like else None), (year_like[0] if year_like else None)


def read_sentence(nlp, sent: Span, base: int, mentions: list[DateMention], published: date,
                  previous_claimant: tuple[str | None, str | None]) -> Clause:
    doc = sent.doc
    triggers = []
    metaphor = is_metaphor_context(sent)
    for s, e, term in matchers.triggers(nlp)(sent):
        if metaphor or is_irrealis(doc[s]) is not None:
            continue
        span = doc[s:e]
        triggers.append(Trigger(term.label, base + span.start_char, base + span.end_char, span.text, term.extra[0]))
    # who says so is not who took part: "..., police said" names a source, not a combatant
    speakers = {c.i for s, _, _ in matchers.speech_verbs(nlp)(sent) for c in doc[s].children
                if c.dep_ in ("nsubj", "nsubjpass")}
    actors = [a for a in find_actors(nlp, sent, base) if a.token_i not in speakers]
    casualties = [] if metaphor else find_casualties(nlp, sent, base, actors, previous_claimant)
    casualties = [c for c in casualties if is_irrealis(doc.char_span(c.start - base, c.end - base, alignment_mode="expand").root) is None]
    weapons = [(t.label, base + doc[s:e].start_char, base + doc[s:e].end_char, doc[s:e].text)
               for s, e, t in matchers.weapons(nlp)(sent)]
    places = []
    for s, e, term in matchers.countries(nlp)(sent):
        if term.extra[0] == "name" and s > sent.start and doc[s - 1].lower_ in _PLACE_PREPS:
            span = doc[s:e]
            places.append((term.label, base + span.start_char, base + span.end_char, span.text))
    day, year = _clause_date(sent, base, mentions)
    claimant = next(((c.claimed_by, c.claimed_by_country) for c in casualties if c.claimed_by), previous_claimant)
    return Clause(base + sent.start_char, base + sent.end_char, triggers, actors, casualties, weapons,
                  day, year if year and year.date.year < published.year else None, places, claimant)


def country_name(iso3: str | None) -> str | None:
    return countries()[iso3].name if iso3 in countries() else None
