"""Place names in a parsed chunk. Countries resolve from the lexicon; other names found by
spaCy's NER are listed unresolved until the gazetteer (geo/) resolves them."""
from __future__ import annotations

from ..models import Place
from . import matchers
from .lexicon import countries


def find_places(nlp, doc, base: int) -> list[Place]:
    out: list[Place] = []
    taken: set[int] = set()
    for s, e, term in matchers.countries(nlp)(doc[:]):
        if term.extra[0] != "name":
            continue
        span = doc[s:e]
        c = countries()[term.label]
        out.append(Place(text=span.text, start=base + span.start_char, end=base + span.end_char, name=c.name,
                         feature="country", country=c.name, iso3=c.iso3))
        taken.update(range(s, e))
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC", "FAC") and taken.isdisjoint(range(ent.start, ent.end)):
            out.append(Place(text=ent.text, start=base + ent.start_char, end=base + ent.end_char))
    return sorted(out, key=lambda p: p.start)
