"""Matching predicted events to gold events and the metrics of SPEC §4. Pure functions.

A predicted event may match a gold event when their dates are at most one day apart (or the
gold date is null). Among candidate pairs, the best-agreeing are matched first (greedy on a
score: date, type, sub-type, country, place, actors), each event at most once.

Interactions (PLOVER) are scored as (type, actor, recipient) triples, a multiset per document:
precision and recall over the documents whose gold lists them. An actor is its country, or
the name of the organisation or armed group it is (aliases from our lexicons: "UN" is "United
Nations", "M23" is "M23: March 23 Movement").
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from ..extract.lexicon import countries, organisations, read_rows, split_alts
from ..extract.plover_actors import side_code
from ..models import Actor, Event, Interaction
from .gold import GoldEvent, GoldInteraction

FIELDS = ("event_date", "event_type", "sub_event_type", "country", "admin1", "location_25km", "location_50km",
          "fatalities", "injuries", "actor_countries", "actor_inters")


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(min(1.0, math.sqrt(a)))


def _days_apart(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def _norm(s: str | None) -> str:
    return (s or "").strip().lower()


def same_admin1(predicted: str | None, gold: str, iso3: str | None) -> bool:
    """The same first-level division, under any of its names ("Idleb" and "Idlib")."""
    if not predicted:
        return False
    if _norm(predicted) == _norm(gold):
        return True
    from ..geo.gazetteer import load

    gaz = load()
    codes = {(a.iso3, a.code) for a in gaz.lookup_admin1(predicted) if iso3 in (None, a.iso3)}
    return bool(codes & {(a.iso3, a.code) for a in gaz.lookup_admin1(gold)})


def field_checks(p: Event, g: GoldEvent) -> dict[str, bool]:
    """For each scored field whose gold value is given: is the prediction right?"""
    out: dict[str, bool] = {}
    loc = p.location
    if g.event_date:
        out["event_date"] = p.event_date == g.event_date
    if g.event_type:
        out["event_type"] = p.event_type == g.event_type
    if g.sub_event_type:
        out["sub_event_type"] = p.sub_event_type == g.sub_event_type
    if g.country:
        out["country"] = bool(loc and loc.iso3 == g.country)
    if g.admin1:
        out["admin1"] = bool(loc and same_admin1(loc.admin1, g.admin1, g.country or loc.iso3))
    if g.latitude is not None and g.longitude is not None:
        d = km(loc.latitude, loc.longitude, g.latitude, g.longitude) if loc and loc.latitude is not None else math.inf
        out["location_25km"] = d <= 25
        out["location_50km"] = d <= 50
    if g.fatalities is not None:
        out["fatalities"] = p.fatalities == g.fatalities
    if g.injuries is not None:
        out["injuries"] = (p.injuries or 0) == g.injuries
    gold_c = [c for c in (g.actor1_country, g.actor2_country) if c]
    if gold_c:
        pred_c = [a.country for a in (p.actor1, p.actor2) if a and a.country]
        out["actor_countries"] = not (Counter(gold_c) - Counter(pred_c))
    gold_i = [i for i in (g.actor1_inter, g.actor2_inter) if i]
    if gold_i:
        pred_i = [a.inter for a in (p.actor1, p.actor2) if a]
        both = g.actor1_inter and g.actor2_inter  # one inter left open (null) scores only the other
        out["actor_inters"] = Counter(gold_i) == Counter(pred_i) if both else not Counter(gold_i) - Counter(pred_i)
    return out


def _pair_score(p: Event, g: GoldEvent) -> float | None:
    gap = _days_apart(p.event_date, g.event_date)
    if gap is not None and gap > 1:
        return None
    checks = field_checks(p, g)
    weights = {"event_date": 3, "event_type": 2, "sub_event_type": 1, "country": 1, "admin1": 1,
               "location_25km": 2, "actor_countries": 1, "fatalities": 0.5}
    return sum(w for f, w in weights.items() if checks.get(f))


def match_events(pred: list[Event], gold: list[GoldEvent]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: (predicted index, gold index) pairs."""
    cands = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            s = _pair_score(p, g)
            if s is not None:
                cands.append((s, i, j))
    cands.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs)


@cache
def _aliases() -> dict[str, str]:
    """Organisation and armed-group aliases -> the name tacitus codes them by."""
    out = dict(organisations())
    for names, inter, iso3, name in read_rows("armed_groups.tsv"):
        name = side_code(name, iso3 if len(iso3) == 3 else None, int(inter))  # "Houthis" -> YEM, as in the output
        out.update({alias.lower(): name for alias in split_alts(names)})
        out[name.lower()] = name
    return out


def actor_code(actor: Actor | None) -> str | None:
    """What an interaction's actor is scored as: a named group or organisation by its name, else its country."""
    if actor is None:
        return None
    code = side_code(actor.name, actor.country, actor.inter)
    return _aliases().get(code.lower(), code) if code == actor.name else code


def gold_code(value: str | None) -> str | None:
    if value is None:
        return None
    if value in countries():
        return value
    return _aliases().get(value.lower(), value)


def match_interactions(pred: list[Interaction], gold: list[GoldInteraction]) -> int:
    """How many (type, actor, recipient) triples the prediction shares with the gold (negated ones left out)."""
    have = Counter((i.event_type, actor_code(i.actor), actor_code(i.recipient)) for i in pred if not i.negated)
    want = Counter((g.event_type, gold_code(g.actor), gold_code(g.recipient)) for g in gold)
    return sum((have & want).values())


@dataclass
class DocScore:
    doc_id: str
    n_pred: int
    n_gold: int
    matched: list[tuple[int, int]]
    checks: list[dict[str, bool]]
    negative: bool  # the gold says: no event in this document
    interactions: tuple[int, int, int] | None = None  # predicted, gold, matched (when the gold has them)


@dataclass
class Report:
    docs: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    matched_events: int = 0
    negatives: int = 0
    negatives_with_events: int = 0
    correct: Counter = field(default_factory=Counter)
    scored: Counter = field(default_factory=Counter)
    interactions: Counter = field(default_factory=Counter)  # predicted, gold, matched over annotated documents

    @property
    def precision(self) -> float:
        return self.matched_events / self.predicted_events if self.predicted_events else 0.0

    @property
    def recall(self) -> float:
        return self.matched_events / self.gold_events if self.gold_events else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def interaction_precision(self) -> float:
        i = self.interactions
        return i["matched"] / i["predicted"] if i["predicted"] else 0.0

    @property
    def interaction_recall(self) -> float:
        i = self.interactions
        return i["matched"] / i["gold"] if i["gold"] else 0.0

    def accuracy(self, name: str) -> float | None:
        return self.correct[name] / self.scored[name] if self.scored[name] else None

    def as_dict(self) -> dict:
        return {
            "events": {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)},
            "interactions": {"precision": round(self.interaction_precision, 4),
                             "recall": round(self.interaction_recall, 4), "documents": self.interactions["documents"],
                             "predicted": self.interactions["predicted"], "gold": self.interactions["gold"],
                             "matched": self.interactions["matched"]},
            "accuracy": {f: (None if self.accuracy(f) is None else round(self.accuracy(f), 4)) for f in FIELDS},
            "scored": {f: self.scored[f] for f in FIELDS},
            "counts": {"documents": self.docs, "gold_events": self.gold_events,
                       "predicted_events": self.predicted_events, "matched_events": self.matched_events,
                       "negative_documents": self.negatives, "negatives_with_events": self.negatives_with_events},
        }


def score_document(doc_id: str, pred: list[Event], gold: list[GoldEvent],
                   pred_interactions: list[Interaction] | None = None,
                   gold_interactions: list[GoldInteraction] | None = None) -> DocScore:
    pairs = match_events(pred, gold)
    inter = None
    if gold_interactions is not None:
        shown = [i for i in pred_interactions or [] if not i.negated]
        inter = (len(shown), len(gold_interactions), match_interactions(shown, gold_interactions))
    return DocScore(doc_id, len(pred), len(gold), pairs, [field_checks(pred[i], gold[j]) for i, j in pairs],
                    negative=not gold, interactions=inter)


def summarise(scores: list[DocScore]) -> Report:
    r = Report()
    for s in scores:
        r.docs += 1
        r.gold_events += s.n_gold
        r.predicted_events += s.n_pred
        r.matched_events += len(s.matched)
        if s.negative:
            r.negatives += 1
            r.negatives_with_events += s.n_pred > 0
        if s.interactions is not None:
            r.interactions["documents"] += 1
            for k, v in zip(("predicted", "gold", "matched"), s.interactions):
                r.interactions[k] += v
        for checks in s.checks:
            for f, ok in checks.items():
                r.scored[f] += 1
                r.correct[f] += ok
    return r
