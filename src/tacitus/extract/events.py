"""Clauses -> ACLED events: one per day x location x actor pair, tactics merged by hierarchy.

Grouping. A clause takes the date of its own date words, else of the clause before it (news
keeps talking about the same day until it says otherwise), else the publication day; and the
place it names, else the place named just before when it points back ("in his region",
"there"), else none (the country as a whole). Clauses without a place join the day's one placed
event, unless they report a larger toll for the same victims: then they are the national
report and the placed one is its regional part (see ``reconcile``).

Confidence (0-1) is the share of the evidence an ACLED coder wants that the text supplied:
0.35 for a violent or disorder trigger, +0.15 for a date stated in the clause (not inherited),
+0.15 for a named first actor, +0.1 for a second actor, +0.1 for a reported count,
+0.1 for a located place, +0.05 for each further clause supporting the event (max 0.15).
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from .. import taxonomy
from ..models import Casualty, Event, Evidence, Location
from .actors import ActorMention
from .roles import ARMED, assign_roles, choose_sub_event, pick_actors, resolve_label
from .casualties import CasualtyMention
from .clauses import Clause, Trigger, country_name
from .notes import write_notes
from .places import PlaceMention, ResolvedPlace

Figures = tuple[int, int, int]  # low, best, high
BACKGROUND_AFTER_DAYS = 180  # an action dated this long before publication is context, not news
VictimKey = tuple[str, str | None, str]  # kind, victim country, victim category


@dataclass
class EventGroup:
    date: date
    precision: int
    background: bool
    place: ResolvedPlace | None
    clauses: list[Clause] = field(default_factory=list)
    date_evidence: list[tuple[int, int, str]] = field(default_factory=list)

    def casualties(self) -> list[CasualtyMention]:
        return [c for cl in self.clauses for c in cl.casualties]


def _span(text: str, field_name: str, start: int, end: int) -> Evidence:
    return Evidence(field=field_name, start=start, end=end, text=text[start:end])


def _place_key(p: ResolvedPlace | None) -> str | None:
    if p is None:
        return None
    return str(p.geonameid) if p.geonameid else f"{p.iso3}|{p.name.lower()}"


def group_clauses(clauses: list[Clause], published: date,
                  resolved: dict[PlaceMention, ResolvedPlace | None]) -> list[EventGroup]:
    """Clauses reporting violence or disorder, grouped by day and place (see module docstring)."""
    groups: dict[tuple, EventGroup] = {}
    recent: list[tuple[int, ResolvedPlace]] = []
    dated = [c for c in clauses if c.date is not None]
    first = dated[0] if dated and dated[0].sentence <= 3 else None
    previous: list[Clause] = []  # the dated clauses of the latest sentence that had dates
    for c in clauses:
        if c.date is not None:
            if previous and previous[0].sentence != c.sentence:
                previous = []
            previous.append(c)
            current = c.date
        elif previous:
            current = _inherited(c, previous)
        else:  # a lead without a date: the story's first date close below it, else publication
            current = first.date if first is not None else None
        own = [r for p in c.places if p.locative and (r := resolved.get(p)) is not None and r.specific]
        place = own[0] if own else None
        if place is None and c.anaphoric_place and recent and c.sentence - recent[-1][0] <= 2:
            place = _antecedent(c.anaphoric_place, recent)
        recent.extend((c.sentence, r) for r in own)
        if not c.triggers and not c.casualties:
            continue
        if c.background_year is not None:
            d, prec, ev, bg, place = c.background_year.date, 3, c.background_year, True, None
        elif current is not None and (published - current.date).days > BACKGROUND_AFTER_DAYS:
            d, prec, ev, bg, place = current.date, current.precision, current, True, None
        elif current is not None:
            d, prec, ev, bg = current.date, current.precision, current, False
        else:
            d, prec, ev, bg = published, 1, None, False
        g = groups.setdefault((d, bg, _place_key(place)), EventGroup(d, prec, bg, place))
        g.clauses.append(c)
        g.date_evidence.append((ev.start, ev.end, ev.text) if ev is not None else (c.start, c.end, ""))
    return _merge_unplaced(_merge_nested(list(groups.values())))


_ANAPHOR_FEATURES = {"region": "admin1", "province": "admin1", "state": "admin1", "county": "admin2",
                     "district": "admin2", "town": "populated place", "village": "populated place",
                     "city": "populated place", "camp": "populated place"}


def _antecedent(word: str, recent: list[tuple[int, ResolvedPlace]]) -> ResolvedPlace:
    """The place "his region" / "the town" / "there" points back to: the latest of a fitting kind."""
    want = _ANAPHOR_FEATURES.get(word)
    return next((r for _, r in reversed(recent) if want is None or r.feature == want), recent[-1][1])


def _inherited(c: Clause, previous: list[Clause]):
    """The date an undated clause continues: a toll continues the clause that reported deaths
    ("..., a day after dozens were killed. At least 49 ... were killed"), anything else the
    sentence's main clause ("regained control on Thursday, two days after ... entered")."""
    if c.casualties:
        with_deaths = [p for p in previous if p.casualties]
        if with_deaths:
            return with_deaths[-1].date
    main = [p for p in previous if not any(w in p.date.text.lower() for w in ("after", "before"))]
    return (main or previous)[0].date


def _merge_nested(groups: list[EventGroup]) -> list[EventGroup]:
    """A day's event in a province and one in a town of that province are one event, in the
    town, which takes the province's name as admin1 ("near Gusau in Zamfara state")."""
    out = []
    for g in groups:
        p = g.place
        if p is not None and p.feature == "admin1":
            inner = next((o for o in groups if o is not g and o.date == g.date and o.background == g.background
                          and o.place is not None and o.place.feature != "admin1" and o.place.iso3 == p.iso3
                          and o.place.admin1code == p.admin1code), None)
            if inner is not None:
                inner.clauses = sorted(inner.clauses + g.clauses, key=lambda c: c.start)
                inner.date_evidence += g.date_evidence
                inner.place = replace(inner.place, admin1=p.name)
                continue
        out.append(g)
    for g in out:  # a town named with its province elsewhere in the text keeps that admin1
        if g.place is not None and g.place.feature != "admin1" and g.place.admin1 is None:
            prov = next((o.place for o in groups if o.place is not None and o.place.feature == "admin1"
                         and o.place.iso3 == g.place.iso3 and o.place.admin1code == g.place.admin1code), None)
            if prov is not None:
                g.place = replace(g.place, admin1=prov.name)
    return out


def _merge_unplaced(groups: list[EventGroup]) -> list[EventGroup]:
    """A day's clauses without a place belong to its placed event, unless they carry a larger
    toll for the same victims (a national total of which the placed event is a part)."""
    out = []
    by_day: dict[tuple[date, bool], list[EventGroup]] = defaultdict(list)
    for g in groups:
        by_day[(g.date, g.background)].append(g)
    for day_groups in by_day.values():
        placed = [g for g in day_groups if g.place is not None]
        unplaced = [g for g in day_groups if g.place is None]
        for u in unplaced:
            if not placed:
                out.append(u)
                continue
            target = placed[0]
            mine, theirs = victim_figures(u.casualties()), victim_figures(target.casualties())
            if any(k in theirs and mine[k][0] > theirs[k][0] for k in mine) or (mine and len(placed) > 1):
                out.append(u)  # a national or multi-place total: kept, its parts subtracted later
                continue
            target.clauses = sorted(target.clauses + u.clauses, key=lambda c: c.start)
            target.date_evidence = u.date_evidence + target.date_evidence
        out.extend(placed)
    return out


def victim_figures(casualties: list[CasualtyMention]) -> dict[VictimKey, Figures]:
    """(low, best, high) per kind x victim group over the reports of one event.

    A later "rose to" update supersedes earlier figures; one claimant's figures keep the last;
    different claimants give a range.
    """
    by_victim: dict[VictimKey, list[CasualtyMention]] = defaultdict(list)
    for c in casualties:
        by_victim[(c.kind, c.victim_country, c.victim_category)].append(c)
    # a side's figure for its enemy's dead is only the high end when someone else gave a total
    neutral = {c.kind for c in casualties if c.victim_country is None and c.victim_category == "unknown"
               and not c.enemy_claim}
    out: dict[VictimKey, Figures] = {}
    for key, group in by_victim.items():
        updates = [c for c in group if c.is_update]
        if updates:
            group = [updates[-1]]
        last: dict[str | None, CasualtyMention] = {}  # one claimant's latest figure
        for c in group:
            last[c.claimed_by_country or c.claimed_by] = c
        high = max(c.count.value for c in last.values())
        credible = sorted(c.count.value for c in last.values() if not (c.enemy_claim and key[0] in neutral))
        if not credible:
            out[key] = (0, 0, high)
            continue
        out[key] = (credible[0], credible[len(credible) // 2], high)
    return out


def reconcile(figures: dict[VictimKey, Figures], kind: str,
              counted_elsewhere: dict[VictimKey, Figures] | None = None) -> tuple[int, int, int, int] | None:
    """(ACLED figure, low, best, high) for one kind of harm.

    Groups with a known nationality and category add up; a count whose victims are less
    identified is a total over the groups it covers, so the figure is the larger of the two,
    never their sum: "50 Azerbaijani soldiers" and "Azerbaijan lost 50" are the same 50; "dozens
    were killed" is covered by 49 + 50; "12 soldiers" adds only what the named ones leave out.
    Counts already carried by placed events of the same day (a region's part of a national
    toll) are taken out of the total that covers them.
    """
    rows = {k: v for k, v in figures.items() if k[0] == kind}
    if not rows:
        return None
    covered = {k: v for k, v in (counted_elsewhere or {}).items() if k[0] == kind and _covers(rows, k)}
    totals = [max(0, _total(rows, i) - (_total(covered, i) if covered else 0)) for i in range(3)]
    low, best, high = totals
    return low, low, best, high


def _covers(rows: dict[VictimKey, Figures], key: VictimKey) -> bool:
    kind, country, cat = key
    return any((kind, c, k) in rows for c in (country, None) for k in (cat, "unknown"))


def _total(rows: dict[VictimKey, Figures], i: int) -> int:
    by_country: dict[str, dict[str, int]] = defaultdict(dict)
    for (_, country, cat), v in rows.items():
        by_country[country or ""][cat] = v[i]
    known = 0
    for country, cats in by_country.items():
        if country:
            known += max(sum(v for c, v in cats.items() if c != "unknown"), cats.get("unknown", 0))
    for cat, v in by_country.get("", {}).items():
        if cat != "unknown":
            known += max(0, v - sum(cats.get(cat, 0) for country, cats in by_country.items() if country))
    return max(known, by_country.get("", {}).get("unknown", 0))


def _location_country(g: EventGroup, armed: list[ActorMention]) -> tuple[str | None, PlaceMention | None]:
    if g.place is not None:
        return g.place.iso3, g.place.mention
    countries = [p for c in g.clauses for p in c.places if p.iso3]
    if countries:
        return countries[0].iso3, countries[0]
    victim = next((c.victim_country for c in g.casualties() if c.victim_country), None)
    return victim or (armed[-1].country if armed else None), None


def build_event(g: EventGroup, text: str, doc_id: str,
                counted_elsewhere: dict[VictimKey, Figures] | None = None) -> Event | None:
    clauses = g.clauses
    actors = pick_actors([a for c in clauses for a in c.actors])
    armed = [a for a in actors if a.inter in ARMED]
    civilians = [a for a in actors if a.inter == 7]
    protesters = [a for a in actors if a.inter in (5, 6)]
    triggers: list[Trigger] = [t for c in clauses for t in c.triggers]
    labels = {t.label for t in triggers}
    casualties = g.casualties()
    victims = {c.victim_category for c in casualties if c.kind in ("killed", "injured")}
    resolved = {t: resolve_label(t.label, armed, civilians, protesters, labels, victims, g.background)
                for t in triggers}
    sub = choose_sub_event({s for s in resolved.values() if s})
    if sub is None:
        return None
    info = taxonomy.sub_event_types()[sub]
    loc_iso, loc_mention = _location_country(g, armed)
    actor1, actor2, a1, a2 = assign_roles(info.event_type, sub, actors, victims, loc_iso)
    if actor1 is None and actor2 is None and not casualties:
        return None

    figures = victim_figures(casualties)
    killed = reconcile(figures, "killed", counted_elsewhere) or (0, 0, 0, 0)
    injured = reconcile(figures, "injured", counted_elsewhere)
    weapons = sorted({t.weapon for t in triggers if t.weapon} | {w[0] for c in clauses for w in c.weapons})
    key_trigger = next(t for t in triggers if resolved[t] == sub)

    evidence = [_span(text, "event_type", key_trigger.start, key_trigger.end)]
    ds, de, _ = next((d for d in g.date_evidence if d[2]), g.date_evidence[0])
    evidence.append(_span(text, "event_date", ds, de))
    for fname, a in (("actor1", a1), ("actor2", a2)):
        if a is not None:
            evidence.append(_span(text, fname, a.start, a.end))
    for c in casualties:
        if c.kind == "killed":
            evidence.append(_span(text, "fatalities", c.start, c.end))
    location = _location(g, loc_iso, loc_mention)
    if loc_mention is not None:
        evidence.append(_span(text, "location", loc_mention.start, loc_mention.end))

    cas_models = [Casualty(kind=c.kind, count=c.count.value, count_text=c.count.text, qualifier=c.count.qualifier,
                           victim_country=c.victim_country, victim_category=c.victim_category,
                           claimed_by=c.claimed_by, claimed_by_country=c.claimed_by_country,
                           evidence=_span(text, "casualty", c.start, c.end)) for c in casualties]
    inter = taxonomy.interaction_code(actor1.inter if actor1 else None, actor2.inter if actor2 else None)
    stated_date = any(t for _, _, t in g.date_evidence)
    confidence = 0.35 + 0.15 * stated_date + 0.15 * (actor1 is not None) + 0.1 * (actor2 is not None) \
        + 0.1 * bool(casualties) + 0.1 * (g.place is not None) + min(0.15, 0.05 * (len(clauses) - 1))
    ident = "|".join([doc_id, g.date.isoformat(), sub, actor1.name if actor1 else "", actor2.name if actor2 else "",
                      loc_iso or "", _place_key(g.place) or ""])
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


def _location(g: EventGroup, iso3: str | None, mention: PlaceMention | None) -> Location | None:
    if g.place is not None:
        p = g.place
        precision = 1 if p.feature == "populated place" else 2 if p.feature == "admin2" else 3
        return Location(name=p.name, admin1=p.admin1, country=country_name(p.iso3) or p.iso3, iso3=p.iso3,
                        latitude=p.latitude, longitude=p.longitude, geonameid=p.geonameid,
                        geo_precision=precision, text=p.mention.text)
    if iso3 is None:
        return None
    name = country_name(iso3) or iso3
    return Location(name=name, country=name, iso3=iso3, geo_precision=3, text=mention.text if mention else name)


def build_events(groups: list[EventGroup], text: str, doc_id: str) -> list[tuple[EventGroup, Event]]:
    """Events of every group; placed events first, so that a national toll on the same day
    can leave out what they already carry."""
    out: list[tuple[EventGroup, Event]] = []
    parts: dict[tuple[date, bool], dict[VictimKey, Figures]] = defaultdict(dict)
    for g in sorted(groups, key=lambda g: g.place is None):
        elsewhere = parts[(g.date, g.background)] if g.place is None else None
        event = build_event(g, text, doc_id, elsewhere)
        if event is None:
            continue
        if g.place is not None:
            for k, v in victim_figures(g.casualties()).items():
                old = parts[(g.date, g.background)].get(k, (0, 0, 0))
                parts[(g.date, g.background)][k] = tuple(a + b for a, b in zip(old, v))  # type: ignore[assignment]
        out.append((g, event))
    return out

