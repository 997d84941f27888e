"""Clauses -> event groups: one per day x place, the way a coder splits a report.

Dates. A clause takes the date of its own date words; else it continues the latest sentence
that had one (a past year included: what follows "fighting in 2013" stays in 2013) (a toll continues the clause that reported deaths, anything else that sentence's
main clause); a lead before any date takes the story's first date if it comes within three
sentences, else the publication day. A past year, a date more than ``BACKGROUND_AFTER_DAYS``
before publication, or an earlier month named without a day ("in March") makes the clause
background.

Places. A clause takes the specific place it names as a location ("in Gao", "Gegharkunik
province"); else the place named just before when it points back ("in his region", "there");
else none (the country as a whole). Then, per day:
- a province and a town in it are one event, in the town, with the province as admin1;
- a province event is refined to a town of that province named in the next two sentences;
- clauses without a place join the placed event mentioned last before them, unless they carry
  a larger toll for the same victims than a placed province or district: then they are the
  national report, and the placed event is its regional part (its figures are taken out of the national one, see ``events.py``);
- a toll told without any act joins the event of that day told just before it; one that adds
  up the placed events below it (a roundup's lead) is dropped;
- a clause naming several places ("the towns of Djibo and Aribinda") gives its acts to each,
  and its toll to a pool that ``events.py`` splits across them.
"""
from __future__ import annotations

import math

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from ..geo.gazetteer import fold
from .casualties import CasualtyMention
from .clauses import Clause
from .places import PlaceMention, ResolvedPlace
from .tolls import reconcile, victim_figures

BACKGROUND_AFTER_DAYS = 180  # an action dated this long before publication is context, not news


@dataclass
class EventGroup:
    date: date
    precision: int
    background: bool
    place: ResolvedPlace | None
    clauses: list[Clause] = field(default_factory=list)
    date_evidence: list[tuple[int, int, str]] = field(default_factory=list)
    split_over: list[str] = field(default_factory=list)  # a pool: place keys its toll is split across

    def casualties(self) -> list[CasualtyMention]:
        return [c for cl in self.clauses for c in cl.casualties]

    def first(self) -> int:
        return min(c.start for c in self.clauses)


def place_key(p: ResolvedPlace | None) -> str | None:
    if p is None:
        return None
    return str(p.geonameid) if p.geonameid else f"{p.iso3}|{p.name.lower()}"


def _inherited(c: Clause, previous: list[Clause]):
    """The date an undated clause continues: a toll continues the clause that reported deaths
    ("..., a day after dozens were killed. At least 49 ... were killed"; not a count of another
    kind of harm: "police fired tear gas ... and 20 people were injured"), anything else the
    sentence's main clause ("regained control on Thursday, two days after ... entered")."""
    def anchor(p: Clause):
        return p.date or p.background_year

    if c.casualties:  # the same kind of harm: "20 people were injured" as police dispersed a crowd is not that toll
        kinds = {x.kind for x in c.casualties}
        with_deaths = [p for p in previous if kinds & {x.kind for x in p.casualties}]
        if with_deaths:
            return anchor(with_deaths[-1])
    if c.triggers:  # an act continues the clause that told an act ("... during fighting in 2013")
        acting = [p for p in previous if p.triggers]
        main = [p for p in acting if not (p.date and any(w in p.date.text.lower() for w in ("after", "before")))]
        if acting:
            return anchor((main or acting)[0])
    days = [p for p in previous if p.date is not None]  # a day said beats a past year mentioned
    main = [p for p in days if not any(w in p.date.text.lower() for w in ("after", "before"))]
    return anchor((main or days or previous)[0])


_ANAPHOR_FEATURES = {"region": "admin1", "province": "admin1", "state": "admin1", "county": "admin2",
                     "district": "admin2", "town": "populated place", "village": "populated place",
                     "city": "populated place", "camp": "populated place"}


def _antecedent(word: str, recent: list[tuple[int, ResolvedPlace]]) -> ResolvedPlace:
    """The place "his region" / "the town" / "there" points back to: the latest of a fitting kind."""
    want = _ANAPHOR_FEATURES.get(word)
    return next((r for _, r in reversed(recent) if want is None or r.feature == want), recent[-1][1])


def group_clauses(clauses: list[Clause], published: date, resolved: dict[PlaceMention, ResolvedPlace | None],
                  filed_at: ResolvedPlace | None = None) -> list[EventGroup]:
    """Clauses reporting violence or disorder, grouped by day and place (see module docstring)."""
    groups: dict[tuple, EventGroup] = {}
    recent: list[tuple[int, ResolvedPlace]] = []
    acted: list[tuple[int, ResolvedPlace]] = []  # places of clauses that tell an act
    named_at: list[tuple[int, ResolvedPlace]] = []  # every specific place, with its sentence
    dated = [c for c in clauses if c.date is not None]
    first = dated[0] if dated and dated[0].sentence <= 3 else None
    previous: list[Clause] = []  # the dated clauses of the latest sentence that had dates
    current = toll_anchor = None
    for c in clauses:
        anchor = c.date or c.background_year
        if c.aside:  # "..., a week after the government dropped the plan": joins, does not replace, the story's date
            previous.append(c)
            current = c.date
        elif anchor is not None:
            if previous and previous[0].sentence != c.sentence:
                previous = []
            previous.append(c)
            current = anchor
        elif previous and c.casualties and toll_anchor is not None and toll_anchor[1] == previous[0].sentence \
                and not any(p.casualties or p.triggers for p in previous):
            # a toll continues the last toll, not a date said in passing in that toll's sentence ("...
            # raised the toll to 12 after more bodies were found on Monday. Five others were treated")
            current = toll_anchor[0]
        elif previous:
            current = _inherited(c, previous)
        else:
            current = first.date if first is not None else None
        if c.casualties:
            toll_anchor = (current, c.sentence)
        own: list[ResolvedPlace] = []
        for p in c.places:
            r = resolved.get(p)
            if p.locative and r is not None and r.specific and place_key(r) not in {place_key(o) for o in own}:
                own.append(r)
        # a road's end only when nothing else is named, and the town the report was filed from
        # when the road is named for it ("KISUMU — ... blocked the Kisumu–Busia highway")
        ends = [r for r in own if r.mention.route]
        if ends and filed_at is not None and fold(filed_at.mention.text) in fold(ends[0].mention.route):
            ends = [filed_at]
        place = next((r for r in own if not r.area and not r.mention.route), ends[0] if ends else own[0] if own else None)
        province = next((r for r in own if r.area and place is not None and place is not r
                         and _inside(place, r)), None)
        if province is not None and place.admin1 is None:  # "near Gusau in Zamfara state"
            place = replace(place, admin1=province.admin1)
        if place is None and c.anaphoric_place and recent and c.sentence - recent[-1][0] <= 2:
            # an act "in the town" happened where the story's acts did, not in a town named in passing
            fitting = [x for x in acted if c.sentence - x[0] <= 4] if c.triggers else []
            place = _antecedent(c.anaphoric_place, fitting or recent)
        elif place is None and c.triggers and _ANAPHOR_FEATURES.get(c.anaphoric_place) == "populated place" and (
                towns := [x for x in recent if x[1].feature == "populated place"]) and len(
                {place_key(r) for _, r in towns}) == 1:
            place = towns[-1][1]  # "the town", paragraphs after the only town the story has named
        recent.extend((c.sentence, r) for r in own)
        recent.extend((c.sentence, r) for p in c.places if not p.locative and (r := resolved.get(p)) is not None
                      and r.specific and not r.area)  # "Dilling has been cut off. ... attacked the town"
        if c.triggers:
            acted.extend((c.sentence, r) for r in own)
        named_at.extend((c.sentence, r) for r in own)
        if not c.triggers and not c.casualties:
            continue
        if c.background_year is not None or (current is not None and current.kind == "year"):
            # a past year of its own, or the sentence it continues was about one
            ev = c.background_year or current
            d, prec, bg, place = ev.date, 3, True, None
        elif current is not None and ((published - current.date).days > BACKGROUND_AFTER_DAYS or (
                current.precision == 3 and (current.date.year, current.date.month) < (published.year, published.month))):
            # long ago, or only "in March" in an April report: context, not news
            d, prec, ev, bg, place = current.date, current.precision, current, True, None
        elif current is not None:
            d, prec, ev, bg = current.date, current.precision, current, False
        else:
            d, prec, ev, bg = published, 1, None, False
        evidence = (ev.start, ev.end, ev.text) if ev is not None else (c.start, c.end, "")
        towns = [r for r in own if not r.area]
        if not bg and len(towns) >= 2 and c.casualties:
            # one toll over several places: acts to each place, the toll to a pool split later
            for r in towns:
                g = groups.setdefault((d, bg, place_key(r)), EventGroup(d, prec, bg, r))
                g.clauses.append(replace(c, casualties=[]))
                g.date_evidence.append(evidence)
            pool = groups.setdefault((d, bg, "pool", c.start), EventGroup(d, prec, bg, None))
            pool.clauses.append(replace(c, triggers=[], actors=[]))
            pool.split_over = [k for r in towns if (k := place_key(r))]
            pool.date_evidence.append(evidence)
            continue
        g = groups.setdefault((d, bg, place_key(place)), EventGroup(d, prec, bg, place))
        g.clauses.append(c)
        g.date_evidence.append(evidence)
    out = list(groups.values())
    out = _merge_retold(_drop_told_below(_drop_summaries(_refine(_merge_nested(out), named_at))))
    out = _place_in_only_town(_place_from_before(_merge_actless(_merge_unplaced(out)), named_at), named_at)
    out = _merge_into_its_day(out)
    return _split_responses(_place_from_dateline(out, filed_at))


def _place_from_before(groups: list[EventGroup], named_at: list[tuple[int, ResolvedPlace]]) -> list[EventGroup]:
    """An act left without a place, on a day with no placed event, happened in the one town the
    sentence before it named ("Police say the operation in Kenscoff is over. Officers killed six
    gang members")."""
    placed_days = {g.date for g in groups if g.place is not None and not g.background}
    for g in groups:
        if g.place is not None or g.background or g.split_over or g.date in placed_days:
            continue  # a national toll beside the day's placed events stays national
        before = {c.sentence - 1 for c in g.clauses}
        towns = {place_key(r): r for s, r in named_at if s in before and not r.area}
        if len(towns) == 1:
            g.place = next(iter(towns.values()))
    return groups


def _place_in_only_town(groups: list[EventGroup], named_at: list[tuple[int, ResolvedPlace]]) -> list[EventGroup]:
    """A report that names one town only, where its placed acts happened, tells its unplaced acts
    there too ("Our correspondent lives in Kharkiv ... a drone hit the building across the
    street"); a second town more than ``SAME_TOWN_KM`` away named anywhere, or a day that has a
    placed event, leaves them alone."""
    news = [g for g in groups if not g.background]
    placed = {place_key(g.place): g.place for g in news if g.place is not None}
    if len(placed) != 1:
        return groups
    town = next(iter(placed.values()))
    if town.area or town.latitude is None or not all(  # its own districts ("Kharkiv's Saltivka district") are it
            r.latitude is not None and _km(town.latitude, town.longitude, r.latitude, r.longitude) <= SAME_TOWN_KM
            for _, r in named_at if not r.area):
        return groups
    placed_days = {g.date for g in news if g.place is not None}
    for g in news:
        if g.place is None and not g.split_over and g.date not in placed_days:
            g.place = town
    return groups


SAME_TOWN_KM = 15


def _place_from_dateline(groups: list[EventGroup], filed_at: ResolvedPlace | None) -> list[EventGroup]:
    """A story that never says where its acts happened happened where it was filed
    ("KOSTIANTYNIVKA, Ukraine — ... a glide bomb struck the school's east wing"), when that is a
    town and not a capital (see ``resolve_filed``)."""
    news = [g for g in groups if not g.background]
    if filed_at is None or any(g.place is not None for g in news):
        return groups
    for g in news:
        if not g.split_over:
            g.place = filed_at
    return groups


def _inside(town: ResolvedPlace, province: ResolvedPlace) -> bool:
    """Whether a town lies in a province (same first-level code; or the province is unknown to
    the gazetteer, when a town of the same country named the same day is taken to be in it)."""
    if town.iso3 != province.iso3:
        return False
    if province.feature == "region":  # a region is not an admin unit: its admin1, or near its centre
        if province.admin1 and town.admin1:
            return town.admin1 == province.admin1
        return None not in (town.latitude, province.latitude) and \
            _km(town.latitude, town.longitude, province.latitude, province.longitude) <= REGION_RADIUS_KM
    return province.admin1code is None or town.admin1code == province.admin1code


REGION_RADIUS_KM = 250


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0 * math.acos(max(-1.0, min(1.0, c)))


def _merge_nested(groups: list[EventGroup]) -> list[EventGroup]:
    out = []
    for g in groups:
        p = g.place
        if p is not None and p.area and not g.split_over:
            inner = next((o for o in groups if o is not g and o.date == g.date and o.background == g.background
                          and o.place is not None and not o.place.area and _inside(o.place, p)), None)
            if inner is not None:
                inner.clauses = sorted(inner.clauses + g.clauses, key=lambda c: c.start)
                inner.date_evidence += g.date_evidence
                inner.place = replace(inner.place, admin1=inner.place.admin1 or p.admin1)
                continue
        out.append(g)
    for g in out:  # a town whose province is named elsewhere in the text keeps it as admin1
        if g.place is not None and not g.place.area and g.place.admin1 is None:
            prov = next((o.place for o in groups if o.place is not None and o.place.feature == "admin1"
                         and o.place.admin1code and _inside(g.place, o.place)), None)
            if prov is not None:
                g.place = replace(g.place, admin1=prov.admin1)
    return out


def _refine(groups: list[EventGroup], named_at: list[tuple[int, ResolvedPlace]]) -> list[EventGroup]:
    """A province-level event takes the town of that province named in the next two sentences
    ("kidnapped two soldiers in the department of Arauca ... near the town of Tame")."""
    for g in groups:
        p = g.place
        if p is None or not p.area or (p.admin1code is None and p.feature == "admin1"):
            continue
        last = max(c.sentence for c in g.clauses)
        town = next((r for s, r in named_at if last <= s <= last + 2 and not r.area
                     and r.iso3 == p.iso3 and r.admin1code == p.admin1code), None)
        if town is not None:
            g.place = replace(town, admin1=p.name)
    return groups


def _merge_unplaced(groups: list[EventGroup]) -> list[EventGroup]:
    out = []
    by_day: dict[tuple[date, bool], list[EventGroup]] = defaultdict(list)
    for g in groups:
        by_day[(g.date, g.background)].append(g)
    for day_groups in by_day.values():
        placed = [g for g in day_groups if g.place is not None]
        unplaced = [g for g in day_groups if g.place is None and not g.split_over]
        out.extend(g for g in day_groups if g.split_over)
        out.extend(placed)
        for u in unplaced:
            if not placed or _between_states(u):
                out.append(u)  # a deal between states is not made at the town of the day's fighting
                continue
            if not placed:
                out.append(u)
                continue
            mine = victim_figures(u.casualties())
            if any(k in (theirs := victim_figures(p.casualties())) and mine[k][0] > theirs[k][0]
                   for p in placed if p.place.area or p.place.feature == "admin2" for k in mine):
                out.append(u)  # a national total: kept, its regional parts taken out later
                continue
            for c in u.clauses:  # each clause to the placed event in the country it names, else told before it
                named = {p.iso3 for p in c.places if p.iso3 and p.locative}
                pool = [p for p in placed if p.place.iso3 in named] or placed
                before = [p for p in pool if p.first() <= c.start]
                target = max(before, key=lambda p: p.first()) if before else pool[0]
                target.clauses = sorted(target.clauses + [c], key=lambda x: x.start)
            for p in placed:
                p.date_evidence = p.date_evidence + u.date_evidence
    return out


def _between_states(g: EventGroup) -> bool:
    labels = {t.label for c in g.clauses for t in c.triggers}
    return bool(labels) and labels <= {"Agreement"}


def _drop_summaries(groups: list[EventGroup]) -> list[EventGroup]:
    """A lead that adds up the events told below it ("Russian strikes killed five civilians"
    over a strike that killed three and one that killed two; "violence claimed 19 lives this
    week" over a list of the week's attacks) is not a toll of its own. The toll must be said
    without a town or a day of its own, and equal the sum of two or more events' figures; a
    lead left with no toll, and no town or day of its own, joins the first of those events (it
    may name who acted: "Russian strikes")."""
    events = [g for g in groups if not g.background and not g.split_over]
    if len(events) < 2:
        return groups
    summed: dict[int, list[EventGroup]] = {}  # a lead -> the events its toll adds up
    for kind in ("killed", "injured"):
        for g in events:
            vague = g.place is None or g.place.area
            for c in g.clauses:
                if not (vague or c.date is None or c.date.precision > 1):
                    continue
                for x in [x for x in c.casualties if x.kind == kind and not x.is_update]:  # "bringing the toll to six" adds up one event
                    parts = {id(o): (o, t[0]) for o in events
                             if (t := reconcile(victim_figures([y for y in o.casualties() if y is not x]), kind)) and t[0]}
                    if len(parts) >= 2 and x.count.value == sum(n for _, n in parts.values()):
                        c.casualties = [y for y in c.casualties if y is not x]
                        summed[id(g)] = [o for o, _ in parts.values() if o is not g]
    out = []
    for g in groups:
        if id(g) in summed and summed[id(g)] and not g.casualties() and (
                g.place is None or g.place.area or all(c.date is None or c.date.precision > 1 for c in g.clauses)):
            first = min(summed[id(g)], key=lambda o: o.first())
            first.clauses = sorted(first.clauses + g.clauses, key=lambda c: c.start)
            continue
        out.append(g)
    return out


def _has_day(g: EventGroup) -> bool:
    """Some clause of the group says its own day (the others continue it)."""
    return any(c.date is not None for c in g.clauses)


def _drop_told_below(groups: list[EventGroup]) -> list[EventGroup]:
    """A summary that tells again, without a day of its own, what the report tells below with its
    day ("HIGHLIGHTS • Armed men abducted 14 road passengers in Zamfara State" over "On 18
    November, armed men ... abducted all 14 passengers"): each of its acts is of a kind told
    later, dated, in the same place or inside the area it names, and each of its figures is a
    figure of that later telling. It is not an event of its own (it would stand on the
    publication day)."""
    news = {id(g) for g in groups if not g.background and not g.split_over}
    dated = [g for g in groups if id(g) in news and _has_day(g)]

    def fits(g: EventGroup, o: EventGroup) -> bool:
        return o.first() > g.first() and (g.place is None or place_key(g.place) == place_key(o.place) or
                                           (g.place.area and o.place is not None and _inside(o.place, g.place)))

    out = []
    for g in groups:
        if id(g) in news and g.clauses and not _has_day(g):
            later = [o for o in dated if fits(g, o)]
            kinds = {t.label for o in later for c in o.clauses for t in c.triggers}
            figures = {(x.kind, x.count.value) for o in later for x in o.casualties()}
            acts = [t.label for c in g.clauses for t in c.triggers]
            if acts and set(acts) <= kinds and all((x.kind, x.count.value) in figures for x in g.casualties()):
                continue
        out.append(g)
    return out


def _merge_into_its_day(groups: list[EventGroup]) -> list[EventGroup]:
    """"Mirebalais was overrun last week" in a report that later dates the attack ("It was
    Tuesday ... the 17th"): an act dated only to a week is the act told with its day that week in
    the same place, when there is exactly one."""
    news = [g for g in groups if not g.background and not g.split_over and g.place is not None]
    out = []
    for g in groups:
        if g in news and g.precision == 2:
            days = [o for o in news if o.precision == 1 and place_key(o.place) == place_key(g.place)
                    and abs((o.date - g.date).days) <= 3]
            if len(days) == 1:
                days[0].clauses = sorted(days[0].clauses + g.clauses, key=lambda c: c.start)
                continue
        out.append(g)
    return out


def _merge_retold(groups: list[EventGroup]) -> list[EventGroup]:
    """A fight told again later without a day of its own ("the ministry said the army had
    repulsed an attack by White Army militia near Nasir", after a memo's "19/11: exchange of fire
    between SSPDF and White Army ... in Nasir" and an item of 21/11 elsewhere) is the fight told
    before in that place between those sides, not a new one on the day the story had moved on to."""
    def sides(g: EventGroup) -> set:
        return {(a.name(g.place.iso3), a.inter) for c in g.clauses for a in c.actors if a.inter in (1, 2, 3, 4, 8)}

    fighting = {"@violence", "@clash", "Armed clash"}
    news = [g for g in groups if not g.background and not g.split_over and g.place is not None]
    out = []
    for g in groups:
        if g in news and not _has_day(g) and not g.casualties() and sides(g) and (
                {t.label for c in g.clauses for t in c.triggers} <= fighting):
            told = [o for o in news if o is not g and _has_day(o) and o.date != g.date and o.first() < g.first()
                    and place_key(o.place) == place_key(g.place) and sides(g) <= sides(o)
                    and {t.label for c in o.clauses for t in c.triggers} & fighting]
            if len(told) == 1:
                told[0].clauses.extend(g.clauses)
                continue
        out.append(g)
    return out


def _merge_actless(groups: list[EventGroup]) -> list[EventGroup]:
    """A day's toll told apart from any act ("two more bodies were found on the edge of the
    city") belongs to the event of that day told just before it."""
    acting = [g for g in groups if g.split_over or any(c.triggers for c in g.clauses)]
    out = list(acting)
    for g in groups:
        if g in acting:
            continue
        same_day = [o for o in acting if o.date == g.date and o.background == g.background and not o.split_over]
        if not same_day:
            continue
        before = [o for o in same_day if o.first() <= g.first()]
        target = max(before, key=lambda o: o.first()) if before else same_day[0]
        target.clauses = sorted(target.clauses + g.clauses, key=lambda c: c.start)
    return out


_ON_CIVILIANS = {"@village", "@violence", "Attack", "Abduction/forced disappearance", "Sexual violence"}
_CLASH = {"@clash", "Armed clash"}


def _split_responses(groups: list[EventGroup]) -> list[EventGroup]:
    """A raid that killed villagers and the soldiers who then fought the raiders are two events
    (ACLED: one per actor pair): from the first clash in which state forces take part, the clauses are
    a battle between them and the group that carried out the raid; a later toll of civilians
    alone stays with the raid."""
    out = []
    for g in groups:
        k = next((i for i, c in enumerate(g.clauses) if i and {t.label for t in c.triggers} & _CLASH
                  and any(a.inter in (1, 8) for a in c.actors)), None)
        if g.background or g.split_over or k is None:
            out.append(g)
            continue
        raid = g.clauses[:k]
        labels = {t.label for c in raid for t in c.triggers}
        raiders = [a for c in raid for a in c.actors if a.inter in (2, 3)]
        killed = any(x.kind == "killed" and x.victim_category == "civilian" for c in raid for x in c.casualties)
        if not labels & _ON_CIVILIANS or labels & _CLASH or not raiders or not killed or any(
                a.inter in (1, 8) for c in raid for a in c.actors):
            out.append(g)
            continue
        rest = g.clauses[k:]
        civilian_only = [c for c in rest if not c.triggers and c.casualties and
                         all(x.victim_category == "civilian" for x in c.casualties)]
        battle = [c for c in rest if c not in civilian_only]
        battle[0] = replace(battle[0], actors=battle[0].actors + [raiders[0]])
        out.append(EventGroup(g.date, g.precision, g.background, g.place,
                              sorted(raid + civilian_only, key=lambda c: c.start), g.date_evidence))
        out.append(EventGroup(g.date, g.precision, g.background, g.place, battle, g.date_evidence))
    return out
