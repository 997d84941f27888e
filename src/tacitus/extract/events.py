"""Clauses -> ACLED events: one per day x location x actor pair, tactics merged by hierarchy.

Confidence (0-1) is the share of the evidence an ACLED coder wants that the text supplied:
0.35 for a violent or disorder trigger, +0.15 for a date stated in the clause (not inherited),
+0.15 for a named first actor, +0.1 for a second actor, +0.1 for a reported count,
+0.1 for a located place, +0.05 for each further clause supporting the event (max 0.15).
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from .. import taxonomy
from ..models import Actor, Casualty, Event, Evidence, Location
from .actors import ActorMention
from .casualties import CasualtyMention
from .clauses import Clause, Trigger, country_name
from .dates import DateMention
from .notes import write_notes

VIOLENT_ROLES = {"@violence", "@capture", "@intervention"}


@dataclass
class DayGroup:
    date: date
    precision: int
    background: bool
    clauses: list[Clause] = field(default_factory=list)
    date_evidence: list[tuple[int, int, str]] = field(default_factory=list)


def _span(text: str, field_name: str, start: int, end: int) -> Evidence:
    return Evidence(field=field_name, start=start, end=end, text=text[start:end])


def group_by_day(clauses: list[Clause], published: date) -> list[DayGroup]:
    """Clauses that report violence or disorder, grouped by the day they happened.

    A clause without a date of its own takes the date of the previous dated clause (news keeps
    talking about the same day until it says otherwise), and failing that the publication day.
    """
    groups: dict[tuple[date, bool], DayGroup] = {}
    current: DateMention | None = None
    for c in clauses:
        if c.date is not None:
            current = c.date
        if not c.triggers and not c.casualties:
            continue
        if c.background_year is not None:
            d, prec, ev, bg = c.background_year.date, 3, c.background_year, True
        elif current is not None:
            d, prec, ev, bg = current.date, current.precision, current, False
        else:
            d, prec, ev, bg = published, 1, None, False
        g = groups.setdefault((d, bg), DayGroup(d, prec, bg))
        g.clauses.append(c)
        if ev is not None:
            g.date_evidence.append((ev.start, ev.end, ev.text))
        else:
            g.date_evidence.append((c.start, c.end, ""))
    return list(groups.values())


def _pick_actors(clauses: list[Clause]) -> list[ActorMention]:
    seen: dict[tuple[str, str | None], ActorMention] = {}
    counts: dict[tuple[str, str | None], int] = defaultdict(int)
    for c in clauses:
        for a in c.actors:
            key = (a.name_pattern, a.country)
            seen.setdefault(key, a)
            counts[key] += 1
    return sorted(seen.values(), key=lambda a: (-counts[(a.name_pattern, a.country)], a.start))


def _resolve_label(label: str, armed: list[ActorMention], civilians: list[ActorMention],
                   protesters: list[ActorMention], labels: set[str]) -> str | None:
    if not label.startswith("@"):
        return label
    if label == "@capture":
        if not armed:
            return None
        return "Government regains territory" if armed[0].inter == 1 else "Non-state actor overtakes territory"
    if label == "@intervention":
        return "Protest with intervention" if protesters or "Peaceful protest" in labels else None
    if label == "@violence":
        if protesters and any(a.inter == 1 for a in armed):
            return "Excessive force against protesters"
        if len({(a.name_pattern, a.country) for a in armed}) >= 2:
            return "Armed clash"
        if civilians and armed:
            return "Attack"
        if armed:
            return "Armed clash"
        return None
    return None


def _choose_sub_event(subs: set[str]) -> str | None:
    table = taxonomy.sub_event_types()
    order = taxonomy.merge_precedence()
    valid = [s for s in subs if s in table]
    if not valid:
        return None
    if "Peaceful protest" in valid and ("Protest with intervention" in valid or "Excessive force against protesters" in valid):
        valid.remove("Peaceful protest")
    return min(valid, key=lambda s: (order.index(table[s].event_type), table[s].order))


def reconcile(casualties: list[CasualtyMention], kind: str) -> tuple[int, int, int, int] | None:
    """(ACLED figure, low, best, high) over the reports of one kind of harm.

    Per victim group (nationality x category): a later "rose to" update supersedes earlier
    figures; one claimant's figures keep the last; different claimants give a range whose
    lowest value is ACLED's figure. Groups are then added up.
    """
    rows = [c for c in casualties if c.kind == kind]
    if not rows:
        return None
    by_victim: dict[tuple, list[CasualtyMention]] = defaultdict(list)
    for c in rows:
        by_victim[(c.victim_country, c.victim_category)].append(c)
    low = best = high = 0
    for group in by_victim.values():
        updates = [c for c in group if c.is_update]
        if updates:
            values = [updates[-1].count.value]
        else:
            by_claimant: dict[str | None, int] = {}
            for c in group:
                by_claimant[c.claimed_by_country or c.claimed_by] = c.count.value
            values = list(by_claimant.values())
        low += min(values)
        high += max(values)
        best += sorted(values)[len(values) // 2]
    return low, low, best, high


def _actor_model(a: ActorMention | None, fallback_country: str | None) -> Actor | None:
    if a is None:
        return None
    return Actor(name=a.name(fallback_country), text=a.text, country=a.country or fallback_country,
                 inter=a.inter, role=None)


def build_event(g: DayGroup, text: str, doc_id: str) -> Event | None:
    clauses = g.clauses
    actors = _pick_actors(clauses)
    armed = [a for a in actors if a.inter in (1, 2, 3, 4, 8)]
    civilians = [a for a in actors if a.inter == 7]
    protesters = [a for a in actors if a.inter in (5, 6)]
    triggers: list[Trigger] = [t for c in clauses for t in c.triggers]
    labels = {t.label for t in triggers}
    resolved = {t: _resolve_label(t.label, armed, civilians, protesters, labels) for t in triggers}
    sub = _choose_sub_event({s for s in resolved.values() if s})
    if sub is None:
        return None
    info = taxonomy.sub_event_types()[sub]
    casualties = [c for cl in clauses for c in cl.casualties]
    places = [p for cl in clauses for p in cl.places]
    loc_iso = places[0][0] if places else next(
        (c.victim_country for c in casualties if c.victim_country), None) or (armed[-1].country if armed else None)

    # actors: for violence against civilians the victim is always actor2
    if info.event_type == "Violence against civilians":
        a1, a2 = (armed[0] if armed else None), (civilians[0] if civilians else None)
    elif info.event_type in ("Protests", "Riots"):
        a1 = protesters[0] if protesters else None
        a2 = next((a for a in armed if a.inter == 1), None) if sub != "Peaceful protest" else None
    else:
        a1 = armed[0] if armed else None
        a2 = next((a for a in armed[1:] if (a.name_pattern, a.country) != (a1.name_pattern, a1.country)), None) if a1 else None
        if a2 is None and civilians and info.event_type != "Battles":
            a2 = civilians[0]
    actor1, actor2 = _actor_model(a1, loc_iso), _actor_model(a2, loc_iso)
    if actor1 is None and actor2 is None and not casualties:
        return None

    killed = reconcile(casualties, "killed") or (0, 0, 0, 0)
    injured = reconcile(casualties, "injured")
    weapons = sorted({t.weapon for t in triggers if t.weapon} | {w[0] for c in clauses for w in c.weapons})
    key_trigger = next(t for t in triggers if resolved[t] == sub)

    evidence = [_span(text, "event_type", key_trigger.start, key_trigger.end)]
    ds, de, dtext = g.date_evidence[0]
    evidence.append(_span(text, "event_date", ds, de))
    for fname, a in (("actor1", a1), ("actor2", a2)):
        if a is not None:
            evidence.append(_span(text, fname, a.start, a.end))
    for c in casualties:
        if c.kind == "killed":
            evidence.append(_span(text, "fatalities", c.start, c.end))
    location = None
    if loc_iso:
        place = places[0] if places else None
        location = Location(name=country_name(loc_iso) or loc_iso, country=country_name(loc_iso), iso3=loc_iso,
                            geo_precision=3, text=place[3] if place else (country_name(loc_iso) or loc_iso))
        if place:
            evidence.append(_span(text, "location", place[1], place[2]))

    cas_models = [Casualty(kind=c.kind, count=c.count.value, count_text=c.count.text, qualifier=c.count.qualifier,
                           victim_country=c.victim_country, victim_category=c.victim_category,
                           claimed_by=c.claimed_by, claimed_by_country=c.claimed_by_country,
                           evidence=_span(text, "casualty", c.start, c.end)) for c in casualties]
    inter = taxonomy.interaction_code(actor1.inter if actor1 else None, actor2.inter if actor2 else None)
    stated_date = any(t for _, _, t in g.date_evidence)
    confidence = 0.35 + 0.15 * stated_date + 0.15 * (actor1 is not None) + 0.1 * (actor2 is not None) \
        + 0.1 * bool(casualties) + 0.1 * bool(places) + min(0.15, 0.05 * (len(clauses) - 1))
    ident = "|".join([doc_id, g.date.isoformat(), sub, actor1.name if actor1 else "", actor2.name if actor2 else "",
                      loc_iso or ""])
    event = Event(
        event_id=f"{loc_iso or 'XXX'}-{hashlib.sha1(ident.encode()).hexdigest()[:10]}",
        event_date=g.date.isoformat(), time_precision=g.precision, disorder_type=info.disorder_type,
        event_type=info.event_type, sub_event_type=sub, actor1=actor1, actor2=actor2, interaction=inter,
        civilian_targeting=info.event_type == "Violence against civilians",
        location=location, fatalities=killed[0], fatalities_low=killed[1], fatalities_best=killed[2],
        fatalities_high=killed[3], injuries=injured[0] if injured else None, casualties=cas_models,
        weapons=weapons, evidence=evidence, confidence=round(min(confidence, 0.95), 2))
    event.notes = write_notes(event)
    return event
