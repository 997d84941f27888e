"""Who a political interaction's actor or recipient is, from the words of the report.

A noun phrase resolves, in this order, to:
- an armed group (``armed_groups.tsv``), or "the group" / "the rebels" for the last group named;
- an international body (``organisations.tsv``: "the UN Security Council", "rights groups");
- a state through a country word ("Russian President Vladimir Putin", "Azerbaijan's Foreign
  Ministry"), a seat of power ("the Kremlin", a capital), or a person named before ("Mr Aliyev");
- the story's own state when a state body is named without a country ("Police blamed ...",
  "President Gustavo Petro", "the authorities"), and its own people ("residents", "protesters")
  -- HOME, filled in once the story's country is known;
- the perpetrator of the story's event when the phrase names that event ("condemned the
  strike") -- EVENT, filled in from the events.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

if TYPE_CHECKING:  # spaCy is imported when a pipeline loads, not with this module
    from spacy.tokens import Span, Token

from ..models import Actor
from . import matchers
from .dates import DateMention
from .lexicon import countries, country_terms, cues, organisations, read_rows, speech_words, split_alts

PRONOUNS = {"it", "he", "she", "they", "we", "i"}  # "i": a speaker in the first person ("I will meet ...")
OBJECT_PRONOUNS = {"him", "her", "them", "it"}
RELATIVE_PRONOUNS = {"who", "which", "that"}


@dataclass(frozen=True)
class Who:
    """An actor as resolved: ``code`` is what the scorer compares (ISO3, or the body's name).
    Placeholders have a code between stars (``*home*``, ``*event*``, ``*parties*``, ``*other*``)."""
    name: str
    country: str | None
    inter: int
    role: str | None
    code: str
    start: int
    end: int
    text: str

    @property
    def placeholder(self) -> bool:
        return self.code.startswith("*")

    def model(self) -> Actor:
        return Actor(name=self.name, text=self.text, country=self.country, inter=self.inter, role=self.role)


PARTY = Who("the parties", None, 0, None, "*parties*", 0, 0, "")
OTHER = Who("the other side", None, 0, None, "*other*", 0, 0, "")


@dataclass
class Memory:
    """What the document has said so far about who is who."""
    ref: date | None = None  # the publication day
    people: dict[str, Who] = field(default_factory=dict)  # surname -> actor
    groups: list[Who] = field(default_factory=list)  # armed groups, the last named last
    orgs: list[Who] = field(default_factory=list)  # organisations, the last named last
    last: Who | None = None
    last_actors: list[Who] = field(default_factory=list)  # of the last interaction ("A and B signed ...")
    last_recipient: Who | None = None
    last_recipients: list[Who] = field(default_factory=list)  # of the last interaction ("urged them")
    parties_addressed: bool = False  # the last act with a recipient was aimed at the story's sides ("both governments")
    sets: list[list[Who]] = field(default_factory=list)  # actors or recipients named together ("the two ministers")
    accuser: Who | None = None  # who accused last ("rejected the accusation")
    speakers: list[Who] = field(default_factory=list)  # who said something, the last last ("rejected that account")
    last_date: DateMention | None = None
    talks: list[list[Who]] = field(default_factory=list)  # parties to talks a third party hosted or mediated
    asked: list[tuple[str, Who, str]] = field(default_factory=list)  # (recipient code, actor, type) of acts one may reject
    bodies: dict[str, Who] = field(default_factory=dict)  # "military" -> the state of "Pakistan's military", named last
    measures: list[tuple[Who, str]] = field(default_factory=list)  # (who, type) of the measures told so far
    voice: Who | None = None  # who "we" is in a briefing's answers ("What is China's comment?")
    documents: dict[str, Who] = field(default_factory=dict)  # "memo" -> who wrote "a memo from the UN mission"


@cache
def _roles() -> list[tuple[str, str, str, int]]:
    rows = [(w, role, pattern, int(inter[0]) if inter and inter[0] else 1)
            for words, role, pattern, *inter in read_rows("political_roles.tsv") for w in split_alts(words)]
    return sorted(rows, key=lambda r: -len(r[0]))


def names_a_role(tok: Token) -> bool:
    """Whether the phrase headed by ``tok`` names an office ("the US secretary of state")."""
    text = " " + " ".join(t.lower_ for t in tok.subtree) + " "
    return any(f" {w} " in text for w, *_ in _roles())


@cache
def _agents() -> dict[str, tuple[int, str]]:
    """agents.tsv: a noun naming people -> (inter, ACLED name pattern)."""
    return {w: (int(inter), pattern) for words, inter, _cat, pattern in read_rows("agents.tsv") for w in split_alts(words)}


@cache
def _leaders() -> list[tuple[str, str, str]]:
    """leaders.tsv: a name as written -> (ISO3 or body, role), longest names first."""
    rows = [(n, who, role) for names, who, role in read_rows("leaders.tsv") for n in split_alts(names)]
    return sorted(rows, key=lambda r: -len(r[0]))


def _leader(span: Span, start: int, end: int) -> Who | None:
    """"President Donald Trump", "Mr Zelensky": the state or body a known leader speaks for."""
    text = f" {span.text} "
    for name, who, role in _leaders():
        if f" {name} " in text or f" {name}'s " in text:
            if who in countries():
                _, pattern, inter = role_of(role) if role else (None, "Government of {country}", 1)
                return Who(pattern.replace("{country}", countries()[who].name), who, inter, role or None, who,
                           start, end, span.text)
            body = organisations().get(who.lower(), who)
            return Who(body, None, 8, role or None, body, start, end, span.text)
    return None


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


def side_code(name: str, country: str | None, inter: int) -> str:
    """The code a side is known by in PLOVER output and scoring: a named armed group or an
    organisation by its name; state forces, and a force acting for a state ("Military Forces of
    Yemen (Houthi)", the Taliban), by their country."""
    return name if is_named_group(name, inter) or not country else country


@cache
def _group_names() -> frozenset[str]:
    return frozenset(name for _, inter, _, name in read_rows("armed_groups.tsv") if inter in ("2", "3", "4"))


def is_named_group(name: str, inter: int) -> bool:
    """A non-state group known by its own name ("M23", "Islamic State (Khorasan)"), not a
    generic one ("Rebels (Cameroon)", "Unidentified Armed Group (Nigeria)")."""
    return inter in (2, 3, 4) and (name in _group_names() or "(" not in name)


def phrase(tok: Token) -> Span:
    """The noun phrase a token heads, without conjoined phrases, relative clauses or appositions."""
    skip = {"conj", "cc", "relcl", "acl", "appos", "punct", "prep"}
    left = tok
    for c in tok.children:
        if c.i < tok.i and c.dep_ not in skip:
            if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and any(x.dep_ == "cc" for x in c.children):
                # "Tshisekedi and Rwandan President Paul Kagame": the name before "and" is another person
                later = [x for x in c.children if x.dep_ == "conj"]
                c = later[-1] if later else tok
            left = min(left, c.left_edge, key=lambda t: t.i)
    right = tok
    for c in tok.children:
        if c.i > tok.i and c.dep_ not in skip:
            right = max(right, c.right_edge, key=lambda t: t.i)
    doc = tok.doc
    while right.i + 2 < len(doc) and doc[right.i + 1].text == "-" and not doc[right.i + 1].whitespace_ and \
            not doc[right.i].whitespace_ and doc[right.i + 2].head.i in (tok.i, right.i):
        right = doc[right.i + 2]  # "SPLM-IO", split by the tokenizer into a name and an apposition
    if left.i >= 2 and doc[left.i - 1].lower_ in ("'s", "’s") and doc[left.i - 2].lower_ in country_terms():
        left = doc[left.i - 2]  # "Azerbaijan's President Ilham Aliyev", however it is parsed
    return doc[left.i:right.i + 1]


def role_of(text: str) -> tuple[str | None, str, int]:
    """The role a phrase names ("Foreign Minister ...", "Party leader ..."), how its actor is named, its inter."""
    low = f" {text.lower()} "
    for word, role, pattern, inter in _roles():
        if f" {word} " in low:
            return role, pattern, inter
    return None, "Government of {country}", 1


def _organisation(span: Span) -> str | None:
    """The longest organisation name inside the phrase; a lower-case word is never an acronym
    ("who visited" is not the WHO)."""
    orgs = organisations()
    words = [t.text for t in span]
    for n in range(min(len(words), 6), 0, -1):
        for i in range(len(words) - n + 1):
            text = " ".join(words[i:i + n])
            name = orgs.get(text.lower())
            if name is not None and not (n == 1 and text.islower() and len(text) <= 4):
                return name
    return None


def _named_over_prep(nlp, span: Span) -> list:
    """A name that runs on past the phrase: "the UN Mission in South Sudan" is UNMISS."""
    doc = span.doc
    prep = next((c for c in span.root.children if c.dep_ == "prep" and c.i == span.end), None)
    if prep is None:
        return []
    longer = doc[span.start:prep.right_edge.i + 1]
    # "the UN mission in Congo, MONUSCO": the acronym in apposition inside the phrase names it too
    return [(s, e, t) for s, e, t in matchers.armed_groups(nlp)(longer)
            if s < span.end < e or (s >= span.end and doc[s:e].root.dep_ == "appos")]


def resolve(nlp, span: Span, base: int, memory: Memory) -> Who | None:
    """The political actor a noun phrase names, or None."""
    text = span.text
    low = text.lower()
    start, end = base + span.start_char, base + span.end_char
    if low in PRONOUNS:
        return (memory.voice or memory.last) if low in ("we", "i") else memory.last
    for s, e, t in _named_over_prep(nlp, span) or matchers.armed_groups(nlp)(span):
        country, inter = None if t.extra[1] == "*" else t.extra[1], int(t.extra[0])
        return Who(t.label, country, inter, None, side_code(t.label, country, inter), start, end, text)
    name = _organisation(span)
    if name is not None:
        role, _, _ = role_of(text)
        return Who(name, None, 8, role, name, start, end, text)
    words = [t.text for t in span]
    named = matchers.countries(nlp)(span)  # "The United States", "South Sudan's army"
    iso3 = named[0][2].label if named else next((country_terms()[t.lower_] for t in span if t.lower_ in country_terms()), None)
    if iso3 is None:
        seats = ((i, i + n, _seats().get(" ".join(words[i:i + n]).lower()))  # "the Kremlin", "Moscow", "Downing Street"
                 for n in (3, 2, 1) for i in range(len(words) - n + 1))
        iso3 = next((seat for i, j, seat in seats if seat is not None and not _inside_a_name(span, i, j)
                     and _speaks_for_seat(span, i, j)), None)
    if iso3 is None:
        for t in span:
            if t.pos_ == "PROPN" and t.text in memory.people:
                return replace(memory.people[t.text], start=start, end=end, text=text)
        known = _leader(span, start, end)
        if known is not None:
            return known
    head = span.root
    if iso3 is None:
        known = _anaphor(head, memory)
        if known is not None:
            return replace(known, start=start, end=end, text=text)
        of = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj"), None)
        if of is not None and head.lemma_.lower() in cues("part_of_actor"):  # "the Jaime Martinez front of the FARC dissidents"
            inner = resolve(nlp, phrase(of), base, memory)
            if inner is not None and not inner.placeholder:
                return replace(inner, start=start, end=end, text=text)
        if head.lemma_.lower() in cues("document_nouns") and any(c.lower_ == "the" for c in head.children) \
                and memory.speakers:  # "The report urged Russia ...": who issued it, named as its speaker
            return replace(memory.speakers[-1], start=start, end=end, text=text)
        body = next((memory.bodies[t.lower_] for t in span if t.lower_ in memory.bodies), None)
        if body is not None:  # "Pakistan's military said ... The military's media wing said": Pakistan's
            return replace(body, start=start, end=end, text=text)
        home = _home(head, text, start, end)
        owner = None
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
            owner = _teller(nlp, head, base, memory) or memory.last
            body = memory.orgs[-1] if memory.orgs and head.lower_ in cues("body_roles") else None
            if body is not None and (owner is None or body.start > owner.start):
                # "The AES did not send a delegation ... its rotating presidency": the body named last
                return replace(body, role=home.role if home is not None else None, start=start, end=end, text=text)
        if home is not None and home.code == "*home*" and owner is not None and owner.country:
            return settle(home, owner.country, [])  # "Algeria responded ... Its foreign ministry called"
        if home is None and owner is not None and not owner.country and (
                head.lower_ in _agents() or head.lemma_.lower() in cues("force_nouns")):
            return replace(owner, start=start, end=end, text=text)  # "MONUSCO said its peacekeepers had deployed"
        return home
    role, pattern, inter = role_of(text)
    agent = _agents().get(head.lower_)
    if role is None and head.lower_ in cues("civil_bodies"):  # "the Law Society of Kenya": not its government
        inter, pattern = 7, "Civil Society ({country})"
    if role is None and agent is not None and agent[0] in (1, 6, 7):  # "Kenyan police", "Peruvian protesters"
        inter, pattern = agent
        who = Who(pattern.replace("{country}", countries()[iso3].name), iso3, inter, None, iso3, start, end, text)
    else:
        who = Who(pattern.replace("{country}", countries()[iso3].name), iso3, inter, role, iso3, start, end, text)
    if inter == 1 and (head.lower_ in cues("state_bodies") or (agent is not None and agent[0] == 1)):
        memory.bodies[head.lower_] = who
    return who


def _teller(nlp, head: Token, base: int, memory: Memory) -> Who | None:
    """Who says what the phrase at ``head`` is part of: "MONUSCO said its peacekeepers had
    deployed" -- "its" is MONUSCO's."""
    if head.head.dep_ != "ccomp":
        return None
    subject = speaker_of(head)
    if subject is None or subject.lower_ in PRONOUNS:
        return None
    who = resolve(nlp, phrase(subject), base, memory)
    return who if who is not None and not who.placeholder else None


def speaker_of(tok: Token) -> Token | None:
    """"The government said it would ask ...": "it" is the one who said so."""
    for g in tok.ancestors:
        if g.lower_ in speech_words():
            while g.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in g.children) and g.head.i != g.i:
                g = g.head  # "the minister blamed the ELN and said troops had been sent": the minister said so
            return next((c for c in g.children if c.dep_ == "nsubj"), None)
    return None


def _speaks_for_seat(span: Span, i: int, j: int) -> bool:
    """A seat of power stands for its state when it is the phrase itself ("Moscow said"), owns it
    ("Moscow's envoy") or qualifies a state body ("the Kremlin spokesman"), not "Madrid coach X"."""
    if span.root.i in range(span[i].i, span[i].i + j - i) or (j < len(span) and span[j].lower_ in ("'s", "’s")):
        return True
    return role_of(span.text)[0] is not None or span.root.lower_ in cues("state_bodies") or (
        span.root.lower_ in _agents() and _agents()[span.root.lower_][0] == 1)


def _inside_a_name(span: Span, i: int, j: int) -> bool:
    """"Real Madrid", "the Washington Post": a capital inside a longer proper name is not the state."""
    def named(t: Token) -> bool:
        capital = t.text[:1].isupper() and (t.pos_ == "PROPN" or (t.pos_ in ("ADJ", "NOUN") and not t.is_sent_start))
        return capital and role_of(t.text)[0] is None  # "Real" may be tagged an adjective
    in_entity = span[i].ent_iob_ == "I" or (j < len(span) and span[j].ent_iob_ == "I")  # the name runs on
    return in_entity or (i > 0 and named(span[i - 1])) or (j < len(span) and named(span[j]))


def _anaphor(head: Token, memory: Memory) -> Who | None:
    """"the group", "the rebels", "the gang's leader": the armed group named last; "the agency",
    "the mission's head": the organisation named last."""
    if not any(c.dep_ in ("det", "poss") for c in head.children):
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her")), None)
    word = owner.lower_ if owner is not None else head.lower_
    if memory.groups and word in cues("group_anaphors"):
        return memory.groups[-1]
    if owner is None and _named_by_task(head):
        return None  # "the electoral commission" is the country's own, not the last body named a commission
    if memory.orgs and word in cues("organisation_anaphors"):  # "the council": the last one named a council
        return next((o for o in reversed(memory.orgs) if word in o.name.lower().split()), memory.orgs[-1])
    return None


def _named_by_task(head: Token) -> bool:
    """"the electoral commission", "the national human rights commission": a body of the
    story's own state, named by what it does (``national_body_marks``)."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in cues("national_body_marks") for c in head.children)


def _home(head: Token, text: str, start: int, end: int) -> Who | None:
    """A state body, or the story's own people, named without a country: the story's country."""
    role, pattern, inter = role_of(text)
    agent = _agents().get(head.lower_) or next((_agents()[k] for c in head.children if c.dep_ in ("amod", "compound")
                                                 and (k := f"{c.lower_} {head.lower_}") in _agents()), None)
    if agent is not None and agent[0] in (1, 6, 7) and (role is None or head.lower_ in ("army", "military")):
        inter, pattern = agent
        return Who(pattern, None, inter, None, "*home*", start, end, text)
    if role is not None or head.lower_ in cues("state_bodies") or (
            head.lower_ in cues("organisation_anaphors") and _named_by_task(head)):
        return Who(pattern, None, inter, role, "*home*", start, end, text)  # "the electoral commission"
    if head.lower_ in cues("civil_bodies"):  # "the farmers' federation", "the bar association"
        return Who("Civil Society ({country})", None, 7, None, "*home*", start, end, text)
    if head.lemma_.lower() in cues("event_nouns"):
        return Who("the perpetrator", None, 0, None, "*event*", start, end, text)
    return None


def settle(who: Who, home: str | None, sides: list[tuple[str, list[Who]]], actor: Who | None = None) -> Who | None:
    """A HOME or EVENT placeholder filled in: the story's country; for the act a phrase names,
    the side of the story's main event that is not the one speaking."""
    if who.code == "*home*":
        if home is None or home not in countries():
            return None
        return replace(who, name=who.name.replace("{country}", countries()[home].name), country=home, code=home)
    if who.code == "*event*":
        remote = any(w.lower() in cues("remote_violence_nouns") for w in who.text.split())
        fitting = [s for kind, s in sides if not remote or kind == "Explosions/Remote violence"]
        event = (fitting or [s for _, s in sides] or [[]])[0]  # "the strikes": the story's deadliest strike
        doer = next((s for s in event if actor is None or (s.code, s.inter) != (actor.code, actor.inter)), None)
        if doer is None or doer.name.startswith("Unidentified"):
            return None  # "condemned the bombing" that nobody has claimed: aimed at no one known
        return replace(doer, start=who.start, end=who.end, text=who.text)
    return who


def remember(nlp, sent: Span, base: int, memory: Memory) -> None:
    """People with a country ("Azerbaijan's President Ilham Aliyev": later "Mr Aliyev") and the
    armed groups the sentence names."""
    for ent in sent.ents:
        if ent.label_ != "PERSON":
            continue
        head = ent.root
        p = phrase(head)
        if head.dep_ == "appos":  # "his Azerbaijani counterpart, Jeyhun Bayramov"
            p = phrase(head.head)
        who = resolve(nlp, p, base, Memory())
        if who is not None and not who.placeholder:
            memory.people[ent[-1].text] = who
    for ent in sent.ents:
        if ent.label_ == "ORG":
            # the tagger's entity may be the tail of the name: "Security Council" of "The Peace and Security Council"
            wide = sent.doc[max(sent.start, ent.start - 3):ent.end]
            name = _organisation(wide) or _organisation(ent)
            if name is not None:
                memory.orgs = [o for o in memory.orgs if o.code != name] + [
                    Who(name, None, 8, None, name, base + ent.start_char, base + ent.end_char, ent.text)]
    for tok in sent:  # "an internal memo from the United Nations mission": later "the memo's figures" are its
        if tok.lemma_.lower() in cues("document_nouns") and tok.lemma_.lower() not in memory.documents:
            author = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
                           for p in c.children if p.dep_ == "pobj"), None) or \
                next((c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
            who = resolve(nlp, phrase(author), base, memory) if author is not None else None
            if who is not None and not who.placeholder:
                memory.documents[tok.lemma_.lower()] = who
    for s, e, t in matchers.armed_groups(nlp)(sent):
        if int(t.extra[0]) in (2, 3, 4):
            span = sent.doc[s:e]
            who = Who(t.label, None if t.extra[1] == "*" else t.extra[1], int(t.extra[0]), None, t.label,
                      base + span.start_char, base + span.end_char, span.text)
            memory.groups = [g for g in memory.groups if g.code != who.code] + [who]
