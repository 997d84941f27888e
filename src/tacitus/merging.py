"""Merging reports of one event from many documents into one event.

Pure functions over ``Event`` models; the store applies them as documents arrive, and
``tacitus eval --merge`` scores them against gold clusters. The thresholds and the families of
compatible event types live in ``data/merge/rules.json``.

Two reports are the same event when (all of):
- they come from different documents (one document's events are distinct by construction);
- they are in the same country;
- their dates agree: the same day; or within the window of the vaguer one's time precision
  (a week for "last week", a month for "earlier this month"); or one day apart when both are
  placed within ``max_km`` of each other and share the event type (overnight events, time zones);
- their places agree: within ``max_km``; or, when either is only known to a region
  (geo_precision 3), the same admin1;
- their event types are in one family (an airstrike one outlet calls "fighting" is still the
  same incident; a protest never merges with a shelling);
- their actors do not contradict: one side named alike in both (an "unidentified armed group"
  may be the group another outlet names), and the other sides, where both reports have one,
  of one family of inter codes (state forces, armed groups, crowds, civilians).

A merged event takes its date from its most precise report, its place from its most precise
place, its type and actors from the most common type, and its figures by ACLED's rule: each
outlet's latest figure replaces that outlet's earlier ones, and the event carries the lowest of
the outlets' figures (``fatalities_low/best/high`` span them).
"""
from __future__ import annotations

import json
import math
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from .extract.notes import write_notes
from .models import Actor, Event, MergedEvent, Report


@cache
def rules() -> dict:
    return json.loads(resources.files("tacitus.data.merge").joinpath("rules.json").read_text("utf-8"))


@dataclass(frozen=True)
class Mention:
    """One document's account of one event, with where it came from."""

    event: Event
    document_id: str
    outlet: str
    published: str | None = None
    url: str | None = None
    title: str | None = None
    order: int = 0  # arrival order: breaks ties between reports of one outlet with the same date


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _close(a: Event, b: Event) -> bool:
    la, lb = a.location, b.location
    if la is None or lb is None or la.latitude is None or lb.latitude is None:
        return False
    return km_between(la.latitude, la.longitude, lb.latitude, lb.longitude) <= rules()["max_km"]


def places_agree(a: Event, b: Event) -> bool:
    la, lb = a.location, b.location
    if la is None or lb is None or not la.iso3 or la.iso3 != lb.iso3:
        return False
    if max(la.geo_precision, lb.geo_precision) >= 3:
        return bool(la.admin1) and la.admin1 == lb.admin1
    return _close(a, b)


def dates_agree(a: Event, b: Event) -> bool:
    gap = abs((date.fromisoformat(a.event_date) - date.fromisoformat(b.event_date)).days)
    window = rules()["date_window_days"][str(max(a.time_precision, b.time_precision))]
    if gap <= window:
        return True
    return gap == 1 and a.event_type == b.event_type and _close(a, b)


def types_agree(a: Event, b: Event) -> bool:
    families = rules()["type_families"]
    return families[a.event_type] == families[b.event_type]


def _same_actor(x: Actor, y: Actor) -> bool:
    if x.name == y.name:
        return True
    vague, named = rules()["unidentified_inters"], rules()["unidentified_matches_inters"]
    for p, q in ((x, y), (y, x)):
        if p.name.startswith("Unidentified") and p.inter in vague and q.inter in named:
            return p.country is None or q.country is None or p.country == q.country
    return False


def _family(actor: Actor) -> str:
    return rules()["inter_families"][str(actor.inter)]


def actors_agree(a: Event, b: Event) -> bool:
    sa = [x for x in (a.actor1, a.actor2) if x is not None]
    sb = [y for y in (b.actor1, b.actor2) if y is not None]
    if not sa or not sb:
        return True
    for x in sa:
        for y in sb:
            if not _same_actor(x, y):
                continue
            other_a = [z for z in sa if z is not x]
            other_b = [z for z in sb if z is not y]
            if not other_a or not other_b or _family(other_a[0]) == _family(other_b[0]):
                return True
    return False


def same_event(a: Event, b: Event) -> bool:
    """Whether two reports (from different documents) describe one event; see the module doc."""
    return places_agree(a, b) and dates_agree(a, b) and types_agree(a, b) and actors_agree(a, b)


def closeness(a: Event, b: Event) -> tuple:
    """Sort key among several matching events: the nearest in days, then in kilometres."""
    gap = abs((date.fromisoformat(a.event_date) - date.fromisoformat(b.event_date)).days)
    la, lb = a.location, b.location
    km = (km_between(la.latitude, la.longitude, lb.latitude, lb.longitude)
          if la and lb and la.latitude is not None and lb.latitude is not None else 1e9)
    return (gap, a.event_type != b.event_type, km)


def best_match(event: Event, document_id: str, clusters: Sequence[tuple[object, Event, set[str]]]):
    """The key of the cluster ``event`` joins, or None. ``clusters``: (key, merged event, its document ids)."""
    fits = [(closeness(event, merged), i) for i, (key, merged, docs) in enumerate(clusters)
            if document_id not in docs and same_event(event, merged)]
    return clusters[min(fits)[1]][0] if fits else None


def cluster(mentions: Sequence[Mention]) -> list[list[int]]:
    """Group mentions into events, in arrival order (as the store does). Returns index lists."""
    groups: list[list[int]] = []
    merged: list[Event] = []
    for i, m in enumerate(mentions):
        key = best_match(m.event, m.document_id,
                         [(g, merged[g], {mentions[k].document_id for k in groups[g]}) for g in range(len(groups))])
        if key is None:
            groups.append([i])
            merged.append(m.event)
        else:
            groups[key].append(i)
            merged[key] = merge([mentions[k] for k in groups[key]], event_id=merged[key].event_id)
    return groups


def _latest_per_outlet(mentions: Sequence[Mention], value) -> list[tuple[Mention, int]]:
    """Each outlet's most recent figure (a later report from an outlet supersedes its earlier one)."""
    latest: dict[str, tuple[tuple, Mention, int]] = {}
    for m in mentions:
        v = value(m.event)
        if v is None:
            continue
        key = (m.published or "", m.order)
        if m.outlet not in latest or key >= latest[m.outlet][0]:
            latest[m.outlet] = (key, m, v)
    return [(m, v) for _, m, v in latest.values()]


def _figures(mentions: Sequence[Mention]) -> dict[str, int | None]:
    killed = _latest_per_outlet(mentions, lambda e: e.fatalities or None)
    if killed:
        lows = [m.event.fatalities_low or v for m, v in killed]
        highs = [max(m.event.fatalities_high, v) for m, v in killed]
        bests = [m.event.fatalities_best or v for m, v in killed]
        out = {"fatalities": min(v for _, v in killed), "fatalities_low": min(lows),
               "fatalities_best": int(statistics.median_low(bests)), "fatalities_high": max(highs)}
    else:
        out = {"fatalities": 0, "fatalities_low": 0, "fatalities_best": 0, "fatalities_high": 0}
    hurt = _latest_per_outlet(mentions, lambda e: e.injuries)
    out["injuries"] = min(v for _, v in hurt) if hurt else None
    return out


def _most_common(values: list, tie_break: list) -> object:
    counts = Counter(values)
    top = max(counts.values())
    return next(v for v in tie_break if counts[v] == top)


def merge(mentions: Sequence[Mention], event_id: str | None = None) -> MergedEvent:
    """One event from the mentions of it (see the module doc for which report gives what)."""
    by_confidence = sorted(mentions, key=lambda m: (-m.event.confidence, m.order))
    kinds = [(m.event.event_type, m.event.sub_event_type) for m in by_confidence]
    kind = _most_common(kinds, kinds)
    lead = next(m for m in by_confidence if (m.event.event_type, m.event.sub_event_type) == kind)
    dated = sorted(mentions, key=lambda m: (m.event.time_precision, m.order))
    precise = [m for m in dated if m.event.time_precision == dated[0].event.time_precision]
    when = _most_common([m.event.event_date for m in precise], sorted(m.event.event_date for m in precise))
    placed = sorted((m for m in mentions if m.event.location), key=lambda m: (m.event.location.geo_precision, m.order))
    where = None
    if placed:
        top = [m for m in placed if m.event.location.geo_precision == placed[0].event.location.geo_precision]
        name = _most_common([m.event.location.name for m in top], [m.event.location.name for m in by_confidence
                                                                    if m in top])
        where = next(m.event.location for m in top if m.event.location.name == name)
    figures = _figures(mentions)
    miss = 1.0
    for m in mentions:
        miss *= 1.0 - m.event.confidence
    sources, seen = [], set()
    for m in sorted(mentions, key=lambda m: m.order):
        for s in m.event.sources:
            if s.document_id not in seen:
                seen.add(s.document_id)
                sources.append(s)
    reports = [Report(document_id=m.document_id, outlet=m.outlet, url=m.url, title=m.title, published=m.published,
                      event_id=m.event.event_id, event_date=m.event.event_date, fatalities=m.event.fatalities,
                      injuries=m.event.injuries, evidence=m.event.evidence)
               for m in sorted(mentions, key=lambda m: m.order)]
    merged = MergedEvent(
        **{**lead.event.model_dump(exclude={"sources", "evidence", "notes", "confidence", "weapons", "event_id",
                                            "event_date", "time_precision", "location"}),
           **figures},
        event_id=event_id or lead.event.event_id,
        event_date=when, time_precision=precise[0].event.time_precision,
        location=where.model_dump() if where else None,
        weapons=sorted({w for m in mentions for w in m.event.weapons}),
        sources=[s.model_dump() for s in sources], evidence=[e.model_dump() for e in lead.event.evidence],
        notes=lead.event.notes, confidence=round(min(0.99, 1.0 - miss), 3),
        mention_count=len(mentions), reports=[r.model_dump() for r in reports],
    )
    if len(mentions) > 1:  # the notes say what the merged event says, and from how many reports
        span = (f"{figures['fatalities_low']}-{figures['fatalities_high']}"
                if figures["fatalities_low"] != figures["fatalities_high"] else str(figures["fatalities"]))
        merged.notes = f"{write_notes(merged)} [{len(mentions)} reports; fatalities reported: {span}]"
    return merged
