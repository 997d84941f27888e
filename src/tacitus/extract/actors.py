"""Actors named in a sentence: armed groups from the lexicon, agents with their country.

"Azerbaijani and Armenian troops" -> two mentions (AZE and ARM state forces); "Kenyan police"
-> police of KEN; "gunmen" -> an unidentified armed group whose country is filled in later;
"Azerbaijan used artillery" (a country as the subject of a violent verb) -> its state forces.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dataclasses import dataclass, replace
from functools import cache

if TYPE_CHECKING:  # spaCy is imported when a pipeline loads, not with this module
    from spacy.tokens import Span

from . import matchers
from .lexicon import countries, cues, read_rows, split_alts


@dataclass(frozen=True)
class ActorMention:
    start: int  # character offsets in the document text
    end: int
    text: str
    name_pattern: str  # e.g. "Military Forces of {country}"
    country: str | None
    inter: int
    category: str  # military, police, militant, civilian, protester, unknown
    token_i: int  # head token index (doc)
    rival: bool = False  # "two rival clans", "rival factions of": both sides of a clash are of this kind
    ally: bool = False  # "the RSF and allied militias": on the side of the actor named before
    home: bool = False  # "police and Kenyan officers": the country-less one is the local force, not the foreign one
    parent: str = ""  # "Islamic State-linked insurgents": the movement they belong to (group_branches.tsv)

    def branch(self, iso3: str | None) -> str | None:
        return branches().get((self.parent, iso3)) if self.parent else None

    def name(self, fallback_country: str | None = None) -> str:
        iso3 = self.country or fallback_country
        if branch := self.branch(iso3):
            return branch  # in Mozambique, Islamic State (Mozambique)
        cname = countries()[iso3].name if iso3 in countries() else None
        if "{country}" not in self.name_pattern:
            return self.name_pattern
        if cname is None:
            return self.name_pattern.replace(" ({country})", "").replace(" of {country}", "")
        return self.name_pattern.replace("{country}", cname)


@cache

def _group_category(label: str, inter: int) -> str:
    """A named force of a state ("SSPDF", "the KDF") is military or police, as its agents are;
    any other named group is militant."""
    if inter != 1:
        return "militant"
    return "police" if label.startswith("Police") else "military"

def branches() -> dict[tuple[str, str], str]:
    """(parent movement, country) -> the branch it is known by there."""
    return {(parent, iso3): branch for parent, isos, branch in read_rows("group_branches.tsv")
            for iso3 in split_alts(isos)}


def _described_member(doc, s: int, e: int, sent: Span) -> int | None:
    """The noun a group describes as its movement: "Islamic State-linked insurgents", "insurgents
    linked to Islamic State", "fighters affiliated with al-Qaeda" (the noun's token index)."""
    if e + 1 < sent.end and doc[e].text == "-" and doc[e + 1].lower_ in cues("ties"):
        tie = doc[e + 1]
    else:
        tie = next((t for t in doc[max(sent.start, s - 3):s] if t.lower_ in cues("ties")), None)
    if tie is None:
        return None
    if tie.dep_ in ("amod", "acl", "compound") and tie.head.pos_ in ("NOUN", "PROPN"):
        return tie.head.i
    # the parser may read "Insurgents linked to Islamic State raided ..." as "Insurgents (were) linked"
    return next((c.i for c in tie.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def _country_matches(nlp, sent: Span) -> list[tuple[int, int, str, str]]:
    return [(s, e, t.label, t.extra[0]) for s, e, t in matchers.countries(nlp)(sent)]


_NP_WORDS = {"and", ",", "the", "'s", "’s", "at", "least", "more", "than", "about", "some", "nearly", "of", "its", "their"}


def _np_countries(doc, start: int, end: int, country_tokens: dict[int, tuple[int, str, str]],
                  stop: set[int]) -> list[tuple[int, str]]:
    """Countries modifying the agent noun doc[start:end]: words to its left inside the noun
    phrase ("49 Armenian and 50 Azerbaijani soldiers", "Armenia's forces"), or "of/from X" after it.

    Walking the words is sturdier than the parse, which often mis-attaches coordinated phrases.
    """
    found = []
    i = start - 1
    while i >= 0 and i not in stop:
        tok = doc[i]
        if i in country_tokens:
            found.append((i, country_tokens[i][1]))
        elif not (tok.like_num or tok.pos_ in ("ADJ", "NUM", "DET") or tok.lower_ in _NP_WORDS):
            break
        if tok.is_sent_start:
            break
        i -= 1
    if not found and end + 1 < len(doc) and doc[end].lower_ in ("of", "from"):
        j = end + 1 + (doc[end + 1].lower_ == "the")
        if j in country_tokens:
            found.append((j, country_tokens[j][1]))
    return sorted(found)




@cache
def _communities() -> dict[str, str]:
    return {n: names[0] for (cell,) in read_rows("identity_groups.tsv") for names in [split_alts(cell)] for n in names}


def _community(doc, start: int, sent: Span) -> str | None:
    """The community named just before an armed noun ("Druze fighters", "armed Fulani herders")."""
    for tok in reversed(doc[max(sent.start, start - 3):start]):
        if tok.text in _communities():
            return _communities()[tok.text]
        if tok.pos_ not in ("ADJ", "PROPN", "NOUN") and tok.lower_ not in ("armed", "-"):
            return None
    return None


def _rival(doc, start: int, sent: Span) -> bool:
    """"two rival clans", "rival factions of the Sinaloa Cartel": both sides are of this kind."""
    near = [t.lower_ for t in doc[max(sent.start, start - 4):start]]
    return any(w in cues("rival") for w in near) or "two" in near[-2:]


def _ally(doc, start: int, sent: Span) -> bool:
    return any(t.lower_ in ("allied", "allies", "ally", "backed") for t in doc[max(sent.start, start - 3):start])


def _side_of(tok) -> set[int]:
    """"Malian soldiers and Russian fighters of the Africa Corps clashed with JNIM militants": a later
    conjoined subject of a verb that fights someone "with"/"against" is on the side of those before it
    (the token indexes of the conjuncts before it)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        tok = tok.head.head
    before = set()
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        before.add(tok.i)
    if tok.dep_ != "nsubj":
        return set()
    against = any(c.dep_ == "prep" and c.lower_ in ("with", "against") and
                  any(o.dep_ == "pobj" and o.lower_ not in ("other", "another") for o in c.children)
                  for c in tok.head.children)
    return before if against else set()


def find_actors(nlp, sent: Span, base: int) -> list[ActorMention]:
    """Actor mentions in ``sent``; ``base`` is the character offset of its chunk in the document."""
    doc = sent.doc
    out: list[ActorMention] = []
    taken: set[int] = set()
    movement: dict[int, str] = {}  # noun token -> the movement it is described as part of
    for s, e, term in matchers.armed_groups(nlp)(sent):
        span = doc[s:e]
        if s >= 2 and doc[s - 1].text == "-" and doc[s - 2].lower_ in ("pro", "anti"):
            continue  # "a pro-Taliban cleric" is not the Taliban
        if e + 1 < sent.end and doc[e].lower_ in ("'s", "’s") and any(
                t.lemma_.lower() in cues("ties") | {"branch", "franchise", "offshoot", "wing"}
                for t in doc[e + 1:min(sent.end, e + 4)]):
            continue  # "al-Qaeda's Sahel affiliate JNIM": the affiliate acts, not al-Qaeda
        if (s > sent.start and doc[s - 1].pos_ == "ADP" and
                any(t.lower_ in cues("ties") for t in doc[max(sent.start, s - 3):s])) or \
                (e + 1 < sent.end and doc[e].text == "-" and doc[e + 1].lower_ in cues("ties")):
            # "al-Shabaab, which is linked to al-Qaeda", "al-Qaeda-linked JNIM militants": a
            # description, not a party; "Islamic State-linked insurgents" are of its local branch
            if (member := _described_member(doc, s, e, sent)) is not None:
                movement[member] = term.label
            continue
        if e + 1 < sent.end and doc[e].tag_ == "POS" and doc[e + 1].lower_ in cues("group_relations"):
            continue  # "JNIM, al-Qaeda's affiliate in the Sahel": a description of the group named
        np = span.root
        while np.dep_ == "compound" and np.head.i > np.i:
            np = np.head  # "the Islamic State group"
        if np.dep_ == "pobj" and np.head.lower_ == "against" and np.head.head.lower_ in cues("coalitions"):
            continue  # "the coalition against the Islamic State group": who the coalition fights
        out.append(ActorMention(base + span.start_char, base + span.end_char, span.text, term.label,
                                None if term.extra[1] == "*" else term.extra[1],  # "*": coded where it fights
                                int(term.extra[0]), _group_category(term.label, int(term.extra[0])),
                                span.root.i, _rival(doc, s, sent),
                                _ally(doc, s, sent)))
        taken.update(range(s, e))
    country_tokens: dict[int, tuple[int, str, str]] = {}
    for s, e, iso3, kind in _country_matches(nlp, sent):
        for i in range(s, e):
            country_tokens[i] = (s, iso3, kind)
    for s, e, term in matchers.agents(nlp)(sent):
        if not taken.isdisjoint(range(s, e)):
            continue
        if s >= 2 and doc[s - 1].text == "-" and doc[s - 2].lower_ in ("pro", "anti"):
            continue  # "anti-junta fighters" are not the junta
        head = doc[e - 1]
        if head.dep_ in ("compound", "amod") and head.head.lower_ in cues("not_actor_heads"):
            continue  # "a police compound", "military sources", "a police uniform"
        if s - 1 in taken and s - 1 >= sent.start:
            continue  # "Wagner fighters", "Houthi forces": the group already names them
        if any(c.dep_ == "prep" and c.lower_ in ("from", "of") and c.i == head.i + 1 and any(
                p.dep_ == "pobj" and not taken.isdisjoint(t.i for t in p.subtree) for p in c.children)
               for c in head.children):
            continue  # "militiamen from the CODECO armed group", "gunmen of Boko Haram": the group named
        inter, category = int(term.extra[0]), term.extra[1]
        pattern = term.label
        community = _community(doc, s, sent) if category == "militant" and inter in (3, 4) else None
        if community is not None:  # "Druze fighters", "Fulani gunmen": an identity militia
            inter, pattern = 4, f"{community} Ethnic Militia ({{country}})"
        ctys = _np_countries(doc, s, e, country_tokens, taken) or [(None, None)]
        for ci, iso3 in ctys:
            start_tok = doc[ci] if ci is not None and ci < s else doc[s]
            span = doc[start_tok.i:e] if start_tok.i < e else doc[s:e]
            out.append(ActorMention(base + span.start_char, base + span.end_char, span.text, pattern,
                                    iso3, inter, category, head.i, _rival(doc, s, sent), _ally(doc, s, sent),
                                    parent=movement.get(head.i, "") if category == "militant" else ""))
        taken.update(range(s, e))
    # A country acting as the subject of a verb ("Azerbaijan used artillery") stands for its forces.
    for i, (s, iso3, kind) in sorted(country_tokens.items()):
        tok = doc[i]
        if i != s or kind != "name" or i in taken:
            continue
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:  # "India and Pakistan agreed"
            first = first.head
        if first.dep_ in ("nsubj", "nsubjpass") and first.head.pos_ == "VERB" and not _described(doc, i + 1, sent.end):
            out.append(ActorMention(base + tok.idx, base + tok.idx + len(tok.text), tok.text,
                                    "Military Forces of {country}", iso3, 1, "military", tok.i))
    heads = {a.token_i for a in out}
    out = [replace(a, ally=True) if _side_of(doc[a.token_i]) & heads else a for a in out]
    out = [replace(a, home=True) if _beside_foreign(a, out, doc.text, base) else a for a in out]
    return sorted(out, key=lambda a: a.start)


def _beside_foreign(a: ActorMention, mentions: list[ActorMention], text: str, base: int) -> bool:
    """"Police and Kenyan officers fought the gunmen": the police named beside a foreign force of
    the same kind are the country's own, not another mention of the foreigners."""
    return a.country is None and any(
        b.country and b.name_pattern == a.name_pattern and
        text[a.end - base:b.start - base].strip(" ,").lower() in ("and", "and the", "along with", "with")
        for b in mentions)


def _described(doc, e: int, end: int) -> bool:
    """"a Britain-based war monitor", "Russian-made drones", "Iran-backed militias": the country
    describes the thing; it is not its owner or doer."""
    return e + 1 < end and doc[e].text == "-" and doc[e + 1].lower_ in cues("ties") | cues("descriptor_suffixes")


def owners_of(nlp, sent: Span, base: int, nouns: list[int], actors: list[ActorMention]) -> list[ActorMention]:
    """State forces named by a country word on an attack or weapon noun: "Russian drones",
    "Azerbaijani shelling", "Israel's airstrikes" (unless the sentence names them already)."""
    doc = sent.doc
    country_at = {}
    for s, e, term in matchers.countries(nlp)(sent):
        for i in range(s, e):
            country_at[i] = (s, e, term.label)
    have = {(a.country, a.inter) for a in actors}
    out = []
    for n in nouns:
        i = n - 1
        while i >= sent.start and n - i <= 4:
            tok = doc[i]
            if i in country_at:
                s, e, iso3 = country_at[i]
                if (iso3, 1) not in have and not _described(doc, e, sent.end):
                    span = doc[s:e]
                    out.append(ActorMention(base + span.start_char, base + span.end_char, span.text,
                                            "Military Forces of {country}", iso3, 1, "military", n))
                    have.add((iso3, 1))
                break
            if not (tok.pos_ in ("ADJ", "NOUN", "PROPN", "DET", "NUM") or tok.tag_ in ("POS", "VBN")
                    or tok.lower_ in ("-",)):  # "Russian guided bombs"
                break
            i -= 1
    return out
