"""Is a trigger describing something that happened? Negated, denied, threatened, future or
hypothetical actions are not events; past wars cited as context are background."""
from __future__ import annotations

from typing import TYPE_CHECKING

import re
from functools import cache

if TYPE_CHECKING:  # spaCy is imported when a pipeline loads, not with this module
    from spacy.tokens import Span, Token

from .lexicon import cues, read_rows, split_alts


@cache
def _cues() -> dict[str, frozenset[str]]:
    return {kind: frozenset(split_alts(words)) for kind, words in read_rows("modality.tsv")}


def _governors(tok: Token, depth: int = 3) -> list[Token]:
    out = []
    while depth and tok.head.i != tok.i:
        tok = tok.head
        out.append(tok)
        depth -= 1
    return out


def is_irrealis(tok: Token) -> str | None:
    """Why the action at ``tok`` did not (yet) happen, or None when it is asserted as real."""
    cues = _cues()
    chain = [tok] + _governors(tok)
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), tok)
    for t in [tok, verb]:
        for child in t.children:
            if child.dep_ == "neg" or child.lower_ in cues["negation"]:
                return "negated"
            if child.dep_ == "aux" and child.lower_ in cues["future"]:
                return "future"
            if child.dep_ == "mark" and child.lower_ in cues["condition"]:
                return "hypothetical"
    for low, t in zip(chain, chain[1:]):
        if low.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in low.children):
            break  # "protesters tried to climb the wall, and six people were hurt": a clause of its own
        if low.dep_ == "conj" and low.head.i == t.i:
            continue  # "stopped a minibus and abducted the passengers": a second act, not what was stopped
        if t.lemma_.lower() in cues["denial"]:
            return "denied"
        if t.lemma_.lower() in cues["intent"]:
            return "threatened"
    if tok.head.lower_ in cues["negation_noun"] or any(c.lower_ in cues["negation_noun"] for c in tok.children):
        return "negated"
    for child in verb.children:  # "No group has claimed the attacks", "nobody was killed"
        if child.dep_ in ("nsubj", "nsubjpass") and (child.lower_ in ("nobody", "none", "no one") or
                                                    any(d.dep_ == "det" and d.lower_ == "no" for d in child.children)):
            return "negated"
    if _alleged(tok):
        return "alleged"
    if tok.dep_ == "amod" and tok.tag_ in ("VBN", "JJ"):
        return "reference"  # "the abducted women", "the wounded soldiers": people, not a new act
    return None


def _alleged(tok: Token) -> bool:
    """"Bangkok accused Phnom Penh of laying new landmines": an allegation, not a reported act."""
    chain = [tok] + _governors(tok, 4)
    for low, high in zip(chain, chain[1:]):
        if low.dep_ == "pcomp" and high.lower_ == "of" and high.head.lemma_.lower() in _cues()["allegation"]:
            return True
    return False


def _fights_for(tok: Token) -> bool:
    """A present fight named by what it is for, with no foe and no place: why a side fights, not
    a fight that happened."""
    if tok.lemma_.lower() not in _cues()["motive_verbs"]:
        return False
    present = tok.tag_ in ("VBZ", "VBP") or (tok.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re") for c in tok.children))
    if not present or any(c.dep_ in ("dobj", "npadvmod") for c in tok.children):
        return False
    purpose = any(c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                  for c in tok.children)
    cause = any(c.dep_ == "prep" and c.lower_ == "for" and not any(t.pos_ == "PROPN" for t in c.subtree)
                for c in tok.children)  # "for self-rule", not "for control of Bara"
    place = any(c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "around", "outside", "inside")
                for c in tok.children)
    return (purpose or cause) and not place


def is_context(tok: Token, dated: bool = False) -> str | None:
    """Why the action at ``tok`` is cited as context rather than reported as an event:
    habitual ("has repeatedly attacked", "fought for years"), or a noun naming an earlier
    event after "since", "after", "amid" ... in a sentence about something else
    ("talks were suspended after the group's offensive", "30 years since the massacre")."""
    cues = _cues()
    verb = next((t for t in [tok] + _governors(tok, 4) if t.pos_ in ("VERB", "AUX")), tok)
    for t in {tok, verb}:
        for child in t.children:
            if child.dep_ in ("advmod", "prep") and child.lower_ in cues["habitual"]:
                if child.lower_ == "since" and any(g.tag_ == "JJS" or g.lower_ == "first" for g in t.subtree):
                    continue  # "the deadliest fighting since 2020" compares; it is not a habit
                if child.lower_ == "since" and any(g.lower_ in cues["recent_since"] for g in child.children):
                    continue  # "have killed 300 people since Sunday": this week's fighting is news
                return "habitual"  # "have fought government forces since 2017"
            if lasts_a_span(child):
                return "habitual"
    if _in_a_war(verb):
        return "history"  # "a former rebel commander who fought during Liberia's civil war"
    if tok.dep_ == "relcl" and any(c.lower_ in ("have", "has") and c.dep_ == "aux" for c in tok.children):
        return "descriptive"  # "two groups that have fought for the mines": who they are
    if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and tok.tag_ == "VBG":
        return "descriptive"  # "rebels fighting in Congo": who they are, not what happened
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and tok.tag_ == "NNS":
        return "generic"  # "their attacks are in solidarity with ...": attacks in general
    if not dated and tok.tag_ == "NNS" and tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of", "behind") \
            and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children) \
            and not any(c.dep_ == "nummod" for c in tok.children):
        return "generic"  # "uses the villages as bases for its attacks": the group's attacks in general
    if any(c.dep_ == "amod" and c.lower_ in cues["habitual_adj"] for c in tok.children):
        return "habitual"  # "frequent jihadist attacks", "near-daily raids"
    if not dated and any(c.dep_ == "amod" and c.lower_ in cues["likeness_adj"] for c in tok.children):
        return "other"  # "the group has carried out similar bombings": other acts of that kind
    if tok.head.lower_ == "with" and tok.head.head.lower_ in ("armed", "equipped", "carrying", "laden"):
        return "equipment"  # "attackers armed with rifles and hand grenades"
    if not dated and _pluperfect(verb) and not any(g.lemma_ in _cues()["say"] for g in _governors(verb, 3)) and not any(
            c.dep_ == "parataxis" and c.lemma_ in _cues()["say"] for c in verb.children):  # "had been brought in dead, a worker said"
        return "earlier"  # "the three had been abducted by armed youths": before the story's day
    if not dated and _fights_for(tok):
        return "motive"  # "it is fighting to remove the army's allies", "they are fighting for self-rule"
    if not dated and tok.tag_ in ("VBZ", "VBP") and not _headline(tok):
        return "present"  # news reports what happened; "soldiers storm a mosque" narrates a film
    if not dated and tok.dep_ == "xcomp" and tok.head.lemma_ in ("continue", "keep") and tok.head.tag_ in ("VBZ", "VBP"):
        return "habitual"  # "small groups continue to raid villages": what goes on, not what happened
    if not dated and tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.tag_ in ("VBZ", "VBP") \
            and not _headline(tok):
        return "present"  # "as airstrikes pound the old city"
    if _judged(tok):
        return "judicial"
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "advcl" and _since_mark(tok.head):
        return "cited"  # "since the protests began": when a count starts, not a new protest
    if _since_mark(verb) and verb.dep_ == "advcl":
        return "cited"  # "to mark 30 years since Bosnian Serb forces killed 8,000": what is remembered
    while tok.dep_ in ("conj", "compound") and tok.head.i != tok.i:  # "a wave of kidnappings and bandit attacks"
        tok = tok.head  # "four days of missile, drone and artillery exchanges"
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in ("by", "from") and \
            tok.head.head.lemma_.lower() in cues["cause_verbs"]:
        return "cause"  # "millions driven from their homes by fighting"
    if tok.pos_ in ("NOUN", "PROPN") and tok.head.lower_ in cues["context_prep"] and tok.dep_ == "pobj":
        head = tok.head
        if head.lower_ == "of" and head.head.lower_ not in cues["generic_heads"]:
            return None  # "the streets of", "dozens of" are not context; "a wave of kidnappings" is
        if head.lower_ in ("during", "against", "over") and verb.pos_ == "VERB":
            return None
        return "cited"
    return None


def _in_a_war(verb: Token) -> bool:
    """Placed only "during the war", "during Liberia's civil war": a period, not a day."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "during":
            if any(o.dep_ == "pobj" and o.lemma_.lower() in _cues()["war_periods"] for o in prep.children):
                return True
    return False


def _since_mark(clause: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "since" for m in clause.children)


def counts_since(verb: Token) -> bool:
    """A clause "since X began" hangs off the verb: what it says is counted over a period."""
    return any(c.dep_ == "advcl" and _since_mark(c) for c in verb.children)


def lasts_a_span(prep: Token) -> bool:
    """"for several months", "for years": what has gone on that long is a state, not news."""
    return prep.lower_ == "for" and any(g.lower_ in _cues()["habitual_span"] for g in prep.children)


def habit_words() -> frozenset[str]:
    """Adverbs and prepositions that make an act a habit or a history ("repeatedly", "since")."""
    return _cues()["habitual"]


def _judged(tok: Token) -> bool:
    """An act a court or a charge is about: "sentenced ... for his role in the killing of 23
    villagers", "convicted of the bombing", "charged with murder" (done before, judged now)."""
    through_prep = False
    for g in _governors(tok, 6):
        if g.dep_ == "prep" and g.lower_ in ("for", "of", "with", "over"):
            through_prep = True
        elif through_prep and g.lemma_.lower() in _cues()["judicial"]:
            return True
    return False


def is_cumulative(tok: Token, dated: bool) -> bool:
    """A running total, not an event: "the conflict has killed more than 6,000 people",
    "some 300 people have been killed so far" (no day said)."""
    cues = _cues()
    # the verb of the clause ("fighting ... has forced thousands to flee": a gerund subject is not it)
    verb = next((t for t in [tok] + _governors(tok, 2) if t.pos_ == "VERB" and t.dep_ not in ("nsubj", "nsubjpass")),
                tok)
    if counts_since(verb):
        return True  # "100 killed since the feud began", "30 killed since the protests began after the election"
    if dated:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and {subj.lemma_.lower(), subj.lower_} & cues["cumulative_subject"] and \
            any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
        return True
    if any(c.lower_ in ("since", "altogether") and c.dep_ in ("prep", "mark", "advmod")
           and not any(g.lower_ in cues["recent_since"] for g in c.children) for c in verb.children):
        return True  # (but "since then, our teams have received 61 wounded": the toll of the fight just told)
    if any(c.lower_ in cues["habitual_adverbs"] and c.dep_ in ("advmod", "npadvmod") for c in verb.children):
        return True  # "the market had been shelled three times in two weeks", "attacked repeatedly"
    low = verb.sent.text.lower()
    return "so far" in low or "to date" in low




def _pluperfect(verb: Token) -> bool:
    """A main verb in the pluperfect ("they had been abducted"); in a relative clause ("a bomber
    who had hidden explosives") it only describes someone."""
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    return main and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) and not _by_then(verb)


def _by_then(verb: Token) -> bool:
    """"By morning rescuers had pulled out two bodies": done by a time of the story's day, so
    the tally so far, not something from before it."""
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(
        o.dep_ == "pobj" and o.lower_ in _cues()["by_times"] for o in c.children) for c in verb.children)


def _headline(tok: Token) -> bool:
    """A title line ("Clashes restart a day after 99 troops killed") is written in the present."""
    sent = tok.sent
    return not sent.text.rstrip().endswith((".", "!", "?", '"', "”"))


def is_verbal(tok: Token) -> bool:
    """"His challenger attacked him at a rally", "the minister attacked the plan": words, not
    violence. Only for a verb whose subject is not an armed or violent actor (the caller
    checks that) and whose object is a person or a political thing."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if obj is None or subj is None:
        return False
    return obj.lower_ in _cues()["verbal_objects"] or obj.ent_type_ == "PERSON"


def is_diplomatic(tok: Token) -> bool:
    """"Sudan's foreign ministry protested to Britain", "China protested the visit": a state's
    complaint (a PLOVER interaction), not a demonstration."""
    if tok.pos_ != "VERB" or tok.lemma_ != "protest":
        return False
    if any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in tok.children):
        return True
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lemma_.lower() in cues("state_bodies") or subj.lower_ == "government" or
                                 subj.ent_type_ in ("GPE", "NORP"))


def is_planned(tok: Token) -> bool:
    """"a planned march", "the threatened strike": named, not (yet) happened."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _cues()["planned"] for c in tok.children)


@cache
def _phrases(kind: str) -> re.Pattern[str]:
    """Any phrase of one row of modality.tsv, as whole words, longest first."""
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(_cues()[kind], key=len, reverse=True)) + r")\b", re.I)


def period_pattern() -> re.Pattern[str]:
    return _phrases("context_period")


def names_same_day(sent: Span) -> bool:
    """"had marched earlier in the day", "later that night": on the day the story is about,
    so a pluperfect here is that day's news, not something from before it."""
    return _phrases("same_day").search(sent.text) is not None


def is_period_context(sent: Span) -> bool:
    """Tallies over a period ("in recent years", "so far this year") describe a trend, not an event."""
    return period_pattern().search(sent.text) is not None


_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
          r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?(?![a-z])")
_MONTH_RANGE = re.compile(rf"\b(?:between|from)\s+(?:early\s+|late\s+|mid-?)?{_MONTH}\s+(?:and|to|through|until)\s+"
                          rf"(?:early\s+|late\s+|mid-?)?{_MONTH}\b", re.I)


def is_period_range(sent: Span) -> bool:
    """"412 civilians were killed between July and September": a tally over months, whatever
    else the sentence dates."""
    return _MONTH_RANGE.search(sent.text) is not None


def is_accident(sent: Span) -> bool:
    """Deaths in a collapse, crash, flood or epidemic are not political violence."""
    cues = _cues()["accident"]
    return any(t.lower_ in cues or t.lemma_.lower() in cues for t in sent)


@cache
def _metaphor_pattern() -> re.Pattern[str]:
    words = _cues()["metaphor"] | _cues()["simulation"]
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(words, key=len, reverse=True)) + r")\b", re.I)


def is_metaphor_context(sent: Span) -> bool:
    """Finance, sport and politics write "battle", "attack" and "killed" without any violence; drills and
    exercises "storm a beach" with blanks."""
    return _metaphor_pattern().search(sent.text) is not None
