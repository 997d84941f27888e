"""Place names in a sentence, and their resolution against the gazetteer.

spaCy's small English model misses or mislabels many small places (Kalbajar, Lachin,
Dashkasan), so a name is a place candidate when any of these hold:
- the model tags it GPE, LOC or FAC;
- it is a capitalised name after a locative word ("in", "near", "outside", ...; data/lexicons/
  place_preps.tsv), or in a list that follows one ("in Gao, Menaka and Kidal");
- it comes right before a place noun ("Gegharkunik province", "the Kalbajar, Lachin and
  Zangilan regions"; place_nouns.tsv, which also says what kind of place it is).
Countries come from our country lexicon. Candidates are resolved afterwards with the whole
document as context (``resolve_places``): among the places that bear the name, those in a
country the article names win, then the most populous.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

if TYPE_CHECKING:  # spaCy is imported when a pipeline loads, not with this module
    from spacy.tokens import Span

from ..geo.gazetteer import Admin1, GeoPlace, Region, fold, load, neighbours
from ..models import Place
from . import matchers
from .dates import MONTHS, WEEKDAYS
from .lexicon import countries, country_terms, cues, read_rows, split_alts


@dataclass(frozen=True)
class PlaceMention:
    start: int  # character offsets in the document
    end: int
    text: str  # the name as written, without a following place noun
    feature: str  # country, admin1, admin2, populated place, or "" when the text does not say
    iso3: str | None  # set for countries
    ner: bool  # the parser tagged it as a place
    locative: bool = True  # named as where something is ("in X", "X province"), not as an actor ("Moscow's attempt")
    near: bool = False  # "near X", "outside X", "20 km from X": somewhere around the place, not in it
    town_part: bool = False  # "central La Paz", "downtown Lima": a part of a town, so the town
    route: str = ""  # "the Kisumu–Busia highway": the road it is an end of, which runs far from it
    by_prep: bool = False  # after a place preposition or a place noun ("in X", "the town of X"), or struck ("X was overrun")


@dataclass(frozen=True)
class ResolvedPlace:
    mention: PlaceMention
    name: str
    feature: str
    iso3: str | None
    latitude: float | None
    longitude: float | None
    geonameid: int | None
    admin1: str | None
    admin1code: str | None = None

    @property
    def specific(self) -> bool:
        return self.feature != "country"

    @property
    def area(self) -> bool:
        """A first-level division or a wider region, which towns lie in."""
        return self.feature in ("admin1", "region")


@cache
def place_nouns() -> dict[str, str]:
    return {w: feature for words, feature in read_rows("place_nouns.tsv") for w in split_alts(words)}


def _located_in_division(doc, e: int, end: int, nouns: dict[str, str]) -> bool:
    """", in White Nile state" / ", in the Far North region" right after a name."""
    toks = [t for t in doc[e:min(end, e + 8)] if t.lower_ != "the"]
    if len(toks) < 4 or toks[0].text != "," or toks[1].lower_ not in ("in", "near"):
        return False
    for t in toks[2:]:
        if not t.text[:1].isupper():
            return nouns.get(t.lower_) == "admin1" and t.i > toks[2].i
    return False


@cache
def place_preps() -> dict[str, str]:
    """word -> strong / weak (a locative preposition) or of-noun ("the outskirts of X")."""
    return {w: kind for words, kind in read_rows("place_preps.tsv") for w in split_alts(words)}


@cache
def _not_names() -> frozenset[str]:
    words = set(MONTHS) | set(WEEKDAYS) | set(country_terms())
    for row in read_rows("agents.tsv"):
        words.update(w.lower() for w in split_alts(row[0]))
    return frozenset(words)


_FUNCTION_POS = {"DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "NUM", "PART", "ADV"}


def _name_token(tok) -> bool:
    """A token that can be part of a place name: capitalised words, and the particles and
    hyphens of names like Port-au-Prince or Dar es Salaam."""
    if tok.is_alpha and tok.text[0].isupper():
        return tok.lower_ not in _not_names() and tok.pos_ not in _FUNCTION_POS
    if tok.text in ("-", "'", "’") and tok.whitespace_ == "":
        return True
    if tok.lower_ not in cues("name_particles"):
        return False
    doc = tok.doc  # "Port-au-Prince", and "Ain al-Asad", "Deir ez-Zor"
    after_hyphen = tok.i > 0 and doc[tok.i - 1].whitespace_ == "" and doc[tok.i - 1].text == "-"
    before_hyphen = tok.whitespace_ == "" and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"
    return after_hyphen or before_hyphen


def _runs(sent: Span) -> list[tuple[int, int]]:
    runs, i = [], sent.start
    while i < sent.end:
        if _name_token(sent.doc[i]) and sent.doc[i].is_alpha:
            j = i + 1
            while j < sent.end and _name_token(sent.doc[j]):
                j += 1
            while j > i + 1 and (not sent.doc[j - 1].is_alpha or not sent.doc[j - 1].text[0].isupper()):
                j -= 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def find_place_mentions(nlp, sent: Span, base: int) -> list[PlaceMention]:
    doc = sent.doc
    out: list[PlaceMention] = []
    taken: set[int] = set()
    person = {i for ent in sent.ents if ent.label_ == "PERSON" and ent.end - ent.start > 1
              for i in range(ent.start, ent.end)}
    for s, e, term in matchers.countries(nlp)(sent):
        if term.extra[0] == "name" and not person.isdisjoint(range(s, e)):
            taken.update(range(s, e))
            continue  # "Chad Smith", "Michael Jordan": people
        if term.extra[0] == "name" and s > sent.start and _name_token(doc[s - 1]) and doc[s - 1].is_alpha \
                and load().lookup(f"{doc[s - 1].text} {doc[s:e].text}"):
            span = doc[s - 1:e]  # "Port Sudan", "Kuwait City"-like names that end in a country's name
            out.append(PlaceMention(base + span.start_char, base + span.end_char, span.text, "", None, False,
                                    _locative(span, False), _near(span)))
            taken.update(range(s - 1, e))
            continue
        if term.extra[0] == "name" and e < sent.end and _name_token(doc[e]) and doc[e].is_alpha \
                and load().lookup(f"{doc[s:e].text} {doc[e].text}"):
            span = doc[s:e + 1]  # "Mexico City", "Panama City": names that start with a country's name
            out.append(PlaceMention(base + span.start_char, base + span.end_char, span.text, "", None, False,
                                    _locative(span, False), _near(span)))
            taken.update(range(s, e + 1))
            continue
        if term.extra[0] == "name" and _after_a_town(doc, s, sent.start):
            span = doc[s:e]  # "Atlanta, Georgia": the state, not the country
            out.append(PlaceMention(base + span.start_char, base + span.end_char, span.text, "admin1", None, True))
            taken.update(range(s, e))
            continue
        if term.extra[0] == "name":
            span = doc[s:e]
            root = span.root  # "US warplanes", "Israel army": a country naming whose things, not where
            owner = root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN" and root.head.i >= e \
                and root.head.lower_ not in place_nouns()
            out.append(PlaceMention(base + span.start_char, base + span.end_char, span.text, "country", term.label,
                                    True, not owner))
        if term.extra[0] == "adjective" and e < sent.end and place_nouns().get(doc[e].lower_) in (
                "populated place", "admin1", "admin2"):
            span = doc[s:e + 1]  # "the Georgian village of Ergneti": whatever the village, it is in Georgia
            out.append(PlaceMention(base + span.start_char, base + span.end_char, span.text, "country", term.label, True))
        k = e + (e < sent.end and doc[e].tag_ == "POS")
        if k < sent.end and doc[k].lower_ == "capital" and (term.extra[0] == "adjective" or k > e):
            span = doc[s:k + 1]  # "the Libyan capital", "Sudan's capital"
            out.append(PlaceMention(base + span.start_char, base + span.end_char, span.text, "capital", term.label, True))
        taken.update(range(s, e))
    ner_place = {i for ent in sent.ents if ent.label_ in ("GPE", "LOC", "FAC") for i in range(ent.start, ent.end)}
    not_place = {i for ent in sent.ents if ent.label_ in ("PERSON", "ORG", "NORP", "DATE", "TIME", "CARDINAL")
                 for i in range(ent.start, ent.end)}
    for grp in (matchers.armed_groups(nlp), matchers.agents(nlp)):
        taken.update(i for s, e, _ in grp(sent) for i in range(s, e))
    runs = [r for r in _runs(sent) if taken.isdisjoint(range(*r))]
    nouns, preps = place_nouns(), place_preps()
    accepted: dict[tuple[int, int], str] = {}
    strong_at: set[tuple[int, int]] = set()  # after "in", "near", "the town of", "the capital"
    prepped: set[tuple[int, int]] = set()  # after any place preposition
    in_town: set[tuple[int, int]] = set()
    previous: tuple[int, int] | None = None
    for s, e in runs:
        if e - s > 1 and doc[e - 1].lower_ in nouns and not load().lookup(doc[s:e].text):
            e -= 1  # "Ye-U Township", "Djugu Territory": the place, then what kind (not "Mexico City")
        before = doc[s - 1] if s > sent.start else None
        town_part = before is not None and before.lower_ in cues("town_parts")
        while before is not None and before.dep_ == "amod" and s <= before.head.i < e \
                and before.i > sent.start and before.is_lower:
            before = doc[before.i - 1]  # "in central La Paz", "north of central Khartoum": what stands before
        if before is not None and before.lower_ == "the" and before.i - 1 >= sent.start:
            before = doc[before.i - 1]
        after = doc[e] if e < sent.end else None
        feature = nouns.get(after.lower_, "") if after is not None else ""
        if after is not None and e + 1 < sent.end and f"{after.lower_} {doc[e + 1].lower_}" in nouns:
            feature = nouns[f"{after.lower_} {doc[e + 1].lower_}"]
        chained = previous is not None and previous in accepted and before is not None and \
            before.i == previous[1] and before.text in (",", "and")
        strength = preps.get(before.lower_, "") if before is not None else ""
        if strength == "of-noun":
            strength = ""
        if feature and before is not None and before.tag_ == "POS" and before.i > sent.start and \
                doc[before.i - 1].lower_ in ("city", "town", "capital", "village"):
            feature = "locality"  # "the city's Kyivskyi district": a part of the town already named
        if before is not None and (nouns.get(before.lower_) == "populated place" or before.lower_ == "capital"):
            strength = "strong"  # "Ukraine's second-largest city Kharkiv", "the capital Bujumbura"
        if before is not None and before.text == "," and before.i > sent.start and (
                doc[before.i - 1].lower_ == "capital" or nouns.get(doc[before.i - 1].lower_) == "populated place"):
            strength = "strong"  # "in the capital, Maputo"
        if before is not None and before.lower_ == "of" and before.i > sent.start:
            noun = doc[before.i - 1]  # "the town of Tame", "the outskirts of Bannu"
            if noun.lower_ in cues("compass") and any(k[1] <= noun.i for k in accepted):
                previous = (s, e)  # "Croix-des-Bouquets, east of Port-au-Prince": only locates the first
                taken.update(range(s, e))
                continue
            if noun.lower_ in nouns and nouns[noun.lower_] != "admin1" or preps.get(noun.lower_) == "of-noun":
                strength = "strong"
                if nouns.get(noun.lower_) == "populated place" and noun.lower_ not in ("area", "areas"):
                    feature = feature or "populated place"  # "the city of Sumy" (not the Sumy region)
            elif noun.lower_ in nouns:
                feature = feature or nouns[noun.lower_]  # "the department of Arauca"
        if before is not None and before.lower_ in ("on", "against") and before.head.pos_ == "NOUN" \
                and before.head.lemma_ in cues("attack_verbs"):
            strength = "strong"  # "a missile strike on Odesa", "an attack against Djibo"
        if before is not None and before.lemma_ in cues("attack_verbs") and doc[s].dep_ in ("dobj", "compound") \
                or (doc[s:e].root.dep_ == "dobj" and doc[s:e].root.head.lemma_ in cues("attack_verbs")) \
                or _struck_subject(doc[s:e].root):
            strength = "strong"  # "shelled Kherson", "hit Kramatorsk", "captured Kidal", "Mirebalais was overrun"
        if strength == "weak" and _located_in_division(doc, e, sent.end, nouns):
            strength = "strong"  # "over Kosti, in White Nile state": a place the text locates
        by_prep = bool(strength)
        if (s == sent.start or _called_a_town(doc[s:e])) and not (feature or by_prep) and \
                _subject_town(doc[s:e], not_place | ner_place):
            span = doc[s:e]  # "Dilling has been cut off. ... attacked the town": only what "the town" points to
            out.append(PlaceMention(base + span.start_char, base + span.end_char, span.text, "", None, False, False))
            taken.update(range(s, e))
            previous = (s, e)
            continue
        if feature or by_prep or chained or not ner_place.isdisjoint(range(s, e)):
            if not (feature or chained or strength == "strong") and not_place.intersection(range(s, e)) \
                    and ner_place.isdisjoint(range(s, e)) and not (strength and before.lower_ != "of" and _town_taken_for_org(doc[s:e])):
                previous = (s, e)
                continue
            if s == sent.start and not feature and ner_place.isdisjoint(range(s, e)) and not _struck_subject(doc[s:e].root):
                previous = (s, e)
                continue
            accepted[(s, e)] = feature
            if by_prep:
                prepped.add((s, e))
            if town_part:
                in_town.add((s, e))
            if strength == "strong":
                strong_at.add((s, e))
            if feature:  # a list ending in a place noun gives its kind to the whole list
                for k in list(accepted):
                    if k != (s, e) and not accepted[k] and k[0] > sent.start and _chain_to(doc, k, (s, e), accepted):
                        accepted[k] = feature
        previous = (s, e)
    for (s, e), feature in accepted.items():
        span = doc[s:e]
        out.append(PlaceMention(base + span.start_char, base + span.end_char, span.text, feature, None,
                                not ner_place.isdisjoint(range(s, e)),
                                _locative(span, bool(feature) or (s, e) in strong_at), _near(span),
                                (s, e) in in_town, _route_end(span), (s, e) in prepped))
        taken.update(range(s, e))
    for ent in sent.ents:
        if ent.label_ in ("GPE", "LOC", "FAC") and taken.isdisjoint(range(ent.start, ent.end)):
            out.append(PlaceMention(base + ent.start_char, base + ent.end_char, ent.text, "", None, True,
                                    _locative(ent, False), _near(ent), route=_route_end(ent)))
    return sorted(out, key=lambda p: p.start)


def _town_taken_for_org(span: Span) -> bool:
    """"the road between Nabatieh and ...", which the parser tags as an organisation: after a
    place preposition (not "of": "the archdiocese of Bamenda" is a body), a name the gazetteer
    knows as a real town (>= 20,000 people) is the town."""
    return all(t.ent_type_ == "ORG" for t in span) and any(
        p.population >= TOWN_OVER_AREA for p in load().lookup(span.text))


def _struck_subject(tok) -> bool:
    """"Mirebalais was overrun by the gang", "the town was shelled": the subject of a passive
    attack is where it happened (the parser may hang the participle on "was" as an attribute)."""
    if tok.dep_ == "nsubjpass":
        return tok.head.lemma_ in cues("attack_verbs")
    return tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(
        c.dep_ in ("attr", "acomp") and c.lemma_ in cues("attack_verbs") and not any(d.dep_ == "det" for d in c.children)
        for c in tok.head.children)  # "was overrun" (tagged a noun), not "was an attack"


def _described_by(tok) -> bool:
    """"Mirebalais, a town on the road between Port-au-Prince and ...": places in a description
    of another place say where it lies, not where anything happened."""
    return any(a.dep_ == "appos" and a.head.pos_ == "PROPN"
               and a.lemma_.lower() in ("town", "city", "village") for a in tok.ancestors)


def _subject_town(span: Span, not_place: set[int]) -> bool:
    """A known town opening a sentence as its subject ("Dilling has been cut off since last
    year"): kept only as what a later "the town" points back to, never as where an act was."""
    return span.root.dep_ in ("nsubj", "nsubjpass") and not _struck_subject(span.root) and all(t.tag_ == "NNP" or _called_a_town(span) for t in span) \
        and not_place.isdisjoint(range(span.start, span.end)) \
        and bool(load().lookup(span.text))


def _called_a_town(span: Span) -> bool:
    """"Djibo, a town of some 300,000 people": a capitalised name the text itself calls a town
    (the tagger may take it for a common noun)."""
    return span[0].text[:1].isupper() and any(
        c.dep_ == "appos" and c.lemma_.lower() in ("town", "city", "village") for c in span.root.children)


def _locative(span: Span, has_noun: bool) -> bool:
    """Named as a location rather than as an actor: not possessive ("Moscow's attempt"), not
    the subject of a verb ("Washington has a special envoy")."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        # "Mogadishu's Hodan district", "the city's outskirts": a part of it, so in it
        part = doc[span.end + 1:min(len(doc), span.end + 4)]
        return any(t.lower_ in place_nouns() or place_preps().get(t.lower_) == "of-noun" or
                   t.lower_ in cues("possessed_sites") for t in part)  # "the road to Juliaca's airport"
    root = span.root
    if _destination(root) or _described_by(root):
        return False
    if has_noun or _struck_subject(root):
        return True
    return root.dep_ not in ("nsubj", "nsubjpass", "poss")


def _destination(tok) -> bool:
    """"fled towards the town of Lascahobas", "treated in Maiduguri": where people went, not where
    anything happened."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj":
        tok = tok.head.head  # "the neighbouring town of X"
    if tok.dep_ != "pobj":
        return False
    prep, governor = tok.head.lower_, tok.head.head
    if prep in ("to", "towards", "toward", "into") and governor.lemma_.lower() in cues("flight_verbs"):
        return True
    # "being treated for wounds in Maiduguri", "taken to hospital in Kabul": where the wounded were cared for
    if prep not in ("in", "to", "at"):
        return False
    if governor.lower_ in cues("care_places"):
        return True  # "flown by helicopter to a hospital in Cucuta"
    if governor.dep_ == "pobj" and governor.head.dep_ == "prep":
        governor = governor.head.head  # "treated [for wounds] in Maiduguri"
    return governor.lemma_.lower() in cues("care_verbs") or governor.lower_ in cues("care_places")


def _after_a_town(doc, s: int, start: int) -> bool:
    """"Atlanta, Georgia": a country name right after "<town>," whose best-known namesake lies in
    a country with states of that name (the United States)."""
    if s - 2 < start or doc[s - 1].text != "," or not doc[s - 2].text[:1].isupper():
        return False
    gaz = load()
    towns = gaz.lookup(doc[s - 2].text)
    if not towns or towns[0].population < 100_000:
        return False
    return any(a.iso3 == towns[0].iso3 for a in gaz.lookup_admin1(doc[s:s + 1].text))


def _route_end(span: Span) -> str:
    """"blocked the Kisumu–Busia highway", "on the Maiduguri-Damboa road": the name of a road's
    end, which says where the road goes more than where on it an act happened. Returns the road
    as written, or ""."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:  # "between Nabatieh and Kfar Roummane"
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("between", "from", "to") and head.head.lower_ in cues("road_nouns"):
        road = head.head  # "the road between Nabatieh and Kfar Roummane", "the highway from Goma to Sake"
    elif root.dep_ in ("compound", "nmod") and head.i >= span.end and head.lower_ in cues("road_nouns"):
        road = head
    else:
        return ""
    return span.doc[road.left_edge.i:road.right_edge.i + 1].text


def _near(span: Span) -> bool:
    """"near Bol", "outside Goma", "on the outskirts of Bannu", "30 km north of Gao"."""
    before = span.doc[max(span.sent.start, span.start - 4):span.start]
    return any(t.lower_ in cues("near_words") for t in before)


def _chain_to(doc, first: tuple[int, int], last: tuple[int, int], accepted: dict) -> bool:
    """Whether only names, commas and "and" stand between two accepted runs."""
    i = first[1]
    while i < last[0]:
        if doc[i].text in (",", "and") or any(s <= i < e for s, e in accepted):
            i += 1
            continue
        return False
    return True


def country_context(mentions: list[PlaceMention], country_words: Counter) -> Counter:
    """How strongly the article is about each country: named places plus demonyms, and the
    countries of first-level divisions it names as such ("Zamfara State" points to Nigeria even
    where the report never says "Nigeria")."""
    ctx = Counter(country_words)
    for m in mentions:
        if m.iso3:
            ctx[m.iso3] += 1
    for m in mentions:
        if m.feature in ("", "admin1") and not m.iso3:
            area = resolve_place(m, ctx)
            if area is not None and area.iso3 and area.feature in ("admin1", "region"):
                ctx[area.iso3] += 1  # "Zamfara State", "Gaza" point to their countries
    return ctx


def main_country_of(ctx: Counter, resolved) -> str | None:
    """The country the report is about: its demonyms and named countries, plus the towns it
    names ("Kharkiv" three times outweighs "the Russian border" and "Russian guided bombs"). A
    report that names no country is about none: "talks are expected in Geneva" is only a venue."""
    if not ctx:
        return None
    told = Counter(ctx)
    told.update(r.iso3 for r in resolved if r is not None and r.iso3 and r.feature in ("populated place", "admin2"))
    return told.most_common(1)[0][0] if told else None


def with_known_kind(mentions: list[PlaceMention]) -> dict[PlaceMention, PlaceMention]:
    """Each mention with the kind of place the article says its name is elsewhere: after
    "Magway region", a bare "Magway" is the region too (not the town of the same name), but
    "central La Paz" is still the town."""
    kinds: dict[str, set[str]] = {}
    for m in mentions:
        if m.feature in ("admin1", "admin2", "populated place"):
            kinds.setdefault(fold(m.text), set()).add(m.feature)
    out = {}
    for m in mentions:
        known = kinds.get(fold(m.text), set())
        out[m] = replace(m, feature=next(iter(known))) if not m.feature and len(known) == 1 and not m.town_part else m
    return out


def _country_bonus(iso3: str | None, ctx: Counter) -> float:
    """More for a country the article names, most for its main one."""
    total = sum(ctx.values()) or 1
    share = ctx.get(iso3, 0) / total
    return (2.0 if share else 0.0) + 4.0 * share


def _score(p: GeoPlace, ctx: Counter, exact: bool) -> float:
    """log population, plus the country bonus and a little for an exact spelling."""
    return math.log10(p.population + 10) + _country_bonus(p.iso3, ctx) + (0.5 if exact else 0.0)


def _area_score(a: Admin1, ctx: Counter) -> float:
    return math.log10(a.population + 10) + _country_bonus(a.iso3, ctx)


def _town(m: PlaceMention, p: GeoPlace, feature: str) -> ResolvedPlace:
    """A populated place, with the English name of its first-level division."""
    a1 = load().admin1(p.iso3, p.admin1code)
    return ResolvedPlace(m, p.name, feature, p.iso3, p.latitude, p.longitude,
                         p.geonameid if p.geonameid > 0 else None,  # places_extra.tsv rows have no GeoNames id
                         a1.name if a1 is not None and a1.name else None, p.admin1code)


def _area(m: PlaceMention, a: Admin1) -> ResolvedPlace:
    return ResolvedPlace(m, a.name, "admin1", a.iso3, a.latitude, a.longitude, None, a.name, a.code)


def _region(m: PlaceMention, r: Region) -> ResolvedPlace:
    return ResolvedPlace(m, r.name, "region", r.iso3, r.latitude, r.longitude, None, r.admin1)


TOWN_OVER_AREA = 20_000  # a bare name that is both: the town when it is at least this big


def dateline_town(line: str, offset: int) -> PlaceMention | None:
    """The town of a wire dateline ("KOSTIANTYNIVKA, Ukraine —"), as a place mention."""
    name = re.split(r"[,—–(]| -", line, maxsplit=1)[0].strip(" -")
    if not name or not name.replace(" ", "").replace("-", "").replace("'", "").isupper():
        return None
    return PlaceMention(offset, offset + len(name), name, "populated place", None, False)


def resolve_filed(m: PlaceMention, ctx: Counter) -> ResolvedPlace | None:
    """Where a report was filed, when that says where its unplaced acts happened: a town, not a
    capital ("NAIROBI —": reporters file from capitals about the whole country and beyond)."""
    r = resolve_place(m, ctx)
    if r is None or r.feature != "populated place" or r.iso3 is None:
        return None
    capital = load().capital(r.iso3)
    return None if capital is not None and capital.geonameid == r.geonameid else r


def resolve_place(m: PlaceMention, ctx: Counter) -> ResolvedPlace | None:
    """The place a mention names, or None. A country is a country, unless the name is one of
    our regions ("the Gaza Strip"); "the Libyan capital" is the capital; a bare name that is
    both a first-level division and a town is the town if it is a real one (>= 20,000 people:
    "Kherson"), else the division ("Gegharkunik")."""
    gaz = load()
    if m.feature == "capital":
        cap = gaz.capital(m.iso3)
        return _town(m, cap, "populated place") if cap is not None else None
    region = gaz.lookup_region(m.text) if m.feature in ("", "admin1", "region", "country") else None
    if m.iso3:
        if region is not None and region.iso3 == m.iso3:
            return _region(m, region)  # "the Gaza Strip" names Palestine, and a part of it
        c = countries()[m.iso3]
        return ResolvedPlace(m, c.name, "country", c.iso3, None, None, None, None)
    if m.feature == "locality":
        return None  # "the Tierra Blanca neighbourhood": a part of the town the story is in
    if region is not None and not (m.feature == "admin1" and not ctx.get(region.iso3) and any(
            ctx.get(a.iso3) for a in gaz.lookup_admin1(m.text))):
        return _region(m, region)  # ("Gaza province" in a story about Mozambique is the province)
    candidates = gaz.lookup(m.text)
    if not candidates and m.text.lower().startswith(("al-", "el-", "as-", "ad-", "al ", "el ")):
        candidates = gaz.lookup(re.split(r"[- ]", m.text, maxsplit=1)[1])  # "Al Bureij" is Bureij
    areas = [a for a in gaz.lookup_admin1(m.text) if a.name] if m.feature in ("", "admin1") else []
    if areas:
        area = max(areas, key=lambda a: _area_score(a, ctx))
        town = max((p for p in candidates if p.iso3 == area.iso3), key=lambda p: p.population, default=None)
        best_town = max((_score(p, ctx, True) for p in candidates), default=-1.0)
        if m.feature == "admin1" or ((town is None or town.population < TOWN_OVER_AREA)
                                     and _area_score(area, ctx) >= best_town - 1.0):
            return _area(m, area)  # "Gegharkunik", "Texas" (not the Mexican hamlet)
    if not candidates:
        if m.feature == "admin1" and ctx:  # a province we do not know, in the article's main country
            iso3 = ctx.most_common(1)[0][0]
            return ResolvedPlace(m, m.text, m.feature, iso3, None, None, None, m.text)
        return None  # an unknown district gives way to the province or town named with it
    best = max(candidates, key=lambda p: _score(p, ctx, fold(p.name) == fold(m.text)))
    if not ctx.get(best.iso3) and (ctx and best.population < 200_000 or
                                   not m.ner and best.population < 5000) and not _only_one(m, candidates, best, ctx):
        return None  # a namesake in a country the article never mentions ("Port" -> Le Port, "Juma" -> Yuma)
    if m.feature == "admin1":  # a province the gazetteer does not name: the one its namesake town is in
        a1 = gaz.admin1(best.iso3, best.admin1code)
        if a1 is not None and a1.name:
            return _area(m, a1)
        return ResolvedPlace(m, m.text, "admin1", best.iso3, best.latitude, best.longitude, None, m.text,
                             best.admin1code)
    return _town(m, best, m.feature if m.feature in ("admin2", "populated place") else "populated place")


UNIQUE_TOWN = 20_000  # a named town this big, with no namesake anywhere, is itself


def _only_one(m: PlaceMention, candidates: list, best, ctx: Counter) -> bool:
    """"an Israeli air strike in Nuseirat": a name said after a place preposition that only one
    sizeable town on earth bears, in a country bordering the one the article names, is that town
    though the article names only the attacker's country ("the Minister for Africa" names no
    town; a Nigerian village "Mushu" is not Mus in Turkey)."""
    return m.by_prep and m.locative and best.population >= UNIQUE_TOWN and all(
        p.iso3 == best.iso3 for p in candidates if p.population >= NAMESAKE_FLOOR) and \
        not neighbours().get(best.iso3, frozenset()).isdisjoint(ctx)  # next door to the story ("Mushu" is not Mus)


NAMESAKE_FLOOR = 1000  # hamlets that share a town's name are no rival to it


def to_model(m: PlaceMention, r: ResolvedPlace | None) -> Place:
    if r is None:
        return Place(text=m.text, start=m.start, end=m.end)
    cname = countries()[r.iso3].name if r.iso3 in countries() else r.iso3
    return Place(text=m.text, start=m.start, end=m.end, name=r.name, feature=r.feature, country=cname,
                 iso3=r.iso3, latitude=r.latitude, longitude=r.longitude, geonameid=r.geonameid)
