"""Political interactions in PLOVER (SPEC §2, Interaction): who called, urged, accused or
backed whom, with the actors resolved from the text itself.

A sentence with a cue from ``plover_cues.tsv`` ("spoke by phone", "urged", "accused",
"expressed support", "imposed sanctions") gives one interaction per recipient:
- the actor is the cue verb's subject (a conjoined verb shares it; "it" after "X said" is X),
  or, for a noun cue, "an appeal for calm from X", "X's appeal", or the subject of the verb it
  is the object of ("had calls with", "scheduled closed consultations");
- recipients are the verb's object or the object of the cue's prepositions ("spoke with A and
  B" -> two), "both sides" / "the countries" (the two parties of the story), "each side ...
  blaming the other" (both ways), "his Azerbaijani counterpart";
- names resolve through countries ("Russian President Vladimir Putin", "Azerbaijan's Foreign
  Ministry"), organisations (``organisations.tsv``: UN, EU, CSTO ...), armed groups, seats of
  power ("the Kremlin", capitals: "Moscow", "Kigali"), and people named before ("Mr Aliyev");
- a cue inside another one ("urged them to show restraint", "agreed to pull back") is part of
  it, not a second interaction; negated ("did not", "refrained from") ones are kept with
  ``negated``; future ones ("will ask") are kept, with a ``modality`` evidence span.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

if TYPE_CHECKING:  # spaCy is imported when a pipeline loads, not with this module
    from spacy.tokens import Span, Token

from ..models import Actor, Evidence, Interaction
from . import matchers
from .dates import DateMention
from .lexicon import countries, country_terms, organisations, read_rows, speech_words, split_alts

PARTY_WORDS = {"sides", "parties", "countries", "nations", "neighbours", "neighbors", "states", "governments"}
_PRONOUNS = {"it", "he", "she", "they", "we"}
_FUTURE = {"will", "would", "shall", "'ll"}


@dataclass(frozen=True)
class Cue:
    type: str
    mode: str | None
    preps: tuple[str, ...]
    needs_recipient: bool
    noun: bool


@dataclass(frozen=True)
class Who:
    """An actor as resolved: ``code`` is what the scorer compares (ISO3, or the body's name)."""
    name: str
    country: str | None
    inter: int
    role: str | None
    code: str
    start: int
    end: int
    text: str

    def model(self) -> Actor:
        return Actor(name=self.name, text=self.text, country=self.country, inter=self.inter, role=self.role)


@dataclass(frozen=True)
class Raw:
    """An interaction before "both sides" is known: PARTY stands for the story's parties."""
    cue: Cue
    actor: Who
    recipient: Who | None
    cue_span: tuple[int, int, str]
    day: DateMention | None
    negated: bool
    future: tuple[int, int, str] | None


PARTY = Who("the parties", None, 0, None, "*parties*", 0, 0, "")


@dataclass
class Memory:
    """What the document has said so far about who is who."""
    people: dict[str, Who] = field(default_factory=dict)  # surname -> actor
    last: Who | None = None
    last_date: DateMention | None = None


@cache
def _cues(nlp) -> matchers.LexiconMatcher:
    rows = []
    for row in read_rows("plover_cues.tsv"):
        phrases, kind, mode, preps, flags = (row + [""] * 5)[:5]
        rows += [(p, matchers.Term(kind, (mode, preps, flags))) for p in split_alts(phrases)]
    return matchers._build(nlp, rows, "LOWER")


@cache
def _roles() -> list[tuple[str, str, str]]:
    rows = [(w, role, pattern) for words, role, pattern in read_rows("political_roles.tsv") for w in split_alts(words)]
    return sorted(rows, key=lambda r: -len(r[0]))


@cache
def _seats() -> dict[str, str]:
    out = {}
    from ..geo.gazetteer import load
    gaz = load()
    for iso3 in countries():
        cap = gaz.capital(iso3)
        if cap is not None:
            out[cap.name.lower()] = iso3
    for names, iso3 in read_rows("seats.tsv"):
        out.update({n.lower(): iso3 for n in split_alts(names)})
    return out


def _phrase(tok: Token) -> Span:
    """The noun phrase a token heads, without conjoined phrases, relative clauses or appositions."""
    skip = {"conj", "cc", "relcl", "acl", "appos", "punct", "prep"}
    left = tok
    for c in tok.children:
        if c.i < tok.i and c.dep_ not in skip:
            left = min(left, c.left_edge, key=lambda t: t.i)
    right = tok
    for c in tok.children:
        if c.i > tok.i and c.dep_ not in skip:
            right = max(right, c.right_edge, key=lambda t: t.i)
    doc = tok.doc
    if left.i >= 2 and doc[left.i - 1].lower_ in ("'s", "’s") and doc[left.i - 2].lower_ in country_terms():
        left = doc[left.i - 2]  # "Azerbaijan's President Ilham Aliyev", however it is parsed
    return doc[left.i:right.i + 1]


def _role(text: str) -> tuple[str | None, str]:
    low = f" {text.lower()} "
    for word, role, pattern in _roles():
        if f" {word} " in low:
            return role, pattern
    return None, "Government of {country}"


def resolve(nlp, span: Span, base: int, memory: Memory) -> Who | None:
    """The political actor a noun phrase names, or None."""
    text = span.text
    low = text.lower()
    start, end = base + span.start_char, base + span.end_char
    if low in _PRONOUNS:
        return memory.last
    for s, e, t in matchers.armed_groups(nlp)(span):
        return Who(t.label, None if t.extra[1] == "*" else t.extra[1], int(t.extra[0]), None, t.label, start, end, text)
    orgs = organisations()
    words = [t.text for t in span]
    for n in range(min(len(words), 6), 0, -1):  # the longest organisation name inside the phrase
        for i in range(len(words) - n + 1):
            name = orgs.get(" ".join(words[i:i + n]).lower())
            if name is not None:
                role, _ = _role(text)
                return Who(name, None, 8, role, name, start, end, text)
    iso3 = next((country_terms()[t.lower_] for t in span if t.lower_ in country_terms()), None)
    if iso3 is None:
        for n in (3, 2, 1):  # "the Kremlin", "Moscow", "Downing Street"
            for i in range(len(words) - n + 1):
                iso3 = iso3 or _seats().get(" ".join(words[i:i + n]).lower())
    if iso3 is None:
        for t in span:
            if t.pos_ == "PROPN" and t.text in memory.people:
                return replace(memory.people[t.text], start=start, end=end, text=text)
    if iso3 is None:
        return None
    role, pattern = _role(text)
    cname = countries()[iso3].name
    inter = 1
    return Who(pattern.replace("{country}", cname), iso3, inter, role, iso3, start, end, text)


def remember_people(nlp, sent: Span, base: int, memory: Memory) -> None:
    """"Azerbaijan's President Ilham Aliyev": later "Mr Aliyev" is Azerbaijan."""
    for ent in sent.ents:
        if ent.label_ != "PERSON":
            continue
        head = ent.root
        phrase = _phrase(head)
        if head.dep_ == "appos":  # "his Azerbaijani counterpart, Jeyhun Bayramov"
            phrase = _phrase(head.head)
        who = resolve(nlp, phrase, base, Memory())
        if who is not None:
            memory.people[ent[-1].text] = who


def _subject(verb: Token) -> Token | None:
    v = verb
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if v.dep_ in ("conj", "xcomp", "advcl") and v.head is not v:
            v = v.head  # "called Putin and later had calls with ...": the first verb's subject
        elif v.dep_ == "acl" and v.head.pos_ in ("PROPN", "NOUN"):
            return v.head  # "with President Erdogan expressing support"
        else:
            return None
    return None


def _speaker(tok: Token) -> Token | None:
    """"The government said it would ask ...": "it" is the one who said so."""
    for g in tok.ancestors:
        if g.lower_ in speech_words():
            return next((c for c in g.children if c.dep_ == "nsubj"), None)
    return None


def _conjoined(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out += _conjoined(c)
    return out


def _recipient_heads(verb: Token, cue: Cue, cue_tokens: set[int]) -> list[Token]:
    heads = []
    for c in verb.children:
        if c.i in cue_tokens:
            for g in c.subtree:  # "placed the blame for the violence on Armenia", "spoke by phone to X"
                if g.dep_ == "prep" and g.lower_ in cue.preps and g.head.i in cue_tokens | {
                        x.i for x in c.subtree if x.dep_ == "pobj" and x.head.head.i in cue_tokens}:
                    heads += [p for p in g.children if p.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ in cue.preps:  # "called on", "appealed to"
                heads += [p for p in c.children if p.dep_ == "pobj"]
            continue
        if c.dep_ in ("dobj", "dative") and not cue.noun:
            heads.append(c)
        elif c.dep_ == "prep" and c.lower_ in cue.preps:
            heads += [p for p in c.children if p.dep_ == "pobj"]
    out = []
    for h in heads:
        out += _conjoined(h)
    return out


def find_interactions(nlp, sent: Span, base: int, dates: list[DateMention], memory: Memory) -> list[Raw]:
    """The PLOVER interactions of one sentence; "both sides" is left as PARTY (see ``finish``)."""
    doc = sent.doc
    remember_people(nlp, sent, base, memory)
    day = next((m for m in dates if m.kind not in ("year", "stamp")), None) or memory.last_date
    if day is not None:
        memory.last_date = day
    found = _cues(nlp)(sent)
    if not found:
        _track_speakers(nlp, sent, base, memory)
        return []
    roots = {}
    for s, e, term in found:
        roots[doc[s:e].root.i] = (s, e, term)
    out = []
    for s, e, term in found:
        mode, preps, flags = term.extra
        cue = Cue(term.label, mode or None, tuple(preps.split("|")) if preps else (), "r" in flags, "n" in flags)
        span = doc[s:e]
        verb = span.root
        if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
            continue  # "forces backed by Armenia": who they are, not what was done
        if any(g.i in roots and g.i != verb.i for g in list(verb.ancestors)[:2]) and verb.dep_ in ("xcomp", "ccomp", "advcl"):
            continue  # "urged both sides to show restraint": one request
        if cue.noun:
            actor_tok = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                              for p in c.children if p.dep_ == "pobj"), None)
            actor_tok = actor_tok or next((c for c in verb.children if c.dep_ == "poss"), None)
            anchor = verb.head if verb.dep_ in ("dobj", "pobj", "nsubj") and verb.head.pos_ == "VERB" else verb
            if actor_tok is None and anchor is not verb:
                actor_tok = _subject(anchor)
        else:
            anchor = verb
            actor_tok = _subject(verb)
        if actor_tok is None:
            continue
        actor = _actor(nlp, actor_tok, base, memory)
        if actor is None:
            continue
        cue_tokens = set(range(s, e))
        heads = _recipient_heads(anchor, cue, cue_tokens) if cue.preps or not cue.noun else []
        if cue.noun and anchor is not verb:
            heads += _recipient_heads(verb, cue, cue_tokens)
        recipients: list[Who | None] = []
        for h in heads:
            if h.lower_ in PARTY_WORDS or h.lower_ == "other":
                recipients.append(PARTY)
                continue
            r = resolve(nlp, _phrase(h), base, memory)
            if r is not None and r.code != actor.code:
                recipients.append(r)
        if actor_tok.lower_ == "side" and any(c.lower_ in ("each", "both") for c in actor_tok.children):
            actor = PARTY  # "each side has said, blaming the other"
        if cue.needs_recipient and not recipients:
            continue
        negated = any(c.dep_ == "neg" for c in anchor.children) or any(
            g.lemma_ in ("refrain", "decline") for g in anchor.ancestors)
        aux = next((c for c in anchor.children if c.dep_ == "aux" and c.lower_ in _FUTURE), None)
        future = (base + aux.idx, base + aux.idx + len(aux.text), aux.text) if aux is not None else None
        cue_span = (base + span.start_char, base + span.end_char, span.text)
        for r in recipients or [None]:
            out.append(Raw(cue, actor, r, cue_span, day, negated, future))
        if actor is not PARTY:
            memory.last = actor
    _track_speakers(nlp, sent, base, memory)
    return out


def _actor(nlp, tok: Token, base: int, memory: Memory) -> Who | None:
    if tok.lower_ in _PRONOUNS:
        speaker = _speaker(tok)
        if speaker is not None and speaker.lower_ not in _PRONOUNS:
            return resolve(nlp, _phrase(speaker), base, memory) or memory.last
        return memory.last
    if tok.lower_ == "side":
        return PARTY
    who = resolve(nlp, _phrase(tok), base, memory)
    if who is None and tok.ent_type_ == "PERSON":  # "with President Erdogan expressing support": the clause's country
        main = next((c for c in tok.sent.root.children if c.dep_ == "nsubj"), None)
        who = resolve(nlp, _phrase(main), base, memory) if main is not None and main is not tok else None
    return who


def _track_speakers(nlp, sent: Span, base: int, memory: Memory) -> None:
    for tok in sent:
        if tok.lower_ in speech_words() and tok.pos_ == "VERB":
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in _PRONOUNS:
                who = resolve(nlp, _phrase(subj), base, memory)
                if who is not None:
                    memory.last = who


def story_parties(events, ctx_countries: list[str]) -> list[Who]:
    """The two sides "both sides" means: the sides of the story's events, else its two main countries."""
    counts: dict[str, tuple[int, Who]] = {}
    for e in events:
        for a in (e.actor1, e.actor2):
            if a is None or a.inter not in (1, 2, 3, 4, 8):
                continue
            named = a.inter in (2, 3, 4) and "(" not in a.name
            code = a.name if named or not a.country else a.country
            if not code:
                continue
            name = a.name if named else f"Government of {countries()[a.country].name}" if a.country in countries() else a.name
            n, _ = counts.get(code, (0, None))
            counts[code] = (n + 1, Who(name, a.country, a.inter if named else 1, None, code, 0, 0, ""))
    ranked = [w for _, w in sorted(counts.values(), key=lambda x: -x[0])]
    for iso3 in ctx_countries:
        if len(ranked) >= 3:
            break
        if iso3 in countries() and all(w.code != iso3 for w in ranked):
            ranked.append(Who(f"Government of {countries()[iso3].name}", iso3, 1, None, iso3, 0, 0, ""))
    return ranked[:3]  # the two sides, and one more for when the speaker is one of the first two


def finish(raws: list[Raw], parties: list[Who], published: date) -> list[Interaction]:
    """Interactions with "both sides" and "each side ... the other" spelled out."""
    out, seen = [], set()
    for raw in raws:
        actors = parties[:2] if raw.actor is PARTY else [raw.actor]
        for a in actors:
            if raw.recipient is PARTY:  # "Russia urged both sides": the two sides that are not Russia
                targets = [p for p in parties if p.code != a.code][:2 if raw.actor is not PARTY else 1]
            else:
                targets = [raw.recipient] if raw.recipient is None or raw.recipient.code != a.code else [None]
            for r in targets or [None]:
                key = (raw.cue_span[0], raw.cue.type, a.code, r.code if r else None)
                if key not in seen:
                    seen.add(key)
                    out.append(_interaction(raw, a, r, published))
    return out


def _interaction(raw: Raw, actor: Who, recipient: Who | None, published: date) -> Interaction:
    s, e, t = raw.cue_span
    evidence = [Evidence(field="event_type", start=s, end=e, text=t)]
    for field_name, who in (("actor", actor), ("recipient", recipient)):
        if who is not None and who.text:
            evidence.append(Evidence(field=field_name, start=who.start, end=who.end, text=who.text))
    day = raw.day
    if day is not None:
        evidence.append(Evidence(field="date", start=day.start, end=day.end, text=day.text))
    if raw.future is not None:
        evidence.append(Evidence(field="modality", start=raw.future[0], end=raw.future[1], text=raw.future[2]))
    when = day.date.isoformat() if day is not None else published.isoformat()
    ident = "|".join([when, raw.cue.type, actor.code, recipient.code if recipient else "", str(s)])
    return Interaction(
        interaction_id="I-" + hashlib.sha1(ident.encode()).hexdigest()[:10], date=when,
        time_precision=day.precision if day is not None else 1, event_type=raw.cue.type, mode=raw.cue.mode,
        actor=actor.model(), recipient=recipient.model() if recipient else None, negated=raw.negated,
        evidence=evidence)
