"""Casualty counts in a sentence: how many, of whom, what happened to them, who says so.

"At least 49 Armenian and 50 Azerbaijani soldiers were killed, each side has said" gives two
counts: 49 Armenian soldiers killed (claimed by Armenia) and 50 Azerbaijani soldiers killed
(claimed by Azerbaijan): "each side" reports its own losses.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from . import matchers
from .actors import ActorMention
from .counts import Count, parse_count
from .lexicon import country_terms, number_words, qualifier_phrases

_UPDATE_VERBS = {"rose", "risen", "climbed", "increased", "jumped", "reached", "rises", "climbs", "now"}
_YEARS = range(1900, 2101)
_EACH_SIDE = ("each side", "both sides", "the two sides", "each", "both")
_MEASURES = {"week", "weeks", "day", "days", "year", "years", "month", "months", "hour", "hours", "minute",
             "minutes", "km", "kilometres", "kilometers", "miles", "mile", "metres", "meters", "percent", "%",
             "per", "times", "million", "billion", "dollars", "tonnes", "tons", "decades", "decade"}


@dataclass(frozen=True)
class CountSpan:
    start: int  # token indices in the doc
    end: int
    count: Count


@dataclass(frozen=True)
class CasualtyMention:
    kind: str
    count: Count
    start: int  # character offsets in the document (the count through the casualty word)
    end: int
    victim_country: str | None
    victim_category: str
    claimed_by: str | None
    claimed_by_country: str | None
    is_update: bool


def _is_number_token(tok) -> bool:
    low = tok.lower_
    if tok.like_num and not (tok.text.isdigit() and int(tok.text) in _YEARS and len(tok.text) == 4):
        return True
    return low in number_words() and low not in ("a", "an", "no", "some", "one") or low == "one"


def find_counts(sent: Span) -> list[CountSpan]:
    doc = sent.doc
    out: list[CountSpan] = []
    i = sent.start
    quals = sorted(qualifier_phrases(), key=len, reverse=True)
    while i < sent.end:
        tok = doc[i]
        starts_with_article = tok.lower_ in ("a", "an") and i + 1 < sent.end and doc[i + 1].lower_ in ("dozen", "few", "couple", "hundred", "thousand", "score")
        if not (_is_number_token(tok) or starts_with_article):
            i += 1
            continue
        j = i + 1
        while j < sent.end and (_is_number_token(doc[j]) or (doc[j].text in ("-", "and") and j + 1 < sent.end and _is_number_token(doc[j + 1]))):
            j += 1
        start = i
        before = doc[max(sent.start, i - 3):i].text.lower()
        for q in quals:
            if before.endswith(q):
                k = i
                while k > sent.start and doc[k - 1].idx >= doc[i].idx - len(q) - 1:
                    k -= 1
                start = k
                break
        count = parse_count(doc[start:j].text)
        nxt = doc[j + (j < sent.end - 1 and doc[j].text == "-")] if j < sent.end else None
        if nxt is not None and nxt.lower_ in _MEASURES:
            count = None  # "six-week war", "40 minutes", "20 km": a measure, not people
        if count is not None:
            out.append(CountSpan(start, j, count))
        i = j
    return out


def _victim(doc, cs: CountSpan, actors: list[ActorMention], limit: int) -> tuple[str | None, str] | None:
    """The victim group named right after a count ("49 Armenian soldiers"), if any.

    The country is the first country word between the count and ``limit`` (the next count), so
    in "49 Armenian and 50 Azerbaijani soldiers" each count keeps its own nationality while
    sharing the noun.
    """
    agent = next((a for a in actors if a.token_i >= cs.end and a.token_i - cs.end <= 6), None)
    terms = country_terms()
    country = None
    stop = min(limit, cs.end + 6, agent.token_i + 1 if agent else len(doc))
    for tok in doc[cs.end:stop]:
        if tok.text.lower() in terms:
            country = terms[tok.text.lower()]
            break
    if agent is None and country is None:
        return None
    if agent is not None and country is None and agent.token_i < limit:
        country = agent.country
    return country, agent.category if agent else "unknown"


_PRONOUNS = ("it", "he", "she", "they", "the ministry", "the army", "the military", "the governor", "officials")


def _speakers(nlp, sent: Span, previous: tuple[str | None, str | None]) -> list[tuple[object, str, str | None]]:
    """(the token whose subtree the claim covers, who says so, their country) per speech verb.

    "X said" covers the clause it governs; "according to X" covers the clause it modifies.
    A pronoun ("it said") stands for the previous sentence's claimant.
    """
    doc = sent.doc
    out = []
    for s, e, _ in matchers.speech_verbs(nlp)(sent):
        verb = doc[s]
        if verb.lower_ == "according" and e < sent.end:
            phrase = doc[e:sent.end]
            head = next((t for t in phrase if t.dep_ == "pobj"), None)
            subj = doc[head.left_edge.i:head.right_edge.i + 1] if head is not None else phrase
            scope = verb.head
        else:
            subj_tok = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj_tok is None:
                continue
            subj = doc[subj_tok.left_edge.i:subj_tok.right_edge.i + 1]
            scope = verb
        text = subj.text.strip(" ,")
        if text.lower() in _PRONOUNS and previous[0]:
            out.append((scope, previous[0], previous[1]))
            continue
        iso3 = next((country_terms()[t.text.lower()] for t in subj if t.text.lower() in country_terms()), None)
        out.append((scope, text, iso3))
    return out


def _claim_for(tok, speakers) -> tuple[str | None, str | None]:
    for scope, text, iso3 in speakers:
        t, steps = tok, 0
        while steps < 20:
            if t.i == scope.i:
                return text, iso3
            if t.head is t:
                break
            t, steps = t.head, steps + 1
    return None, None


def find_casualties(nlp, sent: Span, base: int, actors: list[ActorMention],
                    previous_claimant: tuple[str | None, str | None] = (None, None)) -> list[CasualtyMention]:
    doc = sent.doc
    words = matchers.casualty_words(nlp)(sent)
    counts = find_counts(sent)
    speakers = _speakers(nlp, sent, previous_claimant)
    used: set[int] = set()
    out: list[CasualtyMention] = []
    for ws, we, term in words:
        picked: list[CountSpan] = []
        verb = doc[ws]
        claimed_by, claimed_country = _claim_for(verb, speakers)
        each_side = claimed_by is not None and claimed_by.lower() in _EACH_SIDE
        if term.extra and term.extra[0] == "count-after" and not [c for c in counts if 0 <= c.start - we <= 1]:
            continue  # "lost 50" is a toll; "lost control" is not
        active = verb.pos_ == "VERB" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        after = [c for c in counts if c.start >= we and c.start - we <= 4 and id(c) not in used]
        if active and after:  # "a war that killed more than 6,600 people"
            counts_before: list[CountSpan] = []
        else:
            counts_before = [c for c in counts if c.end <= ws and id(c) not in used]
        # counts before the word: "49 Armenian and 50 Azerbaijani soldiers were killed"
        for cs in reversed(counts_before):
            between = doc[cs.end:ws]
            if ws - cs.end > 9 or any(t.pos_ == "VERB" and t.dep_ not in ("amod", "acl") for t in between) \
                    or any(x[0] < ws and x[0] >= cs.end for x in words if x[0] != ws):
                break
            picked.insert(0, cs)
            if not any(t.lower_ == "and" for t in doc[max(sent.start, cs.start - 4):cs.start]):
                break
        # or after it: "killing 12 people", "the death toll rose to 100 from 59"
        if not picked and after:
            picked = [after[0]]
        for cs in picked:
            used.add(id(cs))
            later = [c.start for c in counts if c.start >= cs.end]
            victim = _victim(doc, cs, actors, later[0] if later else sent.end)
            if victim is None and term.extra and term.extra[0] == "count-after":
                victim = (claimed_country, "unknown")  # "Azerbaijan said it lost 50": its own losses
            if victim is None and out:
                victim = (out[-1].victim_country, out[-1].victim_category)
            vcountry, vcat = victim or (None, "unknown")
            is_update = any(t.lower_ in _UPDATE_VERBS for t in doc[max(sent.start, cs.start - 4):cs.start])
            lo, hi = min(cs.start, ws), max(cs.end, we)
            span = doc[lo:hi]
            out.append(CasualtyMention(
                kind=term.label, count=cs.count, start=base + span.start_char, end=base + span.end_char,
                victim_country=vcountry, victim_category=vcat,
                claimed_by=claimed_by, claimed_by_country=vcountry if each_side else claimed_country,
                is_update=is_update))
    return out
