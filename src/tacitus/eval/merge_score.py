"""Scoring merging across sources: pairwise precision and recall of same-event links.

Each gold report lists the events it tells with the story-wide event they belong to. A
predicted event of a report is aligned to one of them (dates within a day, places within
50 km, or the named region); two predicted events linked into one merged event are a true
link when they align to the same gold event. Recall counts every gold pair, so an event the
extractor missed costs recall here too (``aligned`` says how many were found at all).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import combinations

from ..merging import Mention, cluster, km_between
from ..models import Event, Result
from .gold import GoldDocument, GoldMention

ALIGN_KM = 50


@dataclass
class MergeReport:
    reports: int
    gold_events: int  # (report, event) pairs in the gold
    aligned: int  # of those, found by the extractor
    predicted: int  # events extracted from the reports
    merged: int  # merged events they became
    gold_links: int
    predicted_links: int
    true_links: int

    @property
    def precision(self) -> float:
        return self.true_links / self.predicted_links if self.predicted_links else 1.0

    @property
    def recall(self) -> float:
        return self.true_links / self.gold_links if self.gold_links else 1.0

    def as_dict(self) -> dict:
        return {**self.__dict__, "precision": round(self.precision, 4), "recall": round(self.recall, 4)}


def _fits(g: GoldMention, e: Event) -> float | None:
    """How far ``e`` is from the gold mention (lower is closer), or None when it is not it."""
    if g.event_date:
        gap = abs((date.fromisoformat(g.event_date) - date.fromisoformat(e.event_date)).days)
        if gap > (1 if e.time_precision == 1 else 31):
            return None
    loc = e.location
    if loc is None:
        return None
    if g.latitude is not None and loc.latitude is not None:
        km = km_between(g.latitude, g.longitude, loc.latitude, loc.longitude)
        return km if km <= ALIGN_KM else None
    if g.location and g.location.casefold() in {(loc.name or "").casefold(), (loc.admin1 or "").casefold()}:
        return 0.0
    return None


def align(gold: list[GoldMention], events: list[Event]) -> dict[int, int]:
    """Gold index -> predicted index, closest first, each used once."""
    options = sorted((d, gi, ei) for gi, g in enumerate(gold) for ei, e in enumerate(events)
                     if (d := _fits(g, e)) is not None)
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, ei in options:
        if gi not in out and ei not in used:
            out[gi] = ei
            used.add(ei)
    return out


def score_merge(docs: list[GoldDocument], results: list[Result]) -> MergeReport:
    mentions: list[Mention] = []
    label: dict[int, str] = {}  # mention index -> gold event
    gold_at: list[tuple[str, int | None]] = []  # every gold (report, event): its cluster and mention index
    for doc, result in zip(docs, results):
        first = len(mentions)
        for order, ev in enumerate(result.events):
            mentions.append(Mention(event=ev, document_id=result.document.id, outlet=doc.source or doc.id or "?",
                                    published=result.document.published, order=first + order))
        gold = doc.gold.clusters or []
        found = align(gold, result.events)
        for gi, g in enumerate(gold):
            mi = first + found[gi] if gi in found else None
            gold_at.append((g.cluster, mi))
            if mi is not None:
                label[mi] = g.cluster
    groups = cluster(mentions)
    group_of = {m: n for n, g in enumerate(groups) for m in g}
    predicted_links = sum(len(g) * (len(g) - 1) // 2 for g in groups)
    true_links = sum(1 for g in groups for a, b in combinations(g, 2) if a in label and label.get(a) == label.get(b))
    gold_links = sum(1 for (ca, _), (cb, _) in combinations(gold_at, 2) if ca == cb)
    return MergeReport(
        reports=len(docs), gold_events=len(gold_at), aligned=sum(1 for _, m in gold_at if m is not None),
        predicted=len(mentions), merged=len(groups), gold_links=gold_links, predicted_links=predicted_links,
        true_links=true_links)
