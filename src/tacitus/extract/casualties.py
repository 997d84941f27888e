"""Casualty counts in a sentence: how many, of whom, what happened to them, who says so.

"At least 49 Armenian and 50 Azerbaijani soldiers were killed, each side has said" gives two
counts: 49 Armenian soldiers killed (claimed by Armenia) and 50 Azerbaijani soldiers killed
(claimed by Azerbaijan): "each side" reports its own losses.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dataclasses import dataclass, replace

if TYPE_CHECKING:  # spaCy is imported when a pipeline loads, not with this module
    from spacy.tokens import Span

from . import matchers
from .actors import ActorMention
from .counts import Count, is_vague, parse_count
from .lexicon import country_terms, cues, number_words, qualifier_phrases

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
    enemy_claim: bool = False  # a party's figure for its enemy's losses ("the army killed 200 rebels")


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
        if not (_is_number_token(tok) or starts_with_article) or (i > sent.start and doc[i - 1].lower_ == "how"):
            i += 1  # "we do not know how many people were killed" asks, it does not count
            continue
        j = i + 1
        while j < sent.end and (_is_number_token(doc[j]) or (doc[j].text in ("-", "and") and j + 1 < sent.end and _is_number_token(doc[j + 1]))):
            j += 1
        if j + 1 < sent.end and doc[j].lower_ == "of" and is_vague(doc[j - 1].text) and is_vague(doc[j + 1].text) \
                and doc[j + 1].lower_ not in ("dozens", "scores"):
            j += 2  # "tens of thousands", "hundreds of thousands"
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
        if count is not None and j + 2 < sent.end and doc[j].text == "(" and doc[j + 2].text == ")" \
                and (again := parse_count(doc[j + 1].text)) is not None and again.value == count.value:
            j += 3  # "Twenty-three (23) officers": one count written twice, as in a statement
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
    # "the toll had risen to nine, including a child": who is included is a part, not the whole
    part = next((t.i for t in doc[cs.end:min(limit, cs.end + 4)] if t.lower_ == "including"), len(doc))
    agent = next((a for a in actors if cs.end <= a.token_i < part and a.token_i - cs.end <= 6
                  and doc[a.token_i].head.dep_ != "agent"), None)  # "was shot dead by gunmen": the doers
    if agent is None and [t.lower_ for t in doc[cs.end:cs.end + 2]] in (["of", "them"], ["of", "those"]):
        # "repelled the attackers and killed 23 of them": the group named last before the count
        agent = next((a for a in reversed(actors) if a.token_i < cs.start), None)
        if agent is not None:
            return agent.country, agent.category
    terms = country_terms()
    country = None
    stop = min(limit, part, cs.end + 6, agent.token_i + 1 if agent else len(doc))
    for tok in doc[cs.end:stop]:
        if tok.text.lower() in terms:
            country = terms[tok.text.lower()]
            break
    if agent is None and country is None:
        return None
    if agent is not None and country is None and agent.token_i < limit:
        country = agent.country
    return country, agent.category if agent else "unknown"


_PRONOUNS = ("it", "he", "she", "they", "we")


def _trim(span: Span, head) -> Span:
    """A claimant without its relative clause: "the Law Society of Kenya, which said ..." ."""
    cut = next((c.left_edge.i for c in head.children if c.dep_ in ("relcl", "acl", "appos") and c.i > head.i), None)
    if cut is None:
        return span
    end = cut
    while end > span.start + 1 and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[span.start:end]


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
            subj = _trim(doc[head.left_edge.i:head.right_edge.i + 1], head) if head is not None else phrase
            scope = verb.head
        else:
            subj_tok = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj_tok is None:
                continue
            subj = _trim(doc[subj_tok.left_edge.i:subj_tok.right_edge.i + 1], subj_tok)
            scope = verb
        text = subj.text.strip(" ,")
        if text.lower() in _PRONOUNS and previous[0]:
            out.append((scope, previous[0], previous[1]))
            continue
        iso3 = next((country_terms()[t.text.lower()] for t in subj if t.text.lower() in country_terms()), None)
        out.append((scope, text, iso3))
    return out




def _side(claimant: str | None, iso3: str | None) -> str | None:
    """The victim category a claimant's own losses fall in: military for a state, militant for a group."""
    if not claimant:
        return None
    words = set(claimant.lower().replace("'s", "").split())
    if words & cues("nonstate_claimant") or any(w.isupper() and len(w) > 1 for w in claimant.split()) and not iso3:
        return "militant"
    if words & cues("state_claimant") or iso3:
        return "military"
    return None


def _enemy_claim(claimant: str | None, iso3: str | None, victim_category: str, each_side: bool) -> bool:
    side = None if each_side else _side(claimant, iso3)
    return (side == "military" and victim_category == "militant") or \
        (side == "militant" and victim_category in ("military", "police"))


def _is_part(doc, cs: CountSpan, ws: int, we: int) -> bool:
    """A count that only breaks down another: "two of the dead were teenagers", "among the
    injured were two children", "the dead included three children" (but "three of the wounded
    died" are new deaths: see `_changed_state`)."""
    nxt = [t.lower_ for t in doc[cs.end:cs.end + 3]]
    if nxt[:1] == ["of"] and any(w in cues("part_nouns") for w in nxt[1:]) and _changed_state(doc, cs, ws) is None:
        return True
    before = [t.lower_ for t in doc[max(doc[ws].sent.start, cs.start - 6):cs.start]]
    if "among" in before and any(w in cues("part_nouns") for w in before):
        return True
    word = doc[ws]
    return word.lower_ in cues("part_nouns") and word.dep_ == "nsubj" and word.head.lemma_ == "include"


def _changed_state(doc, cs: CountSpan, ws: int):
    """The casualty word of "three of the wounded died in hospital": the count is the subject of
    a verb of another kind than the group it is taken from, so they are new deaths. Returns the
    group's word (the wounded), or None."""
    if cs.end + 2 >= len(doc) or doc[cs.end].lower_ != "of" or doc[cs.end + 1].lower_ != "the":
        return None
    group, verb = doc[cs.end + 2], doc[ws]
    if group.i == ws or group.lower_ not in cues("part_nouns") or verb.pos_ != "VERB":
        return None
    subject = doc[cs.end - 1]
    return group if subject.head.i == verb.i and subject.dep_ in ("nsubj", "nsubjpass") else None


def _of_owner(doc, cs: CountSpan) -> bool:
    """The count of whom the victims belong to: "one" in "seven members of one family"."""
    noun = doc[cs.end - 1].head
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "nummod" for c in noun.head.head.children)


def _is_subset(doc, cs: CountSpan) -> bool:
    """A count inside the phrase of a larger one: "nine people, two of them civilians",
    "12 people, including five policemen"."""
    nxt = [t.lower_ for t in doc[cs.end:cs.end + 2]]
    if nxt and nxt[0] == "of" and nxt[1:] and nxt[1] in ("them", "whom", "which"):
        return True
    before = " ".join(t.lower_ for t in doc[max(doc[cs.start].sent.start, cs.start - 2):cs.start])
    return any(before == w or before.endswith(" " + w) for w in cues("subset_before"))


def _claim_for(tok, speakers) -> tuple[str | None, str | None]:
    for scope, text, iso3 in speakers:
        t, steps = tok, 0
        while steps < 20:
            if t.i == scope.i:
                return text, iso3
            if t.head.i == t.i:
                break
            t, steps = t.head, steps + 1
    return None, None


_STAND = cues("toll_rise") | {"stand", "be"}


def _toll_count(word, counts: list[CountSpan], used: set[int]) -> CountSpan | None:
    """The count a toll noun is said to have reached: "the death toll ... rose to 95",
    "the toll stands at 14" (however long the phrase between them)."""
    if word.pos_ not in ("NOUN", "PROPN") or word.dep_ not in ("nsubj", "nsubjpass") or word.head.lemma_ not in _STAND:
        return None
    verb = word.head
    for cs in counts:
        if id(cs) in used or cs.start <= verb.i:
            continue
        tok = word.doc[cs.start]
        steps, t = 0, tok
        while t.head.i != t.i and steps < 4 and t.i != verb.i:
            t, steps = t.head, steps + 1
        if t.i == verb.i:
            return cs
    return None


def sets_toll(tok) -> bool:
    """A toll noun that a verb sets ("bringing the death toll to six", "later put the toll at 12")."""
    return tok.dep_ == "dobj" and tok.lemma_ in cues("toll_nouns") and tok.head.lemma_ in cues("toll_set")


def _toll_noun(word):
    """The noun a toll is said of: "the death toll" itself, and for "the number of people
    killed ... has risen to nine" the number (its "killed" only describes whom it counts)."""
    if word.dep_ != "acl":
        return word
    head = word.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ in cues("toll_nouns"):
        return head.head.head
    return head if head.lemma_ in cues("toll_nouns") else word


_ONE = ("a", "an", "another", "the", "his", "her", "their", "its")


def _single_victim(word, active: bool) -> CountSpan | None:
    """"a teenager was shot dead", "killing the driver": one person."""
    role = "dobj" if active else "nsubjpass"
    person = next((c for c in word.children if c.dep_ == role and c.tag_ == "NNP" and c.ent_type_ == "PERSON"), None)
    if person is not None:  # "Yousef Abu Samra, a camera operator, was killed": a named person
        start = person.i
        while start > 0 and person.doc[start - 1].ent_type_ == "PERSON" and person.doc[start].ent_iob_ != "B":
            start -= 1
        named = 1 + sum(1 for c in person.conjuncts if c.ent_type_ == "PERSON")  # "A and B were killed"
        return CountSpan(start, person.i + 1, Count(named, "exact", person.doc[start:person.i + 1].text))
    noun = next((c for c in word.children if c.dep_ == role and c.tag_ == "NN"), None)
    if noun is None or noun.lower_ in cues("quantity_nouns") or \
            not any(d.dep_ in ("det", "poss") and d.lower_ in _ONE for d in noun.children):
        return None
    return CountSpan(noun.left_edge.i, noun.i + 1, Count(1, "exact", noun.doc[noun.left_edge.i:noun.i + 1].text))


def _counts_things(doc, cs: CountSpan) -> bool:
    """"three rifles and a quantity of ammunition were seized": the count is of things, not people."""
    last = doc[cs.end - 1]
    noun = last if last.pos_ in ("NOUN", "PROPN") else last.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in cues("thing_nouns")


def _plain_object(between: Span) -> bool:
    return not any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ".") for t in between)


def _and_others(doc, we: int, cs: CountSpan) -> CountSpan:
    """"a cleric and seventeen other worshippers" is eighteen people; so is "seventeen worshippers
    and a cleric"."""
    between = doc[we:cs.start]
    nxt = doc[cs.end].lower_ if cs.end < len(doc) else ""
    one_more = Count(cs.count.value + 1, cs.count.qualifier, cs.count.text)
    if nxt in ("other", "others") and any(t.lower_ == "and" for t in between) and \
            any(t.lower_ in ("a", "an") for t in between):
        return CountSpan(cs.start, cs.end, one_more)
    j = cs.end  # the counted noun ("two Afghan soldiers"), then "and a <person>"
    while j < min(len(doc) - 1, cs.end + 2) and doc[j].tag_ != "NNS" and doc[j].pos_ in ("ADJ", "PROPN"):
        j += 1
    if j + 3 < len(doc) and doc[j].tag_ == "NNS" and doc[j + 1].lower_ == "and" and \
            doc[j + 2].lower_ in ("a", "an") and doc[j + 3].is_alpha and doc[j + 3].pos_ in ("NOUN", "ADJ", "PROPN") \
            and doc[j + 3].lower_ not in ("unknown", "other") \
            and not any(t.lower_ == "of" or t.lower_ in cues("quantity_nouns") for t in doc[j + 3:j + 6]):
        return CountSpan(cs.start, cs.end, one_more)
    return cs


def _new_clause(between: Span) -> bool:
    """"shot down two others, and the wounded were flown ...": a count before a comma and a
    conjunction belongs to the clause before."""
    return any(t.text in (",", ";") and t.i + 1 < between.end and between.doc[t.i + 1].dep_ == "cc"
               for t in between)


def _found_dead(tok, word) -> bool:
    """"were brought in dead", "were found dead": the verb the state of death hangs on."""
    return word.lower_ == "dead" and word.head.i == tok.i and tok.lemma_.lower() in cues("found_dead_verbs")


def _in_relative(tok, start: int, end: int) -> bool:
    """A verb inside a clause that only describes the victims ("one man who tried to resist
    was shot dead"), or an adjectival participle."""
    if tok.dep_ in ("amod", "acl", "relcl", "xcomp"):
        return True
    if tok.tag_ == "VBG" and start <= tok.i - 1 and tok.i <= start + 3 and tok.doc[tok.i - 1].pos_ == "NOUN":
        return True  # "four herders grazing their cattle nearby were killed" (however it is parsed)
    t, steps = tok, 0
    while t.head.i != t.i and steps < 4:
        if t.dep_ in ("relcl", "acl") and start <= t.head.i < end + 1:
            return True
        t, steps = t.head, steps + 1
    return False


def find_casualties(nlp, sent: Span, base: int, actors: list[ActorMention],
                    previous_claimant: tuple[str | None, str | None] = (None, None)) -> list[CasualtyMention]:
    doc = sent.doc
    words = matchers.casualty_words(nlp)(sent)
    counts = find_counts(sent)
    speakers = _speakers(nlp, sent, previous_claimant)
    used: set[int] = set()
    out: list[CasualtyMention] = []
    groups = {g.i for ws, _, _ in words for cs in counts if (g := _changed_state(doc, cs, ws)) is not None}
    words = [w for w in words if w[0] not in groups]  # "the wounded" of "three of the wounded died" is no toll
    for ws, we, term in words:
        picked: list[CountSpan] = []
        verb = doc[ws]
        claimed_by, claimed_country = _claim_for(verb, speakers)
        each_side = claimed_by is not None and claimed_by.lower() in _EACH_SIDE
        if term.extra and term.extra[0] == "count-after" and (
                not [c for c in counts if 0 <= c.start - we <= 1] or _side(claimed_by, claimed_country) is None):
            continue  # "Azerbaijan said it lost 50" is a toll; "lost control", "a witness who lost three" are not
        # "killing 12 people" takes its victims after it; "eight people lost their lives" before
        active = verb.pos_ == "VERB" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) \
            and doc[we - 1].lower_ not in ("life", "lives") and verb.lemma_ not in cues("intransitive") \
            and not (verb.tag_ == "VBN" and any(c.dep_ == "nsubj" and c.i < verb.i and c.like_num
                                                for c in verb.children))  # "6 killed, 24 injured": a passive left short
        later_words = [x[0] for x in words if x[0] >= we]
        after = [c for c in counts if c.start >= we and c.start - we <= 4 and id(c) not in used
                 and not any(w < c.start for w in later_words)]  # "killing the driver and wounding two"
        if active and not after:  # "killing a prominent cleric and seventeen other worshippers"
            after = [c for c in counts if c.start >= we and c.start - we <= 9
                     and id(c) not in used and _plain_object(doc[we:c.start])]
        if active:
            after = [_and_others(doc, we, c) for c in after]
        if active and after:  # "a war that killed more than 6,600 people"
            counts_before: list[CountSpan] = []
        else:
            counts_before = [c for c in counts if c.end <= ws and id(c) not in used]
        # the toll as subject of a verb of change: "the death toll from ... has risen to 14"
        toll_word = _toll_noun(doc[ws:we].root)
        toll = _toll_count(toll_word, counts, used)
        if toll is not None:
            counts_before, after = [], [toll]
        elif term.extra and term.extra[0] == "toll":
            counts_before, after = [], [c for c in after if c.start - we <= 2]  # "a toll of 14"
        # counts before the word: "49 Armenian and 50 Azerbaijani soldiers were killed"
        reach = 9  # how far before the word (or the count picked after it) a count may stand
        edge = ws
        for cs in reversed(counts_before):
            if _is_subset(doc, cs) or _of_owner(doc, cs):
                reach += cs.end - cs.start + 3  # "nine people, two of them civilians, were killed" counts nine
                continue  # and "seven members of one family" counts seven
            between = doc[cs.end:edge]
            if edge - cs.end > reach or _new_clause(between) or any(
                    t.pos_ == "VERB" and t.lower_ != "including" and t.i not in groups and not _in_relative(t, cs.end, ws)
                    and not _found_dead(t, verb) for t in between) \
                    or any(x[0] < ws and x[0] >= cs.end for x in words if x[0] != ws):
                break
            used.add(id(cs))
            picked.insert(0, _and_others(doc, we, cs))  # "two soldiers and a civilian had died"
            edge = cs.start  # "six soldiers and four Arakan Army fighters had been brought in dead": both
            if not any(t.lower_ == "and" for t in doc[max(sent.start, cs.start - 4):cs.start]):
                break
        # or after it: "killing 12 people", "the death toll rose to 100 from 59"
        if not picked and after and (active or toll is not None or (
                verb.pos_ != "VERB" and (after[0].start == we or doc[we].lower_ in ("of", "at", "to", ":")))):
            picked = [after[0]]  # "killing 12 people", "deaths of 12" (not "the death and 12 others")
        if not picked and term.label in ("killed", "injured", "abducted", "missing"):
            one = _single_victim(verb, active)
            if one is not None:  # "a teenager was shot dead", "killing a policeman"
                picked = [one]
        for cs in picked:
            used.add(id(cs))
            if _is_part(doc, cs, ws, we) or _counts_things(doc, cs):
                continue
            later = [c.start for c in counts if c.start >= cs.end]
            victim = _victim(doc, cs, actors, later[0] if later else sent.end)
            if term.extra and term.extra[0] == "count-after":  # "Azerbaijan said it lost 50": its own losses
                victim = (claimed_country, _side(claimed_by, claimed_country) or "unknown")
            if victim is None and out:
                victim = (out[-1].victim_country, out[-1].victim_category)
            vcountry, vcat = victim or (None, "unknown")
            is_update = any(t.lower_ in cues("update_words") for t in doc[max(sent.start, cs.start - 4):cs.start]) \
                or (toll is not None and toll_word.head.lemma_ in cues("toll_rise")) \
                or sets_toll(toll_word) \
                or (term.extra and term.extra[0] == "toll" and any(t.lemma_ in cues("toll_set") for t in doc[ws:we]))
            lo, hi = min(cs.start, ws), max(cs.end, we)
            span = doc[lo:hi]
            out.append(CasualtyMention(
                kind=term.label, count=cs.count, start=base + span.start_char, end=base + span.end_char,
                victim_country=vcountry, victim_category=vcat,
                claimed_by=claimed_by, claimed_by_country=vcountry if each_side else claimed_country,
                is_update=is_update, enemy_claim=_enemy_claim(claimed_by, claimed_country, vcat, each_side)))
    first = min((c.start for c in counts), default=sent.end)
    if any(t.lower_ in cues("update_words") for t in doc[sent.start:first]):
        # "Update 11.40: the governor now says 9 people were killed and 31 injured": every count of it
        out = [replace(c, is_update=True) if not c.is_update else c for c in out]
    return out
