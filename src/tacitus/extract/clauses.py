"""Clause-level findings: what happened (triggers), when, who, to whom, with what, where.

``read_sentence`` turns one parsed sentence into one ``Clause`` per date it mentions: in
"Fresh clashes took place on Wednesday, a day after dozens were killed", the clashes belong
to Wednesday and the killings to the day before. Each finding goes to the date whose verb
governs it in the dependency parse. ``events.py`` groups clauses into ACLED events.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import re
from dataclasses import dataclass, field, replace
from datetime import date

if TYPE_CHECKING:  # spaCy is imported when a pipeline loads, not with this module
    from spacy.tokens import Span, Token

from . import matchers
from .actors import ActorMention, find_actors, owners_of
from .casualties import CasualtyMention, find_casualties, sets_toll
from .dates import MONTHS, DateMention
from .lexicon import countries, country_terms, cues, speech_words
from .modality import (is_accident, is_context, is_cumulative, is_diplomatic, is_irrealis, is_metaphor_context,
                       is_period_context, is_period_range, is_planned, is_verbal, names_same_day)
from .places import PlaceMention, find_place_mentions


@dataclass(frozen=True)
class Trigger:
    label: str  # sub-event type or @role
    start: int
    end: int
    text: str
    weapon: str
    agent: tuple[str, str | None] | None = None  # (name pattern, country) of the actor doing it, if said
    reaction: bool = False  # named in a reaction ("condemned the attack"): an act told before, if one was
    defender: tuple[str, str | None] | None = None  # who repelled it ("the army says it repelled the attack")


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
    places: list[PlaceMention] = field(default_factory=list)
    claimant: tuple[str | None, str | None] = (None, None)
    anaphoric_place: str = ""  # "region" in "in his region", "there": points to the place named before
    sentence: int = 0  # index of the sentence in the document
    attributed: list[ActorMention] = field(default_factory=list)  # groups held responsible here
    aside: bool = False  # dated only as what came before ("..., a week after the government dropped ...")




def _mention_token(sent: Span, base: int, m: DateMention) -> Token:
    span = sent.doc.char_span(m.start - base, m.end - base, alignment_mode="expand")
    toks = list(span) if span is not None else [sent.doc[sent.start]]
    marker = next((t for t in toks if t.lower_ in ("after", "before", "later", "earlier")), None)
    return marker or toks[-1]


def _verb_of(tok: Token) -> Token:
    """The nearest verb governing ``tok`` (itself if it is one)."""
    seen = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and seen < 12:
        tok, seen = tok.head, seen + 1
    return tok


_WIRE = re.compile(r"^\W{0,3}\(?(?:Reuters|AFP|AP|Xinhua|Anadolu|dpa)\)?\s*[-—–]", re.I)
# "TRIPOLI, Aug 13 —", "GOMA, Congo, March 3 (Agency) -": a place in capitals, then the date
_DATELINE_BEFORE = re.compile(r"^\W*[A-Z][A-Z'.\- ]+(?:,\s*[A-Z][\w .'-]*)?,\s*$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^)]{1,25}\)\s*)?[-—–:]")
# a live blog's entry stamp at the head of a line: "Friday, 16:00 —", "Tuesday 9.30pm -"
_STAMP_AFTER = re.compile(r"^,?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|local time)?\s*[-—–:]", re.I)


def _is_speech_date(sent: Span, base: int, m: DateMention) -> bool:
    """"..., officials said on Tuesday": the day of the statement, not of the action; likewise
    a wire dateline ("BAMENDA, Cameroon, Sept 12 (Reuters) -")."""
    doc = sent.doc
    if _WIRE.match(doc.text[m.end - base:m.end - base + 20]):
        return True
    if _DATELINE_BEFORE.match(doc.text[sent.start_char:m.start - base]) and \
            _DATELINE_AFTER.match(doc.text[m.end - base:m.end - base + 30]):
        return True
    line = doc.text[doc.text.rfind("\n", 0, m.start - base) + 1:m.start - base]
    if not line.strip() and _STAMP_AFTER.match(doc.text[m.end - base:m.end - base + 30]):
        return True  # the time of a live blog's entry, not of what it reports
    before = doc.text[max(0, m.start - base - 12):m.start - base].lower().split()
    return bool(before) and (before[-1] in speech_words() or (len(before) > 1 and before[-2] in speech_words()
                                                             and before[-1] == "on"))


def _opens_item(doc, base: int, m: DateMention) -> bool:
    """"* Nov 23 - The army said it repelled an attack": a date heading a bullet or a line, set
    off by a dash or colon, dates the item's acts, not its "said"."""
    line = doc.text[doc.text.rfind("\n", 0, m.start - base) + 1:m.start - base]
    return not line.strip(" *-•\t") and re.match(r"\s*[-—–:]", doc.text[m.end - base:m.end - base + 3]) is not None


def _sentence_dates(nlp, sent: Span, base: int, mentions: list[DateMention],
                    published: date) -> tuple[list[DateMention], list[DateMention]]:
    """(the day-like dates of actions in the sentence, the past years that make a clause background)."""
    doc = sent.doc
    days, years = [], []
    for m in mentions:
        if m.kind == "year":
            prev = doc.text[max(0, m.start - base - 7):m.start - base].lower()
            if "since" not in m.text.lower() and "since" not in prev and m.date.year < published.year:
                years.append(m)
        elif m.kind != "stamp":
            days.append(m)
    stamps = [m for m in mentions if m.kind == "stamp"]
    speech = {s for s, _, _ in matchers.speech_verbs(nlp)(sent)} if days else set()
    days = [m for m in days if not _is_speech_date(sent, base, m) and (_opens_item(doc, base, m) or _inverted_speech(
        _mention_token(sent, base, m)) or not _is_report_verb(
        _verb_of(_mention_token(sent, base, m)), speech, m.date == published,
        doc.text[max(0, m.start - base - 3):m.start - base].lower() == "by "))]
    return days or stamps[:1], years


def _inverted_speech(tok: Token) -> bool:
    """"X killed 12 people in El Fasher, on Saturday, a committee said": a date after the report
    and before its speaker, though parsed onto "said", dates what was reported."""
    verb = _verb_of(tok)
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < tok.i]
    speaker = [c for c in verb.children if c.dep_ == "nsubj" and c.i > tok.i]
    if reported and speaker and verb.i > tok.i and verb.lemma_ in speech_words():
        return True
    # "On Tuesday 17 November, the army said ..., its drones struck a column": the speech is an aside
    # (parsed under the act it reports), and the day opening the sentence is the act's
    return verb.lemma_ in speech_words() and verb.dep_ in ("ccomp", "parataxis") and verb.head.i > verb.i \
        and verb.head.pos_ == "VERB" and tok.i < verb.i


_CLASH_LABELS = {"@clash", "Armed clash"}
_AIR_ARM = matchers.Term("airstrike", ("Air/drone strike",))  # what an air force striking is (cues "air_arms")


def _attacked_with(tok: Token, by_weapon: dict[int, str]) -> str | None:
    """"attacked an army base with explosives-laden drones": the weapon's sub-event type (Air/drone
    strike), not a clash; "attacked the village with rockets" is shelling."""
    heads = [tok] + [d for c in tok.children if c.dep_ == "dobj" for d in c.subtree
                     if d.dep_ in ("dobj", "pobj")]  # "attacked a base in Tibu with drones", however it is parsed
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ == "prep" and prep.lower_ == "with":
            # its first noun: "with explosives-laden drones", "with drones carrying explosives"
            obj = next((t for t in prep.subtree if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "npadvmod"), None)
            if obj is not None and obj.i in by_weapon:
                if any(by_weapon.get(c.i) == "" for c in obj.conjuncts):
                    return None  # "with rockets and automatic weapons": the attackers were there, a ground attack
                return by_weapon[obj.i]
    return None


def _repelled(tok: Token) -> bool:
    """"troops repelled the attack", "fought off the assault": an attack that met armed defenders
    (`response_acts` in cues.tsv)."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return False
    words = {verb.lower_} | {f"{verb.lower_} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
    return bool(words & cues("response_acts"))


def _repeller(tok: Token, actors: list[ActorMention]) -> tuple[str, str | None] | None:
    """Who repelled the attack at ``tok``: the subject of "repelled" (the teller's for "the army
    says it repelled the attack")."""
    subject = _subject_of(tok.head)
    if subject is None:
        return None
    return next(((a.name_pattern, a.country) for a in actors if a.token_i == subject.i), None)


def _in_time_subclause(tok: Token) -> bool:
    """"fought for hours before pulling out early on Tuesday", "raised the toll to 12 after more
    bodies were found on Monday": the date is the withdrawal's or the finding's, not the main
    verb's ("killed five after storming the village on Monday" shares its day)."""
    verb = _verb_of(tok)
    if verb.dep_ not in ("pcomp", "advcl") or verb.head.dep_ == "ROOT":
        return False
    words = {t.lower_ for t in (verb.head, *verb.children)}
    if words & {"before", "until"}:
        return True
    main = verb.head.head if verb.dep_ == "pcomp" else verb.head
    return "after" in words and any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_ in cues("toll_nouns")
                                    for c in main.children)


def _is_report_verb(verb: Token, speech: set[int], on_publication_day: bool, by: bool) -> bool:
    """A date on "said", or the publication day or a "by" date on a toll's rise ("the toll
    climbed to 95 on Tuesday" in a Tuesday paper, "by Sunday evening the toll had risen to 19"),
    dates the report, not the attack."""
    if verb.i in speech:
        return True
    if by and any(sets_toll(t) for t in verb.subtree):
        return True  # "By Wednesday rescuers had pulled two more bodies from the rubble, bringing the toll to six"
    if by and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in cues("body_nouns") for c in verb.children):
        return True  # "Eleven bodies had been recovered by Monday afternoon": the count so far, not a new act
    return (on_publication_day or by) and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_ in cues("toll_nouns")
                                              for c in verb.children)


def _assigner(sent: Span, base: int, slots: list[DateMention], main: int, fixed: dict[int, int] | None = None):
    """A function from a token to the date slot (index into ``slots``) whose verb governs it,
    ``main`` when none does; ``fixed`` slots some tokens outright."""
    verbs: dict[int, int] = dict(fixed or {})
    for k, m in enumerate(slots):
        tok = _mention_token(sent, base, m)
        if m.kind == "year" and tok.dep_ in ("compound", "nummod", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
            verbs.setdefault(tok.head.i, k)  # "a 2021 attack": the year dates the noun it modifies
            continue
        if m.kind == "year":  # "the killing of 23 villagers during an operation in 2015": the nouns above it
            for up in tok.ancestors:
                if up.pos_ in ("VERB", "AUX"):
                    break
                if up.pos_ == "NOUN":
                    verbs.setdefault(up.i, k)
        verbs.setdefault(_verb_of(tok).i, k)

    def assign(tok: Token) -> int:
        seen = 0
        while seen < 15:
            if tok.i in verbs:
                return verbs[tok.i]
            if tok.head.i == tok.i:
                break
            tok, seen = tok.head, seen + 1
        return main
    return assign


_MODIFIER_LABELS = {"Peaceful protest", "Violent demonstration", "Mob violence", "@clash", "@violence"}


def _sources(nlp, sent: Span) -> set[int]:
    """Tokens naming who reports or hears the news, not who took part: "..., police said",
    "told reporters", "in a message to journalists". A speaker who reports its own action
    ("al-Shabaab said it carried out the bombing") stays an actor."""
    doc = sent.doc
    out: set[int] = set()
    for s, _, _ in matchers.speech_verbs(nlp)(sent):
        verb = doc[s]
        own_act = any(c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass") and
                                                 any(t.lower_ in cues("self_reference") for t in s.subtree) for s in c.children)
                      for c in verb.children)
        if not own_act and verb.lower_ != "according" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                    for c in verb.children):
            comma = next((t.i for t in reversed(doc[sent.start:verb.i]) if t.text == ","), None)
            if comma is not None and verb.i - comma <= 6:  # "..., police and witnesses said" (misparsed)
                out.update(range(comma + 1, verb.i))
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and not own_act:
                out.update(range(c.left_edge.i, c.i + 1))  # "Police officer Abdullahi Hassan said"
            if c.dep_ in ("dobj", "dative"):  # "told reporters"
                out.add(c.i)
    for tok in sent:  # "in a message to journalists", "speaking to reporters"
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_ in (
                "message", "statement", "speak", "talk", "say", "tell", "interview", "remark", "comment"):
            out.add(tok.i)
        # "a provisional toll from the army": who counted
        if tok.dep_ == "pobj" and tok.head.lower_ in ("from", "by") and tok.head.head.lemma_ in cues("toll_nouns"):
            out.update(range(tok.left_edge.i, tok.i + 1))
        # "the state police command later raised the toll to 12", "police put the toll at 14"
        if tok.dep_ == "dobj" and tok.lemma_ in cues("toll_nouns") and tok.head.pos_ == "VERB":
            for c in tok.head.children:
                if c.dep_ == "nsubj":
                    out.update(range(c.left_edge.i, c.i + 1))
    return out


def _grievance(tok: Token) -> bool:
    """"blocked the road to protest against the army's failure to protect them": what a protest is
    against names no one who took part in it."""
    for up in tok.ancestors:
        if up.dep_ == "prep" and up.lower_ in ("against", "over") and up.head.lemma_ in cues("protest_verbs"):
            return True
    return False


def _own_side(doc, a: ActorMention) -> ActorMention:
    """"Russia's defence ministry said its forces had captured ...": the speaker's country."""
    tok = doc[a.token_i]
    if a.country is not None or not any(c.dep_ == "poss" and c.lower_ in cues("self_reference") for c in tok.children):
        return a
    verb = next((g for g in tok.ancestors if g.lower_ in speech_words()), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subj is None:
        return a
    iso3 = next((country_terms()[t.lower_] for t in subj.subtree if t.lower_ in country_terms()), None)
    return replace(a, country=iso3) if iso3 else a


def _civilian_target(tok: Token) -> bool:
    """"stormed a farming village", "an attack on a market": the target is a civilian site."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in cues("civilian_sites") for o in objects)


def _agent(tok: Token, actors: list[ActorMention]) -> tuple[str, str | None] | None:
    """Who does the act: the actor heading the trigger's grammatical subject, or the one it is
    "by" ("came under attack by about 40 PDF fighters")."""
    if tok.pos_ == "NOUN":
        holders = [tok] + ([tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "under" else [])
        for by in (p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                   for p in c.children if p.dep_ == "pobj"):
            span = range(by.left_edge.i, by.right_edge.i + 1)
            found = next(((a.name_pattern, a.country) for a in actors if a.token_i in span), None)
            if found is not None:
                return found
    verb = tok if tok.pos_ == "VERB" else tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "with" and verb.head.pos_ == "VERB":
        verb = verb.head  # "the junta answered with air strikes"
    if verb is not tok and verb.lemma_ in cues("reaction_verbs"):
        return None  # "MONUSCO condemned the massacre": who reacts did not do it
    subj = _subject_of(verb)
    if subj is None:
        return None
    span = range(subj.left_edge.i, subj.right_edge.i + 1)
    return next(((a.name_pattern, a.country) for a in actors if a.token_i in span), None)


def _subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``: the first verb's for "stoned and burned to death", and the
    teller's for "fighters said they had captured" or "the army says it repelled the attack"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in cues("self_reference") and verb.dep_ == "ccomp":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), subj)
    return subj


def _captures(sent: Span) -> list[Token]:
    """Verbs of taking a place: "captured an army outpost", "seized Kidal" (not "seized
    weapons", "took two hostages")."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in cues("capture_verbs"):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        if obj.lemma_.lower() in cues("held_places") or (obj.pos_ == "PROPN" and obj.ent_type_ in ("GPE", "LOC", "FAC")):
            out.append(tok)
    for tok in sent:  # "the gangs now control it": a place that changed hands
        if tok.pos_ == "VERB" and tok.lemma_.lower() in cues("holding_verbs") and any(
                c.dep_ == "advmod" and c.lower_ == "now" for c in tok.children) and any(
                c.dep_ == "dobj" and (c.lower_ == "it" or c.lemma_.lower() in cues("held_places") or c.pos_ == "PROPN")
                for c in tok.children):
            out.append(tok)
    return out


def _burnings(sent: Span) -> list[Token]:
    """"burned a police post", "burnt several cars": setting fire to a building or a vehicle."""
    return [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in ("burn", "burnt") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in cues("burnable") for c in t.children)]


def _shootings(sent: Span, people: set[int]) -> list[Token]:
    """"shot men and boys", "shot him in the head": shooting people (not "shot down a drone",
    "shot a film"). ``people`` are the token indices of the sentence's actors."""
    return [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() == "shoot" and not any(
        c.dep_ == "prt" for c in t.children) and any(
        c.dep_ == "dobj" and (c.i in people or c.lower_ in ("him", "her", "them")) for c in t.children)]


def _raids(sent: Span, raiders: set[int]) -> list[Token]:
    """"the gunmen came back to Mushu", "bandits swept through three villages": armed men coming
    into a settlement (not "returned to their bases"). ``raiders`` are the token indices of the
    sentence's unnamed armed men."""
    out = []
    for t in sent:
        if t.pos_ != "VERB" or t.lemma_.lower() not in cues("raid_verbs") or not any(
                c.dep_ == "nsubj" and c.i in raiders for c in t.children):
            continue
        heads = [t] + [c for c in t.children if c.dep_ in ("advmod", "prt")]  # "came back to Mushu"
        places = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "into", "through", "on")
                  for p in c.children if p.dep_ == "pobj"]
        if any(p.ent_type_ in ("GPE", "LOC") or p.lemma_.lower() in cues("settlement_nouns") or
               (p.pos_ == "PROPN" and p.text[:1].isupper()) for p in places):
            out.append(t)
    return out


def _exchanges(sent: Span) -> list[Token]:
    """"exchanged artillery and machine-gun fire", "traded heavy fire": both sides fought."""
    return [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in ("exchange", "trade") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in cues("fire_nouns") for c in t.children)]


def _agreements(sent: Span) -> list[Token]:
    """Verbs of settling: "agreed on Saturday to a full and immediate ceasefire", "signed a
    peace deal" (the phrases of triggers.tsv, with words in between)."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in cues("agreement_verbs"):
            continue
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        objects += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "on") for p in c.children
                    if p.dep_ == "pobj"]
        if any(o.lemma_.lower() in cues("agreement_nouns") for o in objects):
            out.append(tok)
    return out


def _attributed(sent: Span, actors: list[ActorMention]) -> list[ActorMention]:
    """Groups the sentence holds responsible: "police blamed al-Shabaab", "blamed the attack on
    the ADF", "attributed it to", "police suspect the ADF", "ISWAP claimed responsibility", "JNIM claimed the attack"."""
    groups = [a for a in actors if a.inter in (2, 3, 4) and "{country}" not in a.name_pattern]
    out = []
    for a in groups:
        tok = sent.doc[a.token_i]
        if _attribution_verbs(tok):
            out.append(a)
        elif tok.dep_ == "nsubj" and tok.head.lemma_ == "claim" and any(
                c.dep_ == "dobj" and c.lower_ in cues("claimed_acts") for c in tok.head.children):
            out.append(a)
        elif _says_it_struck(tok):
            out.append(a)
    return out


_OWN_WORDS = {"its", "their", "it", "they", "we", "our"}


def _says_it_struck(tok: Token) -> bool:
    """"The BLA said in a statement that its fighters had targeted soldiers at the station": a
    group saying its own men (or it) attacked claims the attack."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_ not in speech_words():
        return False
    for act in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ in cues("attack_verbs")):
        for subj in (c for c in act.children if c.dep_ == "nsubj"):
            if subj.lower_ in _OWN_WORDS or any(c.dep_ == "poss" and c.lower_ in _OWN_WORDS for c in subj.children):
                return not any(c.dep_ == "neg" for c in act.children)
    return False


def _attribution_verbs(tok: Token) -> list[Token]:
    """The verb that blames ``tok`` ("blamed the ADF", "blamed the attack on the ADF", "blamed
    Ambazonian separatist fighters"), if any."""
    while tok.dep_ in ("amod", "compound") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i:
        tok = tok.head
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "to") else tok.head
    ok = tok.dep_ in ("dobj", "pobj", "amod", "compound") and verb.lemma_ in cues("attribution_verbs")
    return [verb] if ok else []


def _follow_up(span: Span) -> bool:
    """Arrests of suspects after an attack are part of its story, not an event of their own."""
    window = span.doc[span.start:min(span.end + 6, span.sent.end)]
    return any(t.lower_ in ("suspects", "suspect", "connection") for t in window)


def _dated_aftermath(tok: Token, day_tokens: set[int]) -> bool:
    """"Rescuers search the rubble after an Israeli air strike on Sunday night": what comes
    after an act is its aftermath, and the act carries its own day, so the report tells it
    ("talks stalled after the offensive" cites one that was told elsewhere, or not at all)."""
    return tok.pos_ == "NOUN" and tok.head.lower_ in ("after", "following") and tok.dep_ == "pobj" \
        and any(t.i in day_tokens for t in tok.subtree)


def _reaction_to_told_act(tok: Token) -> bool:
    """"The UN condemned the attack on the market": the attack was told before; the reaction
    names it again ("an attack on Sunday that killed 12", with its own details, is still news)."""
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_ in cues("reaction_verbs") and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "its", "their")
        for c in tok.children) and not any(t.like_num for t in tok.subtree)


def read_sentence(nlp, sent: Span, base: int, mentions: list[DateMention], published: date,
                  previous_claimant: tuple[str | None, str | None], index: int = 0) -> list[Clause]:
    """One clause per action date in ``sent`` (at least one), in the order of their dates."""
    doc = sent.doc
    days, years = _sentence_dates(nlp, sent, base, mentions, published)
    has_day = bool(days) or names_same_day(sent)
    # metaphors, and tallies over a period ("in recent years") in a sentence without a day
    skip_all = is_metaphor_context(sent) or (not days and is_period_context(sent)) or is_period_range(sent)
    # who says so is not who took part: "..., police said" names a source, not a combatant
    speakers = _sources(nlp, sent)
    named_here = [_own_side(doc, a) for a in find_actors(nlp, sent, base) if not _grievance(doc[a.token_i])]
    actors = [a for a in named_here if a.token_i not in speakers]
    named = {i for s, e, _ in matchers.agents(nlp)(sent) for i in range(s, e)} | \
        {i for s, e, _ in matchers.armed_groups(nlp)(sent) for i in range(s, e)}
    triggers = []
    accident = is_accident(sent)
    matches = matchers.triggers(nlp)(sent)
    covered = {i for s, e, _ in matches for i in range(s, e)}
    matches += [(t.i, t.i + 1, matchers.Term("@capture", ("",))) for t in _captures(sent) if t.i not in covered]
    matches += [(t.i, t.i + 1, matchers.Term("Agreement", ("",))) for t in _agreements(sent) if t.i not in covered]
    matches += [(t.i, t.i + 1, matchers.Term("@clash", ("",))) for t in _exchanges(sent) if t.i not in covered]
    matches += [(t.i, t.i + 1, matchers.Term("@arson", ("",))) for t in _burnings(sent) if t.i not in covered]
    people = {a.token_i for a in actors}
    matches += [(t.i, t.i + 1, matchers.Term("@violence", ("small arms",))) for t in _shootings(sent, people)
                if t.i not in covered]
    raiders = {a.token_i for a in actors if a.inter == 3 and a.category == "militant"}
    matches += [(t.i, t.i + 1, matchers.Term("@violence", ("",))) for t in _raids(sent, raiders) if t.i not in covered]
    # "his challenger attacked him at a rally": words, and the rally is only where they were said
    verbal = {doc[s:e].root.i for s, e, term in matches if term.label == "@violence"
              and _agent(doc[s:e].root, actors) is None and is_verbal(doc[s:e].root)}
    judged: set[int] = set()  # acts a court is about, in a sentence that names their year
    day_tokens = {t.i for m in days for t in [_mention_token(sent, base, m)]}
    dated = {i for m in mentions if sent.start_char <= m.start - base < sent.end_char
             for t in [doc.char_span(m.start - base, m.end - base, alignment_mode="expand")]
             if t is not None for i in range(t.start, t.end)}  # "on the night of March 31": no march
    for s, e, term in matches:
        if skip_all or (not named.isdisjoint(range(s, e)) and term.label != "Mob violence") or not dated.isdisjoint(range(s, e)):
            # "riot police" names an actor, not a riot (a "mob" is both)
            continue
        tok = doc[s:e].root
        if tok.lower_ in MONTHS and tok.text[0].isupper() and tok.i > sent.start:
            continue  # "keep the cuts until March": the month, not a march
        if e - s == 1 and tok.lower_ in cues("verb_only_triggers") and tok.tag_ not in ("VBP", "VBZ"):
            continue  # "the fight against terrorism", "its ability to fight armed groups"
        if tok.dep_ == "compound" and e - s == 1 and term.label in _MODIFIER_LABELS:
            continue  # "protest organisers", "the protest movement": a modifier, not an act
        why = is_context(tok, has_day)
        if why == "cited" and _dated_aftermath(tok, day_tokens):
            why = None
        if why == "judicial" and years:
            judged.add(tok.i)  # "jailed for a 2019 attack": background in its own year
        elif is_irrealis(tok) is not None or why is not None or is_planned(tok) or is_cumulative(tok, bool(days)):
            continue
        if term.label == "Arrests" and _follow_up(doc[s:e]):
            continue
        if term.label == "@violence" and accident:
            continue  # "the collapse killed 15 people"
        if tok.i in verbal or tok.dep_ == "pobj" and tok.head.head.i in verbal or is_diplomatic(tok):
            continue
        span = doc[s:e]
        agent = _agent(tok, actors)
        label = "@village" if term.label == "@violence" and _civilian_target(tok) else term.label
        if term.label == "@violence" and _repelled(tok):
            # "its troops had repelled an RSF assault": they fought it; it was the RSF's, not theirs
            label, agent = "@clash", next(((a.name_pattern, a.country) for a in actors for c in tok.children
                                           if c.dep_ in ("compound", "poss") and a.token_i == c.i), None)
        defender = _repeller(tok, actors) if term.label == "@violence" and _repelled(tok) else None
        told = _reaction_to_told_act(tok) and (not days or not dated.intersection(t.i for t in tok.subtree))
        triggers.append((tok, Trigger(label, base + span.start_char, base + span.end_char, span.text,
                                      term.extra[0], agent, told, defender)))
    weapon_matches = matchers.weapons(nlp)(sent)
    weapons = [(doc[s:e].root, (t.label, base + doc[s:e].start_char, base + doc[s:e].end_char, doc[s:e].text))
               for s, e, t in weapon_matches]
    by_weapon = {doc[s:e].root.i: t.extra[0] if t.extra else "" for s, e, t in weapon_matches}  # "" for small arms
    triggers = [(tok, replace(t, label=sub) if (sub := _attacked_with(tok, by_weapon)) and t.label in ("@violence", "@village")
                 else t) for tok, t in triggers]
    # "attacked the post with rockets and automatic weapons": the rockets are the attackers' arms, not a shelling
    triggers = [(tok, t) for tok, t in triggers if not (tok.dep_ == "pobj" and tok.head.lower_ == "with" and any(
        by_weapon.get(c.i) == "" for c in tok.conjuncts))]
    # "fighters entered the town and battled soldiers until nightfall": a fight in the town, not its capture
    fought = {tok.i for tok, t in triggers if t.label in _CLASH_LABELS}
    triggers = [(tok, t) for tok, t in triggers if not (t.label == "@capture" and tok.lemma_ in cues("entry_verbs")
                                                         and any(c.dep_ == "conj" and c.i in fought for c in tok.children))]
    if not skip_all:  # "a missile had struck a storage tank": the weapon itself is the act
        air_arms = [(t.i - 1, t.i + 1, _AIR_ARM) for t in sent if t.i > sent.start and t.dep_ == "nsubj"
                    and f"{doc[t.i - 1].lower_} {t.lower_}" in cues("air_arms")]  # "the Air Force struck a camp"
        for s, e, t in weapon_matches + air_arms:
            root = doc[s:e].root
            # "RSF drones strike the airport", which the parser may take for a compound noun
            subject = root.dep_ == "nsubj" or (root.dep_ == "compound" and root.head.tag_.startswith("VB"))
            if t.extra and t.extra[0] and subject and root.head.lemma_ in cues("strike_verbs") \
                    and is_irrealis(root.head) is None and is_context(root.head, has_day) is None:
                span = doc[s:root.head.i + 1]
                triggers.append((root.head, Trigger(t.extra[0], base + span.start_char, base + span.end_char,
                                                    span.text, t.label, _agent(root.head, actors))))
    if not skip_all:
        nouns = [tok.i for tok, _ in triggers if tok.pos_ == "NOUN"] + [tok.i for tok, _ in weapons if tok.pos_ == "NOUN"]
        # "Russian strikes killed five": the subject of a killing verb
        nouns += [c.i for s, _, _ in matchers.casualty_words(nlp)(sent) for c in doc[s].children
                  if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        owners = owners_of(nlp, sent, base, nouns, actors)
        actors += owners
        if owners:  # "Pakistani air strikes killed 46": the owner of the act is its doer
            triggers = [(tok, t if t.agent else replace(t, agent=_agent(tok, actors))) for tok, t in triggers]
    casualties = [] if skip_all or (accident and not any(t.label != "@violence" for _, t in triggers)) else \
        find_casualties(nlp, sent, base, actors, previous_claimant)
    kept = []
    for c in casualties:
        root = doc.char_span(c.start - base, c.end - base, alignment_mode="expand").root
        if is_irrealis(root) is None and is_context(root, has_day) is None and not (
                is_cumulative(root, bool(days)) and not c.is_update):
            kept.append((root, c))
    places = []
    for p in find_place_mentions(nlp, sent, base):
        span = doc.char_span(p.start - base, p.end - base, alignment_mode="expand")
        if span is not None and _seat_of_source(span.root):
            continue
        places.append((span.root if span is not None else doc[sent.start], p))
    # one clause per date: the days of actions, past years (background), and the undated rest
    slots = days + years
    # the main clause's date; "X, a week after Y" dates only Y, and leaves X undated (continuing
    # the story's date) unless the phrase opens the sentence ("A day after ..., fresh clashes")
    main = next((k for k, m in enumerate(days) if m.start - base == sent.start_char or
                 not any(w in m.text.lower() for w in ("after", "before")) and
                 not _in_time_subclause(_mention_token(sent, base, m))), len(slots))
    assign = _assigner(sent, base, slots, main, {i: len(days) for i in judged})
    claimant = next(((c.claimed_by, c.claimed_by_country) for _, c in kept if c.claimed_by), previous_claimant)
    anaphora = next((t.lower_ for t in sent if t.lower_ in cues("place_anaphora") and t.dep_ != "compound" and (
        t.lower_ == "there" and t.dep_ == "advmod" or
        any(c.lower_ in ("his", "her", "their", "its", "the", "that", "this") for c in t.children))), "")
    attributed = _attributed(sent, named_here)  # "ISWAP claimed responsibility": a claim is said, yet names the doer
    if attributed:  # "an attack the army blamed on the RSF": who blames is a source, not a side
        blamers = {c.i for a in attributed for v in _attribution_verbs(doc[a.token_i]) for c in v.children
                   if c.dep_ == "nsubj"}
        actors = [a for a in actors if a.token_i not in blamers]
    clauses = []
    for k in range(len(slots) + (main == len(slots))):
        def mine(items):
            return [x for tok, x in items if assign(tok) == k]
        day = slots[k] if k < len(days) else None
        year = slots[k] if len(days) <= k < len(slots) else None
        acts = mine(triggers)
        agents = {t.agent for t in acts if t.agent}
        # "X said on Sunday it had shot down a drone on March 31": the doer of the act belongs to its date
        own = [a for a in actors if assign(doc[a.token_i]) == k or (a.name_pattern, a.country) in agents]
        clauses.append(Clause(
            base + sent.start_char, base + sent.end_char, acts,
            own, mine(kept), mine(weapons),
            day, year, mine(places), claimant, anaphora, index, attributed if k == 0 else [],
            aside=day is not None and k != main and any(w in day.text.lower() for w in ("after", "before"))))
    return sorted(clauses, key=lambda c: c.date.start if c.date else 0)


def _seat_of_source(tok) -> bool:
    """A place that only says where a source sits: "according to the UN human rights office in
    Geneva", "the ministry in Kabul said", "said X, who leads a group in Beni" (not where the
    event was)."""
    for up in (tok, *tok.ancestors):  # "said Darius Syaira, who leads a civil society group in Beni territory"
        if up.dep_ in ("relcl", "appos", "acl") and up.head.dep_ in ("nsubj", "nsubjpass") \
                and up.head.head.lower_ in speech_words() and up.left_edge.i > 0 \
                and tok.doc[up.left_edge.i - 1].text == ",":  # set off by a comma, as descriptions are
            return True
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    body = tok.head.head
    if body.lower_ not in cues("source_institutions"):
        return False
    if body.dep_ == "pobj" and body.head.lower_ == "to" and body.head.head.lower_ == "according":
        return True
    return body.dep_ in ("nsubj", "nsubjpass") and body.head.lower_ in speech_words()


def country_name(iso3: str | None) -> str | None:
    return countries()[iso3].name if iso3 in countries() else None


GROUP_ANAPHORA_SENTENCES = 5  # how far back "the attackers" may point to a named group


def drop_told_again(clauses: list[Clause]) -> list[Clause]:
    """"The UN condemned the attack on the market": once an act has been told, a reaction that
    names it again tells no new act (when it is the first the report tells of, it stays)."""
    out, told = [], False
    for c in clauses:
        if told and any(t.reaction for t in c.triggers):
            c = replace(c, triggers=[t for t in c.triggers if not t.reaction])
        told = told or any(not t.reaction for t in c.triggers)
        out.append(c)
    return out


def link_group_anaphora(clauses: list[Clause], text: str) -> list[Clause]:
    """"... a camp the army said was used by the attackers": "the attackers", "the militants"
    are the armed group named last in the sentences before (within a few), not a new unknown
    one."""
    out, last = [], None  # the latest named group: (sentence, mention)
    for c in clauses:
        if last is not None and c.sentence - last[0] <= GROUP_ANAPHORA_SENTENCES:
            group = last[1]
            c = replace(c, actors=[replace(a, name_pattern=group.name_pattern, country=group.country, inter=group.inter)
                                   if _generic_definite(a, text) and ("{country}" not in group.name_pattern
                                                                      or group.inter == a.inter) else a
                                   for a in c.actors])  # (an unnamed antecedent only of the same kind)
        named = [a for a in c.actors if a.inter in (2, 3, 4) and "{country}" not in a.name_pattern]
        # else the attackers as first described ("Gang members killed 12 ... The gunmen went from house to house")
        named = named or [a for a in c.actors if a.category == "militant" and a.inter in (2, 3, 4)
                          and not _generic_definite(a, text) and (last is None or "{country}" in last[1].name_pattern)]
        if named:
            last = (c.sentence, named[-1])
        out.append(c)
    return out


def _generic_definite(a: ActorMention, text: str) -> bool:
    return a.category == "militant" and "{country}" in a.name_pattern and a.inter in (2, 3) and \
        a.text.lower().split()[-1] in cues("attacker_anaphors") and \
        text[max(0, a.start - 4):a.start].lower() == "the "

