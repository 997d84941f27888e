"""Political interactions in PLOVER (SPEC §2, Interaction): who called, urged, accused or
backed whom, with the actors resolved from the text itself (``plover_actors.py``).

A sentence gives one interaction per actor and recipient for each cue it holds: a phrase from
``plover_cues.tsv`` ("spoke by phone", "urged", "accused", "imposed sanctions"), a verb acting
on a noun from ``plover_acts.tsv`` ("imposed a curfew", "summoned Pakistan's envoy", "troops
withdrew"), or an accusation by naming ("called the killings a massacre"):
- the actor is the cue verb's subject (a conjoined verb shares it; "it" after "X said" is X),
  or, for a noun cue, "an appeal for calm from X", "X's appeal", or the subject of the verb it
  is the object of; conjoined subjects act each ("A and B met": each met the other);
- recipients are the verb's object or the object of the cue's prepositions ("spoke with A and
  B" -> two), "both sides" (the two parties of the story), "them" (those just addressed),
  "the strike" (the side of the story's event that is not the speaker), "rejected the
  accusation" (the last accuser), "each side ... blaming the other" (both ways);
- a cue inside another one ("urged them to show restraint", "agreed to pull back") is part of
  it; history ("has previously denied", "since 2021") is not coded; negated ("did not",
  "refrained from") ones are kept with ``negated``; future ones ("will ask") are kept, with a
  ``modality`` evidence span.
The story's parties, its own state and its main event are known only once the document is
read: ``find_interactions`` leaves placeholders that ``finish`` fills in.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

if TYPE_CHECKING:  # spaCy is imported when a pipeline loads, not with this module
    from spacy.tokens import Span, Token

from ..models import Evidence, Interaction
from ..taxonomy import needs_recipient
from . import matchers
from .dates import DateMention
from .lexicon import countries, cues, read_rows, speech_words, split_alts
from .modality import counts_since, habit_words, lasts_a_span, period_pattern
from ..geo.gazetteer import load as load_gazetteer
from .plover_actors import (OBJECT_PRONOUNS, OTHER, PARTY, PRONOUNS, RELATIVE_PRONOUNS, Memory, Who, names_a_role, phrase,
                            is_named_group, remember, resolve, settle, side_code, speaker_of)

_FUTURE = {"will", "would", "shall", "'ll"}
_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"}
_MUTUAL = {"CONSULT", "AGREE", "COOPERATE"}  # "A and B met": each met the other
_OWN_FORCES = {"MOBILIZE", "RETREAT"}  # "promised reinforcements for the police": its own, no recipient
_ANSWERABLE = {"ACCUSE", "REQUEST", "THREATEN", "SANCTION", "COERCE"}  # what a rejection may answer
# a reporter's question at a briefing: "What is China's comment?", "What's Russia's response?"
_ASKED_FOR = re.compile(r"\b(?:[Ww]hat is|[Ww]hat's|[Hh]ow does|[Dd]oes|[Ww]ill|[Ww]hat will)\s+((?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:'s|’s)\s+"
                        r"(?:comment|response|reaction|position|view|stance|answer)")
_MEASURES = {"SANCTION", "MOBILIZE", "RETREAT", "COERCE", "AID"}  # what "the move" or "the decision" may name
_NAMING_VERBS = {"call", "describe", "brand", "label", "term", "denounce"}


@dataclass(frozen=True)
class Cue:
    type: str
    mode: str | None
    preps: tuple[str, ...]
    needs_recipient: bool
    noun: bool
    other_side: bool = False  # no object: the recipient is the other side ("Kabul would respond")
    needs_future: bool = False  # "warned that police would disperse" (a warning of something else is no threat)
    recipient_is_object: bool = False  # "summoned Pakistan's envoy": the envoy's state
    mutual: bool = False  # "Russia and Ukraine exchanged prisoners": each to the other


@dataclass(frozen=True)
class Raw:
    """An interaction before the story's parties, country and events are known (placeholders)."""
    cue: Cue
    actor: Who
    recipient: Who | None
    cue_span: tuple[int, int, str]
    day: DateMention | None
    negated: bool
    future: tuple[int, int, str] | None


@cache
def _cues(nlp) -> matchers.LexiconMatcher:
    rows = []
    for row in read_rows("plover_cues.tsv"):
        phrases, kind, mode, preps, flags = (row + [""] * 5)[:5]
        rows += [(p, matchers.Term(kind, (mode, preps, flags))) for p in split_alts(phrases)]
    return matchers._build(nlp, rows, "LOWER")


@dataclass(frozen=True)
class Act:
    verbs: frozenset[str]
    nouns: frozenset[str]
    slot: str
    cue: Cue


@cache
def _acts() -> list[Act]:
    """plover_acts.tsv: a verb and the noun it acts on ("imposed a curfew", "troops withdrew")."""
    out = []
    for row in read_rows("plover_acts.tsv"):
        verbs, nouns, slot, kind, mode, recipient, flags = (row + [""] * 7)[:7]
        preps = () if recipient in ("", "object") else tuple(recipient.split("|"))
        cue = Cue(kind, mode or None, preps, "r" in flags, False, other_side="o" in flags,
                  recipient_is_object=recipient == "object", mutual="m" in flags)
        out.append(Act(frozenset(split_alts(verbs)), frozenset(split_alts(nouns)), slot, cue))
    return out


def _act_noun(verb: Token, act: Act) -> Token | None:
    deps = ("nsubj",) if act.slot == "subject" else ("dobj", "nsubjpass")
    children = list(verb.children)
    if act.slot == "subject" and verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in children):
        deps = ("nsubj", "nsubjpass")  # "officers had been outnumbered and had withdrawn"
        children = list(verb.head.children)
    for c in children:
        if c.dep_ not in deps:
            continue
        for n in [c] + [x for x in c.children if x.dep_ == "conj"]:
            if n.lemma_.lower() in act.nouns or n.lower_ in act.nouns or any(
                    x.dep_ in ("compound", "amod") and x.lower_ in act.nouns for x in n.children):
                return n
            of = next((p for x in n.children if x.dep_ == "prep" and x.lower_ in ("of", "in") for p in x.children), None)
            if of is not None and (of.lemma_.lower() in act.nouns or any(  # "declared a state of emergency", "$20m in aid"
                    x.dep_ == "compound" and x.lower_ in act.nouns for x in of.children)):  # "300 members of la Guardia Nacional"
                return n
    if act.slot == "object" and any(c.dep_ == "dobj" for c in children):  # "pledged 10 million pounds in aid to Sudan"
        return next((p for c in children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                     if p.dep_ == "pobj" and p.lemma_.lower() in act.nouns), None)
    return None


def _find_acts(sent: Span) -> list[tuple[int, int, Cue, Token | None]]:
    out = []
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        for act in _acts():
            if tok.lemma_.lower() in act.verbs:
                noun = _act_noun(tok, act)
                if noun is not None:
                    out.append((tok.i, tok.i + 1, act.cue, noun))
                    break
    return out


def _accusations(sent: Span) -> list[tuple[int, int, Cue, Token | None]]:
    """"called the killings a massacre", "said the deal was a violation of its sovereignty":
    the speaker accuses whoever did the thing named (else the other side)."""
    words = cues("accusation_nouns")
    cue = Cue("ACCUSE", "disapprove", (), False, False)
    out = []

    def accusing(noun: Token) -> bool:
        if noun.lemma_.lower() in words or (noun.pos_ == "ADJ" and noun.lower_ in cues("accusation_adjectives")):
            return True
        return noun.lower_ == "part" and any(p.lemma_.lower() in words for x in noun.children if x.lower_ == "of"
                                             for p in x.children)
    for tok in sent:
        if tok.lemma_.lower() in _NAMING_VERBS and tok.pos_ == "VERB":
            named = [c for c in tok.children if c.dep_ in ("oprd", "attr", "acomp") or (c.dep_ == "dobj" and c.tag_ != "PRP")]
            if len(named) >= 2 and accusing(named[-1]):
                out.append((tok.i, tok.i + 1, cue, named[0]))
        elif tok.lemma_ == "be" and (said := _reported(tok)) is not None:
            attr = next((c for c in tok.children if c.dep_ == "attr"), None)
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            blame = next((c for c in tok.children if c.dep_ == "acomp" and c.lower_ in cues("blame_words")), None)
            if subj is not None and ((attr is not None and accusing(attr)) or blame is not None):
                out.append((said.i, said.i + 1, cue, subj))  # "said Indian forces were responsible for the breaches"
        elif tok.lower_ in cues("sponsor_words") and tok.i >= sent.start + 2 and tok.nbor(-1).text == "-" and \
                (said := _said_of(tok)) is not None:
            out.append((said.i, said.i + 1, cue, tok.nbor(-2)))  # the ISPR said "Indian-sponsored" militants attacked
        elif tok.pos_ == "VERB" and _started_it(tok) and (said := _reported(tok)) is not None:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                out.append((said.i, said.i + 1, cue, subj))  # "said Ethiopian units had fired first"
    return out


def _said_of(tok: Token) -> Token | None:
    """The verb of saying whose content holds ``tok``: "said a group of 'Indian-sponsored' militants
    attacked the post" (an allegation in the speaker's own words, not a journalist's description)."""
    verb = next((g for g in tok.ancestors if g.pos_ in ("VERB", "AUX") and g.dep_ not in ("amod", "acl")), None)
    if verb is not None and verb.lower_ in speech_words() and tok.i > verb.i:
        return verb  # "said a group of 'Indian-sponsored khawarij' ... attacked", its content misparsed as its subject
    return _reported(verb) if verb is not None else None


def _started_it(verb: Token) -> bool:
    """"fired first", "opened fire first", "opened fire without provocation", "started the
    fighting", "provoked the clash"."""
    lemma = verb.lemma_.lower()
    if lemma in cues("first_strike_verbs"):
        return any(c.lower_ == "first" and c.dep_ in ("advmod", "npadvmod", "dobj") for c in verb.subtree) or any(
            p.lower_ == "without" and any(o.lemma_.lower() in cues("unprovoked_words") for o in p.children)
            or p.lower_ in cues("unprovoked_words") for p in verb.children)
    return lemma in cues("starting_verbs") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in cues("fighting_nouns") for c in verb.children)


def _reported(verb: Token) -> Token | None:
    """The verb of saying whose content ``verb`` is ("said it remained committed and that X were ...")."""
    g = verb
    while g.dep_ == "conj" and g.head.i != g.i:
        g = g.head
    return g.head if g.dep_ == "ccomp" and g.head.lower_ in speech_words() else None


def _denials(sent: Span) -> list[tuple[int, int, Cue, Token | None]]:
    """"called the accusations baseless", "dismissed the report as propaganda": a rejection."""
    words = cues("denial_words")
    cue = Cue("REJECT", None, (), False, False)
    out = []
    for tok in sent:
        if tok.lemma_.lower() in _NAMING_VERBS | {"dismiss"} and tok.pos_ == "VERB":
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            said = [c for c in tok.children if c.dep_ in ("oprd", "attr", "acomp")]
            small = next((c for c in tok.children if c.dep_ == "ccomp" and c.lower_ in words), None)
            if obj is None and small is not None:  # "called the claim fabricated", parsed as a clause
                obj = next((c for c in small.children if c.dep_ == "nsubj"), None)
                said.append(small)
            said += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
            if obj is not None:  # "called the claim \"fabricated\"", parsed as a clause on the noun
                said += [c for c in obj.children if c.dep_ in ("acl", "amod") and c.i > obj.i]
            if obj is not None and any(c.lower_ in words for w in said for c in w.subtree):
                out.append((tok.i, tok.i + 1, cue, obj))
    return out


def _own_clause(verb: Token) -> list[Token]:
    """The tokens of a verb's own clause, without the clauses inside it."""
    out, todo = [], [verb]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ not in _CLAUSE_DEPS and not (
            t is verb and c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    return out


def _is_past(verb: Token, base: int, dates: list[DateMention], memory: Memory) -> bool:
    """Said as history, not as news: "has previously denied", "since Kenya sent troops into
    Somalia in 2011", a clause dated over a month before the report; also a clause that hangs
    off such a clause ("relations have deteriorated since 2021, with Pakistan accusing Kabul")."""
    markers = habit_words() | cues("past_markers")
    if memory.ref is not None and _dated_before(verb.sent.root, base, dates, memory.ref):
        return True  # "In January, the United States determined ... and imposed sanctions"
    told = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if told is not None and any(c.dep_ == "dobj" and c.i < verb.i and c.lemma_ in cues("claim_nouns") | cues("charge_nouns")
                                for c in verb.children):
        return _is_past(told, base, dates, memory)  # "relations have soured since 2021 over ..., a charge the Taliban deny"
    v, levels = verb, 0
    while levels < 4:
        own = _own_clause(v)
        if any(t.lower_ in markers and t.dep_ in ("advmod", "prep", "mark") or lasts_a_span(t) for t in own):
            return True  # "has previously denied", "has been hosting talks for several months"
        if v is not verb and verb.dep_ == "conj":
            return False  # "has previously denied ... and blamed": a conjoined verb shares only the adverbs
        if counts_since(v):
            return True
        words = " ".join(t.text for t in sorted(own, key=lambda t: t.i))
        if period_pattern().search(words) or _past_phrase().search(words):
            return True  # "which has mediated between the two sides in the past"
        if memory.ref is not None:
            spans = [(base + t.idx, base + t.idx + len(t.text), t) for t in own]
            if any(_long_before(m, memory.ref) and any(a <= m.start < b and not _names_a_thing(t) for a, b, t in spans)
                   for m in dates):
                return True
        if v.dep_ not in ("advcl", "relcl", "acl", "conj", "xcomp", "pcomp") or v.head.i == v.i:
            return False
        v = v.head
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        levels += 1
    return False


def _names_a_thing(tok: Token) -> bool:
    """"return to the 2018 peace agreement": a year that names a thing dates the thing, not the act."""
    return tok.dep_ in ("compound", "nummod", "amod") and tok.head.pos_ == "NOUN" and tok.head.i > tok.i


@cache
def _past_phrase() -> re.Pattern[str]:
    phrases = "|".join(re.escape(p) for p in sorted(cues("past_phrases"), key=len, reverse=True))
    return re.compile(rf"\b(?:{phrases})\b(?!\s+(?:\d|few|several|\w+ (?:hours|days|weeks)|hours?|days?|weeks?|months?))", re.I)


def _dated_before(root: Token, base: int, dates: list[DateMention], ref: date) -> bool:
    """A sentence that opens with a date over a month before the report ("In January, ...")."""
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = subj.left_edge.i if subj is not None else root.i
    spans = [(base + c.left_edge.idx, base + c.right_edge.idx + len(c.right_edge.text)) for c in root.children
             if c.dep_ in ("prep", "npadvmod") and c.right_edge.i < first]
    return any(_long_before(m, ref) and any(a <= m.start < b for a, b in spans) for m in dates)


def _long_before(m: DateMention, ref: date) -> bool:
    """Over a month before the report, counting a month or a year by its last day ("in 2025"
    in a 2025 report is not history)."""
    end = m.date
    if m.kind == "year":
        end = date(m.date.year, 12, 31)
    elif m.kind == "month":
        end = date(m.date.year + m.date.month // 12, m.date.month % 12 + 1, 1) - timedelta(days=1)
    return (ref - end).days > 31


def _subject(verb: Token) -> Token | None:
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return _agent(verb)  # "it has been blamed for ...": by whom, if said
    v = verb
    for _ in range(5):
        subjects = [c for c in v.children if c.dep_ == "nsubj"]  # the last before the verb: not "DOHA — Qatar hosted",
        subj = ([c for c in subjects if c.i < v.i] or subjects or [None])[-1]  # nor a misparsed "said a group ... attacked"
        if subj is None:  # "IGAD called on ...", parsed as "is called": a name taken for an auxiliary
            subj = next((c for c in v.children if c.dep_ in ("aux", "auxpass") and c.i < v.i
                         and (c.tag_ == "NNP" or (c.text.isupper() and len(c.text) > 2))), None)
        if v is not verb and v.dep_ == "ccomp" and (v.head.lower_ in speech_words() or v.head.lemma_ == "say") and (
                subj is None or v.lemma_ == "be" or subj.lower_ in PRONOUNS or
                (subj.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and subj.pos_ == "NOUN" and not names_a_role(subj)
                 and not any(t.dep_ == "poss" and t.pos_ in ("NOUN", "PROPN") for t in subj.subtree))):
            # (not "the heads of the two countries' border services met", which names its own actors)
            v = v.head  # "X said the deal was a violation ... and urged Ethiopia": X urged
            continue
        if subj is not None:
            return subj
        if v.dep_ in ("conj", "xcomp", "advcl") and v.head.i != v.i:
            v = v.head  # "called Putin and later had calls with ...": the first verb's subject
        elif v.dep_ == "ccomp" and v.head.lower_ in speech_words():
            v = v.head  # "In Doha, Qatar's minister, X, held talks ..., the ministry said" (subject lost in the parse)
        elif v.dep_ == "pcomp" and v.head.lower_ == "by" and v.head.head.pos_ in ("VERB", "AUX"):
            v = v.head.head  # "responded by recalling its ambassadors"
        elif v.dep_ == "acl" and v.head.pos_ in ("PROPN", "NOUN"):
            return v.head  # "with President Erdogan expressing support"
        else:
            return None
    return None


def _agent(verb: Token) -> Token | None:
    return next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)


def _conjoined(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out += _conjoined(c)
        elif c.dep_ in ("nmod", "compound") and c.i < tok.i and c.pos_ == "PROPN" and any(
                x.dep_ == "cc" for x in c.children):
            out.insert(0, c)  # "with Tshisekedi and Rwandan President Paul Kagame", parsed as one name
    return out


def _prep_again(prep: Token, verb: Token) -> list[Token]:
    """"sanctions on two commanders ..., and on a UAE-based company": the objects of the same
    preposition said again further on, which the parser hangs on another verb."""
    return [p for x in verb.subtree if x.dep_ == "conj" and x.pos_ == "ADP" and x.lower_ == prep.lower_
            and x.i > prep.i for p in x.children if p.dep_ == "pobj"]


def _recipient_heads(verb: Token, cue: Cue, cue_tokens: set[int]) -> list[Token]:
    heads = []
    for c in verb.children:
        if c.i in cue_tokens:
            for g in c.subtree:  # "placed the blame for the violence on Armenia", "spoke by phone to X"
                if g.dep_ == "prep" and g.lower_ in cue.preps and g.head.i in cue_tokens | {
                        x.i for x in c.subtree if x.dep_ == "pobj" and x.head.head.i in cue_tokens}:
                    heads += [p for p in g.children if p.dep_ == "pobj"] + _prep_again(g, verb)
            if c.dep_ == "prep" and c.lower_ in cue.preps:  # "called on", "appealed to"
                heads += [p for p in c.children if p.dep_ == "pobj"]
            continue
        if c.dep_ == "ccomp" and not cue.noun and not any(x.dep_ == "dobj" for x in verb.children) and any(
                x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
            heads += [x for x in c.children if x.dep_ == "nsubj"]  # "would not allow Syrian forces to deploy"
        elif c.dep_ == "ccomp" and cue.type == "REQUEST" and not cue.noun and not any(
                x.dep_ in ("dobj", "dative") for x in verb.children) and (c.tag_ in ("VB", "VBP") or any(
                x.dep_ == "aux" and x.lower_ == "should" for x in c.children)):
            heads += [x for x in c.children if x.dep_ == "nsubj"]  # "demanded that the RSF halt its offensive"
        elif c.dep_ in ("ccomp", "xcomp") and cue.type == "REQUEST" and not cue.noun and \
                c.lemma_.lower() in cues("justice_verbs") and any(x.dep_ == "auxpass" for x in c.children):
            heads.append(c)  # "demanded that the officers be charged": of the state, whose courts charge
        elif c.dep_ == "ccomp" and cue.type == "THREATEN" and not cue.noun and not any(
                x.dep_ in ("dobj", "dative") for x in verb.children) and any(
                x.dep_ == "aux" and x.lower_ in ("would", "will") for x in c.children):
            heads += [x for x in c.children if x.dep_ == "dobj"]  # "warned that Israel would strike any government forces"
        elif c.dep_ == "dative" and c.pos_ == "ADP":  # "recalling its ambassadors to Mali and Niger"
            if c.lower_ in cue.preps:
                heads += [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ == "dobj" and not cue.noun and (via := [p for q in c.children if q.dep_ == "prep" and q.lower_ in cue.preps
                                                        for p in q.children if p.dep_ == "pobj"]):
            heads += via  # "would not resume peace talks with the group": the group
        elif c.dep_ in ("dobj", "dative") and not cue.noun:
            heads.append(c)
        elif c.dep_ == "prep" and c.lower_ in cue.preps and not (
                c.lower_ == "for" and any(x.dep_ in ("dobj", "dative") for x in verb.children)):
            # "asked the Security Council for more troops": what is asked for, not of whom
            heads += [p for q in _conjoined(c) for p in q.children if p.dep_ == "pobj"]
    out = []
    for h in heads:
        out += _conjoined(h)
    return out


def _cue_of(term: matchers.Term) -> Cue:
    mode, preps, flags = term.extra
    return Cue(term.label, mode or None, tuple(preps.split("|")) if preps else (), "r" in flags, "n" in flags,
               other_side="o" in flags, needs_future="f" in flags)


def find_interactions(nlp, sent: Span, base: int, dates: list[DateMention], memory: Memory) -> list[Raw]:
    """The PLOVER interactions of one sentence; the story's parties, its country and the
    perpetrator of its events are left as placeholders (see ``finish``)."""
    doc = sent.doc
    remember(nlp, sent, base, memory)
    asked = _ASKED_FOR.search(sent.text)
    if asked is not None:  # "What is China's comment?": the answers speak for China
        span = doc.char_span(sent.start_char + asked.start(1), sent.start_char + asked.end(1), alignment_mode="expand")
        voice = resolve(nlp, span, base, memory) if span is not None else None
        memory.voice = voice if voice is not None and not voice.placeholder else memory.voice
    day = next((m for m in dates if m.kind not in ("year", "stamp")), None) or memory.last_date
    if day is not None:
        memory.last_date = day
    extra = _find_acts(sent) + _accusations(sent) + _denials(sent)  # these read more than a phrase: they go first
    taken = {f[0] for f in extra}
    found = extra + [(s, e, _cue_of(term), None) for s, e, term in _cues(nlp)(sent) if taken.isdisjoint(range(s, e))]
    if not found:
        _track_speakers(nlp, sent, base, memory)
        return []
    roots = {doc[s:e].root.i for s, e, _, _ in found}
    out = []
    told_by_verb: dict[int, list[Who]] = {}  # a verb -> whom its act was aimed at, for verbs conjoined to it
    for s, e, cue, named in sorted(found, key=lambda f: f[0]):
        span = doc[s:e]
        verb = span.root
        if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
            if cue.mode == "third-party":
                out += _mediated(nlp, verb, cue, base, memory, day, (base + span.start_char, base + span.end_char, span.text))
            continue  # "forces backed by Armenia": who they are, not what was done
        if verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) and \
                not any(verb.left_edge.idx <= m.start - base <= verb.right_edge.idx for m in dates):
            continue  # "Egypt, which has backed Asmara in its quarrel": who Egypt is, not news
        if verb.lemma_ == "meet" and any(c.dep_ == "dobj" and c.lemma_.lower() in cues("met_not_people")
                                         for c in verb.children):
            continue  # "until the government met its demands": no meeting
        if cue.type == "CONSULT" and verb.lemma_ == "call" and any(c.dep_ in ("oprd", "attr", "acomp")
                                                                   for c in verb.children):
            continue  # "called the ELN a drug cartel", "called the arrests arbitrary": naming, not a call
        if any(g.i in roots and g.i != verb.i for g in list(verb.ancestors)[:2]) and verb.head.lemma_ != "say" and (
                verb.dep_ in ("xcomp", "ccomp") or (verb.dep_ == "pcomp" and verb.head.lower_ == "of")) and \
                not (verb.dep_ == "ccomp" and verb.i < verb.head.i):  # not "A accused B ..., a charge B denies"
            continue  # "urged both sides to show restraint", "accused Rwanda of sending troops": one act
        if verb.lemma_ == "accuse" and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and \
                verb.head.lemma_.lower() not in cues("event_nouns"):
            continue  # "shot men and boys they accused of supporting the VDP": who the victims were said to be
        if verb.dep_ in ("acl", "ccomp") and {verb.head.lemma_.lower(), verb.head.lower_} & cues("charge_nouns"):
            continue  # "dismissed Kinshasa's accusations that it backs the M23": what is alleged, not done
        if _wanted_of_another(verb):
            continue  # "expects the Afghan government to fulfil its obligations and deny ...": asked of it, not done
        if _promised(verb, roots):
            continue  # "signed a deal, committing their governments to withdraw troops": a term of the deal
        if cue.needs_future and not any(c.dep_ == "aux" and c.lower_ in _FUTURE for g in verb.children
                                        if g.dep_ == "ccomp" for c in g.children):
            continue  # "warned of a humanitarian disaster" is no threat
        addressed: list[Token] = []
        issuer: list[Who] = []  # a communique's issuer, for its operative paragraphs
        if cue.noun:
            actor_tok = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                              for p in c.children if p.dep_ == "pobj"), None)
            actor_tok = actor_tok or next((c for c in verb.children if c.dep_ == "poss"), None)
            anchor = verb.head if verb.dep_ in ("dobj", "pobj", "nsubj") and verb.head.pos_ == "VERB" else verb
            host = verb.head.head if verb.dep_ == "pobj" and verb.head.lower_ in ("in", "during", "over") else None
            if host is not None and host.dep_ == "dobj" and host.pos_ == "NOUN":
                host = host.head  # "discussed the escalation in a phone call with his Saudi counterpart"
            if host is not None and host.pos_ == "VERB":
                anchor = host  # "told Putin in a phone call": the call is the telling
                addressed = [c for c in anchor.children if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"]
            if actor_tok is None and anchor is not verb:
                actor_tok = _subject(anchor)
            elif anchor is not verb and anchor.lemma_ in cues("receiving_verbs"):
                addressed = [x for x in [_subject(anchor)] if x is not None]  # "A received a phone call from B"
        else:
            # "held separate talks with ...": talks are held by the subject of "held"
            anchor = verb.head if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.head.pos_ == "VERB" \
                and verb.head.lemma_.lower() in cues("talk_verbs") else verb
            if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.lower_ == "for" and \
                    verb.head.head.lemma_.lower() in cues("travel_verbs"):
                anchor = verb.head.head  # "travelled to Kigali for talks with Kagame": the traveller holds them
            if anchor is not verb and any(c.dep_ == "aux" and c.lemma_ == "have" for c in anchor.children):
                continue  # "his administration has held peace talks with ...": how things stand, not news
            actor_tok = _subject(anchor)
            if actor_tok is None and _operative(anchor) and memory.orgs:
                issuer = [replace(memory.orgs[0], start=base + anchor.idx, end=base + anchor.idx + len(anchor.text),
                                  text=anchor.text)]  # "1. Condemns ...": the body whose communique it is
                actor_tok = anchor
            if actor_tok is None and named is not None and named.dep_ == "nsubjpass":
                actor_tok = speaker_of(verb)  # "troops had been sent to the area, the army said"
        if actor_tok is None:
            continue
        if _is_past(anchor, base, dates, memory) or (named is not None and any(
                c.dep_ == "amod" and c.lower_ in cues("past_adjectives") for c in named.children)):
            continue  # "... hosted earlier talks between the two sides"
        actors = issuer or _actors(nlp, actor_tok, base, memory)
        if not actors:
            continue
        cue_tokens = set(range(s, e))
        accusation = named is not None and cue.type == "ACCUSE" and not cue.recipient_is_object
        if named is not None:  # an act ("summoned Pakistan's envoy") or an accusation ("called the killings a massacre")
            heads = _conjoined(named) if accusation else [named] if cue.recipient_is_object else []
            # "said CODECO and the ADF were responsible": each of them
            heads += [h for h in _recipient_heads(anchor, cue, cue_tokens) if h.i != named.i] if cue.preps else []
            heads += [q for c in named.subtree if c.dep_ == "prep" and c.lower_ in cue.preps and c.head.pos_ == "NOUN"
                      for p in [*c.children, *_prep_again(c, anchor)] if p.dep_ == "pobj" for q in _conjoined(p)]
            # "suspended talks with the group", "sanctions against Russia", "talks between Congo and the M23"
        elif cue.preps or not cue.noun:
            heads = _recipient_heads(anchor, cue, cue_tokens)
        else:
            heads = []
        if cue.noun and anchor is not verb:
            heads += _recipient_heads(verb, cue, cue_tokens) + addressed
        if anchor.dep_ == "conj" and anchor.head.dep_ == "ccomp" and anchor.head.head.lower_ in speech_words() \
                and heads and not any(c.dep_ == "nsubj" for c in anchor.children):
            aimed = {w.code for h in heads for w in [resolve(nlp, phrase(h), base, memory)] if w is not None}
            teller = next((c for c in anchor.head.head.children if c.dep_ == "nsubj"), None)
            if aimed and aimed <= {a.code for a in actors} and teller is not None:
                # "X said Russia was still holding prisoners and accused Moscow of torture": X accused
                actors = _actors(nlp, teller, base, memory) or actors
        override = None
        if cue.type == "REJECT":
            answered = _answered(anchor, actors, memory)
            owner = _claim_owner(anchor)
            if owner is not None and owner.lemma_.lower() in memory.documents:
                heads, override = [], [memory.documents[owner.lemma_.lower()]]  # "rejected the memo's figures"
            elif owner is not None:  # "rejects the lies of a government", "rejected Kigali's accusations"
                heads = [owner]
            elif answered is not None:  # "rejected the accusation", "rejected that account"
                heads, override = [], [answered]
            elif named is not None and named.lemma_.lower() in cues("measure_nouns"):
                heads = [named]  # "called the sanctions politically motivated": whoever imposed them
        passive = next((c for c in anchor.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and named is None:
            heads.append(passive)  # "CODECO has been blamed by ...": CODECO is accused
        if actor_tok.lower_ == "side" and any(c.lower_ in ("each", "both") for c in actor_tok.children):
            actors = [PARTY]  # "each side has said, blaming the other"
        negated = any(c.dep_ == "neg" and c.i not in cue_tokens for c in anchor.children) or _declined(anchor)
        aux = next((c for c in anchor.children if c.dep_ == "aux" and c.lower_ in _FUTURE), None)
        future = (base + aux.idx, base + aux.idx + len(aux.text), aux.text) if aux is not None else None
        cue_span = (base + span.start_char, base + span.end_char, span.text)
        told = []
        for actor in actors:
            recipients = override or _recipients(nlp, heads, actor, base, memory, cue)
            if not recipients and len(actors) > 1 and (cue.type in _MUTUAL or cue.mutual):
                recipients = [a for a in actors if a.code != actor.code]  # "Russian and Ukrainian delegations met"
            if not recipients and anchor.dep_ == "conj" and anchor.head.i in told_by_verb and not any(
                    h.lemma_.lower() in cues("relation_nouns") for h in heads):  # not "called on European partners"
                # "spoke by phone with Abiy and urged a return to dialogue": Abiy was urged
                recipients = [r for r in told_by_verb[anchor.head.i] if r.code != actor.code]
            if cue.needs_recipient and not recipients:
                continue
            if cue.type == "REQUEST" and not recipients and actor.inter == 7 and actor.name.startswith("Civilians"):
                continue  # "doctors appealed for blood donations": an appeal to the public, not to a polity
            if cue.other_side and not heads and memory.last_recipient is not None and \
                    memory.last_recipient.code != actor.code:
                recipients = [memory.last_recipient]  # "... accusing it of supplying drones. Sudan would respond"
            elif (cue.other_side and not heads) or (accusation and not recipients):
                recipients = [OTHER]  # "Kabul would respond", "said the deal was a violation of its sovereignty"
            if cue.type in _MEASURES and not negated and actor is not PARTY:
                memory.measures.append((actor, cue.type))
            for r in recipients or [None]:
                out.append(Raw(cue, actor, r, cue_span, day, negated, future))
                if r is not None and r is not OTHER and cue.type in _ANSWERABLE and not negated:
                    memory.asked.append((r.code, actor, cue.type))
            hosted = cue.mode == "third-party" or (cue.type == "CONSULT" and cue.recipient_is_object)
            if hosted and len(recipients) > 1 and not (named is not None and any(
                    c.lower_ in cues("apart_words") for c in named.children)):  # "hosted talks between Congo and the M23"
                out += [Raw(cue, a, b, cue_span, day, negated, future) for a in recipients for b in recipients
                        if a.code != b.code]
                memory.talks.append(recipients)
            if recipients:
                memory.parties_addressed = PARTY in recipients
            told += [r for r in recipients if r not in (PARTY, OTHER)]
        if told:
            told_by_verb[anchor.i] = told
        real = [a for a in actors if a is not PARTY]
        if real:
            memory.last = real[-1]
            memory.last_actors = real
            if len(real) > 1:
                memory.sets.append(real)
            if cue.type == "ACCUSE":
                memory.accuser = real[-1]
        if told:
            memory.last_recipient = told[-1]
            memory.last_recipients = list({r.code: r for r in told}.values())
            if len(memory.last_recipients) > 1:
                memory.sets.append(memory.last_recipients)
            together = list({w.code: w for w in real + memory.last_recipients}.values())
            if len(together) > 1 and len(together) != len(memory.last_recipients):
                # "A spoke by phone with B, and the two leaders agreed"; "A spoke with B and C ... the three leaders"
                memory.sets.append(together)
    _track_speakers(nlp, sent, base, memory)
    # "discussed the escalation in a phone call with his counterpart": two cues, one act, and its recipient
    aimed = {(r.cue.type, r.actor.code) for r in out if r.recipient is not None}
    return [r for r in out if r.recipient is not None or r.actor is PARTY or (r.cue.type, r.actor.code) not in aimed]


def _mediated(nlp, verb: Token, cue: Cue, base: int, memory: Memory, day, cue_span) -> list[Raw]:
    """"Russia and Ukraine exchanged prisoners in a swap mediated by the UAE": the mediator
    consulted each of those who did the act the mediated noun names."""
    agent = _agent(verb)
    act = verb.head
    while act.dep_ in ("pobj", "prep", "dobj") and act.head.i != act.i and act.pos_ != "VERB":
        act = act.head
    doer = _subject(act) if act.pos_ == "VERB" else None
    if agent is None or doer is None:
        return []
    mediator = _actor(nlp, agent, base, memory)
    parties = [w for t in _conjoined(doer) for w in [_actor(nlp, t, base, memory)] if w is not None]
    if mediator is None:
        return []
    return [Raw(cue, mediator, p, cue_span, day, False, None) for p in parties if p.code != mediator.code]


def _wanted_of_another(verb: Token) -> bool:
    """A to-infinitive (or one conjoined to it) with a subject of its own under a verb of wanting:
    what the speaker wants another to do ("Pakistan expects the Interim Afghan Government to ...
    deny the use of its soil") is not that other's act."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in cues("wanting_verbs") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
        any(c.dep_ == "nsubj" for c in verb.children) or any(c.dep_ == "dobj" for c in verb.head.children))


def _promised(verb: Token, roots: set[int]) -> bool:
    """An act a deal commits its parties to ("signed an agreement, committing their governments
    to end support ... and to withdraw troops") is a term of the deal, not an act of its own."""
    g = verb
    while g.dep_ == "conj" and g.head.i != g.i:
        g = g.head
    commits = g.head
    return g.dep_ in ("xcomp", "ccomp") and commits.lemma_.lower() in cues("commitment_verbs") and (
        commits.head.i in roots or commits.i in roots)


def _answered(verb: Token, actors: list[Who], memory: Memory) -> Who | None:
    """Whom a rejection answers: "rejected the accusation", "a charge Cambodia rejected" (who last
    accused or urged the one rejecting, else the last accuser), "denied that its fighters had harmed
    civilians" (the last accuser); "rejected that account" (the last one who said something, not
    the one rejecting it); "rejected the proposal", "would not attend the talks" (who asked it, or
    asked both sides)."""
    own = {a.code for a in actors}
    accuser = memory.accuser if memory.accuser is not None and memory.accuser.code not in own else None
    speaker = next((w for w in reversed(memory.speakers) if w.code not in own), None)
    def asked(codes: set[str], types: set[str]) -> Who | None:
        return next((a for code, a, kind in reversed(memory.asked)
                     if code in codes and kind in types and a.code not in own), None)
    objects = [c for c in verb.children if c.dep_ == "dobj"] + ([verb.head] if verb.dep_ == "relcl" else [])
    objects += [n for c in verb.children if c.dep_ == "ccomp" for n in c.children if n.dep_ == "nsubj"]  # "called the claim fabricated"
    words = {w for o in objects for w in (o.lemma_.lower(), o.lower_)}
    if words & cues("charge_nouns"):
        return asked(own, _ANSWERABLE) or accuser or speaker  # "called on the UAE to stop ... rejected the charge"
    if words & cues("proposal_nouns"):  # "urged both sides to send delegations ... the RSF would not attend any talks"
        return asked(own | {PARTY.code}, {"REQUEST"})
    if verb.lemma_ == "deny" and any(c.dep_ == "ccomp" for c in verb.children):
        return accuser  # "denied that its soldiers were fighting": the accuser, if someone accused
    if words & cues("claim_nouns"):  # "A accused B of massing troops, and B called the claim fabricated": A
        return asked(own, {"ACCUSE"}) or speaker or accuser
    return None


def _done_by(noun: Token) -> Token | None:
    """Who did what an event noun names, when the phrase says so: "the attack carried out by
    al-Shabaab", "the bombing by the BLA"."""
    if noun.lemma_.lower() not in cues("event_nouns"):
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
        if c.dep_ == "acl" and c.tag_ == "VBN":
            found = _agent(c)
            if found is not None:
                return found
    return None


def _operative(verb: Token) -> bool:
    """An operative paragraph of a communique: "1. Condemns in the strongest terms ...", "3. Calls
    on the Federal Government ...": a sentence opening on a verb in the third person, with no
    subject of its own."""
    first = next((t for t in verb.sent if not (t.like_num or t.is_punct or t.is_space)), None)
    return first is not None and first.i == verb.i and verb.text[:1].isupper() and verb.lower_.endswith("s") and (
        verb.tag_ == "VBZ" or verb.dep_ == "ROOT") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    # (the tagger may take "Condemns", opening a line, for a plural noun)


def _claim_owner(verb: Token) -> Token | None:
    """Whose words are rejected, when the rejection names them: "rejects the lies of a
    government", "dismissed Kigali's accusations"."""
    for o in verb.children:
        if o.dep_ != "dobj" or not ({o.lemma_.lower(), o.lower_} & (cues("charge_nouns") | cues("claim_nouns"))):
            continue
        for c in o.children:
            if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
                return c
            if c.dep_ == "prep" and c.lower_ in ("of", "by", "from"):
                return next((p for p in c.children if p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN")), None)
    return None


def _declined(verb: Token) -> bool:
    """"refrained from condemning", "declined to comment on"."""
    g = verb
    while g.dep_ in ("xcomp", "pcomp", "prep") and g.head.i != g.i:
        g = g.head
    return g is not verb and g.lemma_ in ("refrain", "decline")


def _recipients(nlp, heads: list[Token], actor: Who, base: int, memory: Memory, cue: Cue) -> list[Who]:
    out = []
    for h in heads:
        if h.lower_ in RELATIVE_PRONOUNS and h.head.dep_ == "relcl":
            if h.head.head.pos_ != "PROPN":
                continue  # "drone attacks that the army blames on the RSF": the deed, not whom it is blamed on
            h = h.head.head  # "sanctions on Rwanda, which it accuses of ...": Rwanda
        if h.lemma_.lower() in cues("relation_nouns") and any(c.dep_ == "poss" for c in h.children):
            continue  # "called on Ukraine's partners": others, left unnamed, not Ukraine
        if _party_word(h) or h.lower_ in ("other", "both"):  # "urged both (of them) to show restraint"
            if not any(c.lower_ == "all" for c in h.children):  # "all sides" may be more than the story's two
                out.append(PARTY)
            continue
        if h.pos_ in ("VERB", "AUX") and h.lemma_.lower() in cues("justice_verbs"):
            out.append(Who("Government of {country}", None, 1, None, "*home*", base + h.idx,
                           base + h.idx + len(h.text), h.text))
            continue
        if h.lower_ == "them" and memory.parties_addressed:  # "in contact with both governments and urged them"
            out.append(PARTY)
            continue
        before = [r for r in memory.last_recipients if r.start < base + h.idx]  # not "..., and on a company" after it
        if h.lower_ == "them" and before:  # "spoke with A and B and urged them"
            out += [r for r in before if r.code != actor.code]
            continue
        if h.lower_ in OBJECT_PRONOUNS:  # "held talks with Netanyahu and urged him to ..."
            r = memory.last_recipient
        elif h.lemma_.lower() in cues("measure_nouns") and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these")
                                                               for c in h.children) and not any(
                c.dep_ == "prep" for c in h.children) and (taker := next(
                    (m for m, _ in memory.measures if m.code != actor.code), None)) is not None:
            r = taker  # "welcomed the move", "deplored the decision": whoever took the measure the story leads with
        elif h.lemma_.lower() in cues("force_nouns") and any(c.lower_ == "foreign" for c in h.children):
            # "would not accept any foreign troops": whoever the story says is sending troops first, if anyone
            r = next((m for m, kind in memory.measures if kind == "MOBILIZE" and m.code != actor.code), None)
            if r is None:
                continue
        elif any(c.lower_ == "same" for c in h.children) and memory.last_recipient is not None:
            r = memory.last_recipient  # "Britain announced sanctions on the same two commanders"
        elif (named := _numbered(h, memory)) is not None:  # "A and B signed ... Trump met the two ministers"
            out += [a for a in named if a.code != actor.code]
            continue
        elif any(c.lower_ == "both" for c in h.children) or (any(c.lower_ == "two" for c in h.children) and any(
                c.lower_ == "the" for c in h.children) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in h.children)):
            out.append(PARTY)  # "both leaders", "the two leaders": the story's two sides (not "two commanders of the RSF")
            continue
        elif len(several := _countries_in(nlp, h, base)) > 1 and any(t.dep_ == "cc" for t in phrase(h)):
            out += [w for w in several if w.code != actor.code]  # "with Congolese and Rwandan delegations"
            continue
        elif h.tag_ == "NNS" and len(owners := _owners(nlp, h, base, memory, True)) > 1:
            out += [w for w in owners if w.code != actor.code]  # "hosted the presidents of Burundi and Rwanda"
            continue
        elif (doer := _done_by(h)) is not None and (r := resolve(nlp, phrase(doer), base, memory)) is not None:
            pass  # "condemns the attack carried out by al-Shabaab": whom the phrase itself names
        else:
            r = resolve(nlp, phrase(h), base, memory)
            if r is None:  # "closed its airspace to flights from Mali", "urged the leaders of Sudan"
                r = next(iter(_owners(nlp, h, base, memory, False)), None)
            if r is None and cue.type in cues("place_recipient_types"):
                r = _state_of_place(h, base)  # "20 million euros in assistance for Cabo Delgado": Mozambique
            if (r is None or r.code == actor.code) and cue.recipient_is_object and \
                    any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in h.children):
                r = memory.last_recipient  # "accused Algeria ... and summoned its ambassador": Algeria's
        if r is None or _itself(actor, r, cue.type):
            continue
        if r.code == "*event*" and cue.type not in ("ACCUSE", "REJECT", "THREATEN"):
            continue  # "spoke about the attack": about, not with, the attackers
        out.append(r)
    return out


def _owners(nlp, h: Token, base: int, memory: Memory, every: bool) -> list[Who]:
    """Whom a noun's "to", "from", "of" or "for" phrase names: "flights from Mali", "the leaders of
    Sudan"; with ``every``, each of several conjoined ("the leaders of Saudi Arabia and the UAE")."""
    return [w for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "from", "of", "for")
            for q in _conjoined(c) for p in q.children if p.dep_ == "pobj"
            for x in (_conjoined(p) if every else [p])
            for w in [resolve(nlp, phrase(x), base, memory)] if w is not None and not w.placeholder]


def _state_of_place(tok: Token, base: int) -> Who | None:
    """The state a named province or town lies in (the first-level division first, then the most
    populous town of that name)."""
    if tok.pos_ != "PROPN":
        return None
    span = phrase(tok)
    name = " ".join(t.text for t in span if t.pos_ == "PROPN")
    gaz = load_gazetteer()
    iso3 = next((a.iso3 for a in gaz.lookup_admin1(name)), None) or next((p.iso3 for p in gaz.lookup(name)), None)
    if iso3 is None or iso3 not in countries():
        return None
    return Who(f"Government of {countries()[iso3].name}", iso3, 1, None, iso3,
               base + span.start_char, base + span.end_char, span.text)


def _at_home(actor: Who, recipient: Who, kind: str) -> bool:
    """A state's appeal to its own people ("the president called on residents to report suspicious
    vehicles", "urged people to stay calm") is government talking to the public, not an interaction
    between political actors; an appeal to another state's people, or by them, still is. Praise
    inside one state ("the chief minister praised the police") is no support between actors either."""
    if kind == "SUPPORT" and recipient.code == actor.code:
        return True  # "the chief minister praised the police", "thanked voters": praise at home
    return kind == "REQUEST" and actor.inter == 1 and recipient.inter == 7 and recipient.code == actor.code \
        and recipient.name.startswith("Civilians")


def _party_quarrel(actor: Who, recipient: Who, kind: str) -> bool:
    """"The opposition leader accused the government of killing the mining industry": an
    electoral quarrel inside one state, not a political interaction in the conflict sense. (An
    accusation against the electoral commission, the police or the army still is one.)"""
    roles = {actor.role, recipient.role}
    return kind in ("ACCUSE", "REJECT") and "opposition" in roles and actor.country is not None and \
        actor.country == recipient.country and not roles & cues("accountable_roles")


def _itself(actor: Who, recipient: Who, kind: str) -> bool:
    """The recipient is the actor itself: the same body of the same state. One body of a state may
    address another ("a governor urged the federal government"), but its own forces are never the
    recipient of its deployments and withdrawals ("promised reinforcements for the police")."""
    return recipient.code == actor.code and recipient.inter == actor.inter and (
        recipient.role == actor.role or kind in _OWN_FORCES)


def _actors(nlp, tok: Token, base: int, memory: Memory) -> list[Who]:
    """Who acts: one per conjoined subject ("The EU and the United States urged"), one per
    country in "Russian and Ukrainian delegations", the states of "the ministers of Congo and Rwanda"."""
    numbered = _numbered(tok, memory)
    if numbered is not None:  # "Mali, Burkina Faso and Niger recalled ... the three juntas called"
        return numbered  # "Wang Yi met Bui Thanh Son ... The two sides agreed": those two
    out = []
    for c in _conjoined(tok) if tok.lower_ not in PRONOUNS else [tok]:
        who = _actor(nlp, c, base, memory)
        several = _countries_in(nlp, c, base) if c.lower_ not in RELATIVE_PRONOUNS else []
        if len(several) > 1:
            out += several
            continue
        if who is None or who.code == "*home*":
            of = next((p for x in c.children if x.dep_ == "prep" and x.lower_ == "of" for p in x.children
                       if p.dep_ == "pobj"), None)
            if of is not None:
                several = [w for x in _conjoined(of) for w in [resolve(nlp, phrase(x), base, memory)]
                           if w is not None and not w.placeholder]
            owner = next((p for x in (c, of) if x is not None for p in x.children
                          if p.dep_ == "poss" and _party_word(p)), None)
            if not several and owner is not None:  # "the heads of the two countries' border services"
                several = _numbered(owner, memory) or []
            if who is not None and who.inter == 7 and len(several) == 1 and several[0].country:
                several = [settle(who, several[0].country, [])]  # "the Law Society of Kenya": Kenya's civil society
            if several:
                out += several
                continue
        if who is not None:
            out.append(who)
    return list({w.code: w for w in out}.values())


def _party_word(tok: Token) -> bool:
    """"sides", "both countries", "the two governments" (not the "States" of "the United States", nor
    "the governments of Mali, Burkina Faso and Niger", which names its own)."""
    return tok.lower_ in cues("party_words") and tok.tag_ not in ("NNP", "NNPS") and not any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.pos_ == "PROPN" for p in c.subtree) for c in tok.children)


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}


def _numbered(tok: Token, memory: Memory) -> list[Who] | None:
    """"the two ministers", "the three juntas": the last set of that many actors or recipients named together."""
    if any(c.lower_ == "both" for c in tok.children):  # "both ministers": the pair just named
        return memory.sets[-1] if memory.sets and len(memory.sets[-1]) == 2 else None
    n = next((_COUNTS.get(c.lower_) for c in tok.children if c.dep_ == "nummod"), None)
    if n is None or not any(c.lower_ in ("the", "all") for c in tok.children):
        return None
    return next((s for s in reversed(memory.sets) if len(s) == n), None)


def _countries_named(nlp, tok: Token) -> bool:
    return bool(matchers.countries(nlp)(phrase(tok)))


def _countries_in(nlp, tok: Token, base: int) -> list[Who]:
    """"Russian and Ukrainian delegations": a state for each country word of the phrase."""
    span = phrase(tok)
    found = list(dict.fromkeys(t.label for _, _, t in matchers.countries(nlp)(span)))
    if len(found) < 2:
        return []
    start, end = base + span.start_char, base + span.end_char
    return [Who(f"Government of {countries()[iso3].name}", iso3, 1, None, iso3, start, end, span.text)
            for iso3 in found if iso3 in countries()]


def _actor(nlp, tok: Token, base: int, memory: Memory) -> Who | None:
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        tok = tok.head.head  # "Iran's foreign minister, who visited Beirut"
    if tok.lower_ == "i" and tok.head.dep_ == "relcl":
        return None  # "most analysts I spoke to": the writer describing sources, not an actor's act
    if tok.lower_ in PRONOUNS:
        speaker = speaker_of(tok)
        if tok.lower_ == "they" and speaker is not None and speaker.ent_type_ == "PERSON" and not _plural(speaker):
            return None  # "Rubio said ... the parties ... and that they had agreed": not Rubio
        if speaker is not None and speaker.lower_ not in PRONOUNS:
            return resolve(nlp, phrase(speaker), base, memory) or memory.last
        if tok.lower_ in ("we", "i") and memory.voice is not None:
            return memory.voice  # a briefing's answer: "We firmly oppose ..."
        return memory.last
    if (tok.lower_ == "side" and not _countries_named(nlp, tok)) or (tok.lower_ == "each" and tok.dep_ == "nsubj"):
        return PARTY  # "each accused the other" (but "the Kyrgyz side" is Kyrgyzstan)
    who = resolve(nlp, phrase(tok), base, memory)
    appos = next((c for c in tok.children if c.dep_ == "appos"), None)
    if appos is not None and (who is None or (who.inter == 8 and who.country is None)):
        named = resolve(nlp, phrase(appos), base, memory)  # "The UN peacekeeping force in Lebanon, UNIFIL,"
        if named is not None and not named.placeholder:
            who = named
    if who is None and tok.lemma_.lower() in cues("statement_nouns"):
        source = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                       for p in c.children if p.dep_ == "pobj"), None)
        if source is not None:  # "a statement from the military's media wing said"
            return _actor(nlp, source, base, memory)
    if who is None and tok.lemma_.lower() in cues("branch_nouns"):
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ not in PRONOUNS | {"its", "their"}), None)
        if owner is not None:  # "the military's media wing": the military
            return _actor(nlp, owner, base, memory)
    if who is not None and who.code == "*home*" and who.name.startswith("Military Forces"):
        speaker = speaker_of(tok)  # "India's foreign secretary said the armed forces would ...": India's forces
        said_by = resolve(nlp, phrase(speaker), base, memory) if speaker is not None and speaker.i != tok.i else None
        if said_by is not None and said_by.country:
            who = settle(who, said_by.country, [])
    if (who is None or who.code == "*home*") and tok.ent_type_ == "PERSON":
        main = next((c for c in tok.sent.root.children if c.dep_ == "nsubj"), None)
        if main is not None and main.i != tok.i:  # "Turkey ... with President Erdogan expressing support": Turkey's
            who = resolve(nlp, phrase(main), base, memory) or who
    if who is not None and who.code == "*event*":
        return None
    return who


def _plural(tok: Token) -> bool:
    return tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)


def _track_speakers(nlp, sent: Span, base: int, memory: Memory) -> None:
    for tok in sent:
        if tok.lower_ in speech_words() and tok.pos_ == "VERB":
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in PRONOUNS:
                who = _actor(nlp, subj, base, memory)  # "Zabihullah Mujahid, the spokesman of the Taliban government,"
                memory.last = who
                if memory.last is not None:
                    memory.speakers.append(memory.last)


def _code(a) -> str | None:
    return side_code(a.name, a.country, a.inter)


def story_parties(events, ctx_countries: list[str], groups: list[Who] = (), talks: list[list[Who]] = ()
                  ) -> list[Who]:
    """The two sides "both sides" means: the parties to the talks the story reports ("hosted talks
    between Congo and the M23"), else the sides of its events, then the armed groups it names, then
    its main countries."""
    if talks:
        return [replace(w, start=0, end=0, text="") for w in talks[-1]]
    counts: dict[str, tuple[int, Who]] = {}
    for e in events:
        for a in (e.actor1, e.actor2):
            if a is None or a.inter not in (1, 2, 3, 4, 8):
                continue
            code = _code(a)
            if not code:
                continue
            named = is_named_group(a.name, a.inter)
            name = a.name if named else f"Government of {countries()[a.country].name}" if a.country in countries() else a.name
            n, _ = counts.get(code, (0, None))
            counts[code] = (n + 1, Who(name, a.country, a.inter if named else 1, None, code, 0, 0, ""))
    ranked = [w for _, w in sorted(counts.values(), key=lambda x: -x[0])]
    if len(ranked) < 2:
        ranked += [replace(g, start=0, end=0, text="") for g in groups if all(w.code != g.code for w in ranked)]
    for iso3 in ctx_countries:
        if len(ranked) >= 3:
            break
        if iso3 in countries() and all(w.code != iso3 for w in ranked):
            ranked.append(Who(f"Government of {countries()[iso3].name}", iso3, 1, None, iso3, 0, 0, ""))
    return ranked[:3]  # the two sides, and one more for when the speaker is one of the first two


def main_event(events, fallback: str | None) -> tuple[str | None, list[tuple[str, list[Who]]]]:
    """The story's country (where its deadliest event happened, else ``fallback``) and the armed
    sides of its events, deadliest first, with their event types, for "Police blamed ..." and
    "condemned the strike"."""
    armed = sorted((e for e in events if any(a is not None and a.inter != 7 for a in (e.actor1, e.actor2))),
                   key=lambda e: -(e.fatalities or 0))
    if not armed:  # "Fighting in Bahir Dar killed 12 people": where it happened, whoever fought
        placed = sorted((e for e in events if e.location and e.location.iso3), key=lambda e: -(e.fatalities or 0))
        return (placed[0].location.iso3 if placed else fallback), []
    sides = [(e.event_type, [Who(a.name, a.country, a.inter, a.role, _code(a), 0, 0, a.text or "")
                             for a in (e.actor1, e.actor2) if a is not None and a.inter != 7 and _code(a)])
             for e in armed]
    main = armed[0]
    return (main.location.iso3 if main.location and main.location.iso3 else fallback), sides


def paragraph_homes(events, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """For each paragraph that tells an event, the country of its deadliest one: in a digest
    ("• Haiti — gunmen attacked Verrettes ... Police sent reinforcements"), police named without
    a country belong to the paragraph's story, not to the deadliest story of the page."""
    best: dict[tuple[int, int], tuple[int, str]] = {}
    for e in events:
        if not (e.location and e.location.iso3):
            continue
        for ev in e.evidence:
            para = next((p for p in paragraphs if p[0] <= ev.start < p[1]), None)
            if para is not None and (para not in best or (e.fatalities or 0) > best[para][0]):
                best[para] = (e.fatalities or 0, e.location.iso3)
    return [(a, b, iso3) for (a, b), (_, iso3) in best.items()]


def finish(raws: list[Raw], parties: list[Who], published: date, home: str | None = None,
           sides: list[tuple[str, list[Who]]] = (), local: list[tuple[int, int, str]] = ()) -> list[Interaction]:
    """Interactions with the placeholders filled in: "both sides" and "each side ... the other"
    (the story's parties), a state body named without its country (``home``), and the act a
    recipient names (the side of the main event, ``sides``, that is not the speaker)."""
    out, seen = [], set()
    for raw in raws:
        here = next((iso3 for a, b, iso3 in local if a <= raw.cue_span[0] < b), home) if local and len(
            {iso3 for _, _, iso3 in local}) > 1 else home  # a page of several stories: this paragraph's
        actors = parties[:2] if raw.actor is PARTY else [settle(raw.actor, here, list(sides))]
        for a in actors:
            if a is None:
                continue
            if raw.recipient is PARTY:  # "Russia urged both sides": the two sides that are not Russia
                targets = [p for p in parties if p.code != a.code][:2 if raw.actor is not PARTY else 1]
            elif raw.recipient is OTHER:
                targets = [p for p in parties if p.code != a.code][:1]
            else:
                r = settle(raw.recipient, here, list(sides), a) if raw.recipient is not None else None
                targets = [None] if r is not None and _itself(a, r, raw.cue.type) else [r]
                if r is not None and (_at_home(a, r, raw.cue.type) or _party_quarrel(a, r, raw.cue.type)):
                    continue
            for r in targets or [None]:
                if r is None and raw.cue.type in needs_recipient():
                    continue  # PLOVER: a sanction or aid is always aimed at someone
                # two bodies of one state addressed at once ("the government and the farmers' federation") are two
                key = (raw.cue_span[0], raw.cue.type, a.code, r.code if r else None, r.name if r else None)
                if key not in seen:
                    seen.add(key)
                    out.append((raw.cue_span[0], _interaction(raw, a, r, published)))
    # "accused France of sheltering ... a former minister": a recipient that turned out to be the
    # actor itself leaves no recipient-less copy beside the one that was aimed at someone
    aimed = {(at, i.event_type, i.actor.name) for at, i in out if i.recipient is not None}
    return [i for at, i in out if i.recipient is not None or (at, i.event_type, i.actor.name) not in aimed]


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
