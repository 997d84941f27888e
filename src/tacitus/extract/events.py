"""Event groups -> ACLED events: type by hierarchy, actors by role, tolls, location, evidence.

Grouping into day x place is ``grouping.py``; tolls are ``tolls.py``; actor roles ``roles.py``.

Confidence (0-1) is the share of the evidence an ACLED coder wants that the text supplied:
0.35 for a violent or disorder trigger, +0.15 for a date stated in the clause (not inherited),
+0.15 for a named first actor, +0.1 for a second actor, +0.1 for a reported count,
+0.1 for a located place, +0.05 for each further clause supporting the event (max 0.15).
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import date

from .. import taxonomy
from ..models import Casualty, Event, Evidence, Location
from .actors import ActorMention
from .casualties import CasualtyMention
from .clauses import Clause, Trigger, country_name
from .grouping import EventGroup, place_key
from .lexicon import cues
from .notes import write_notes
from .places import PlaceMention
from .roles import ARMED, as_of, assign_roles, choose_sub_event, fired_by, pick_actors, resolve_label, state_forces
from .tolls import Figures, VictimKey, is_weak, reconcile, victim_figures



def _answered_from_the_air(resolved: dict, by_key: dict) -> list[Trigger]:
    """"The Arakan Army attacked military positions ... The junta answered with air strikes":
    a non-state side attacking on the ground and the other side striking from the air fought a
    battle; the strikes do not make the attack a remote one."""
    remote = [t for t, s in resolved.items() if s and taxonomy.sub_event_types()[s].event_type == "Explosions/Remote violence"]
    # who flew the air strikes, if unsaid, was a state: armed groups strike from the air with drones, not warplanes
    strikers = {t.agent for t in remote if t.agent or t.weapon != "airstrike"}
    ground = [t for t in resolved if t.label == "@violence" and t.agent in by_key
              and by_key[t.agent].inter in (2, 3, 4) and not t.weapon]
    if remote and ground and None not in strikers and not strikers & {t.agent for t in ground} and (
            strikers or all(by_key[t.agent].inter != 1 for t in ground)):
        return ground
    return []

def _span(text: str, field_name: str, start: int, end: int) -> Evidence:
    return Evidence(field=field_name, start=start, end=end, text=text[start:end])


def _location_country(g: EventGroup, armed: list[ActorMention], main_country: str | None
                      ) -> tuple[str | None, PlaceMention | None]:
    """Where an event without a town happened: a country named as its place, else its victims'
    country, else the country the article is mostly about, else its local armed side's."""
    if g.place is not None:
        return g.place.iso3, g.place.mention
    countries = [p for c in g.clauses for p in c.places if p.iso3 and p.locative]
    if countries:
        return countries[0].iso3, countries[0]
    victim = next((c.victim_country for c in g.casualties() if c.victim_country), None)
    local = next((a.country for a in armed if a.country and a.inter != 8 and a.country == main_country), None)
    return victim or main_country or local or (armed[-1].country if armed else None), None


def _defenders(clauses: list[Clause], resolved: dict[Trigger, str | None], sub: str,
               by_key: dict[tuple[str, str | None], ActorMention]) -> list[ActorMention]:
    """The actors of clauses that only intercept ("the army said its air defences shot down six drones")
    in an event whose drones or missiles did strike: they were its target."""
    if sub == "Disrupted weapons use":
        return []
    def coded(cs: list[Clause]) -> list[ActorMention]:
        return [by_key[k] for c in cs for a in c.actors if (k := (a.name_pattern, a.country)) in by_key]
    only = [c for c in clauses if c.triggers and all(resolved[t] == "Disrupted weapons use" for t in c.triggers)]
    rest = coded([c for c in clauses if c not in only])
    return [a for a in coded(only) if a not in rest]


def build_event(g: EventGroup, text: str, doc_id: str,
                counted_elsewhere: dict[VictimKey, Figures] | None = None,
                main_country: str | None = None, blamed: ActorMention | None = None) -> Event | None:
    clauses = g.clauses
    mentions = [a for c in clauses for a in c.actors]
    named_groups = [a for a in mentions if a.inter in (2, 3, 4) and "{country}" not in a.name_pattern]
    doers = {t.agent[0] for c in clauses for t in c.triggers if t.agent}
    claimed = blamed is not None and not any(a.name_pattern in doers for a in named_groups)
    if claimed:
        # "a roadside bomb killed four officers ... Police blamed al-Shabaab"; "a convoy escorted
        # by VDP militiamen was ambushed ... JNIM claimed the attack": the escort did not attack
        mentions.insert(0, blamed)
    named = pick_actors(mentions)
    if claimed:  # the claimed doer before the groups only named, and before the victims named
        named = sorted(named, key=lambda a: a.name_pattern != blamed.name_pattern)
    actors = as_of(named, g.date.isoformat())
    by_key: dict[tuple[str, str | None], ActorMention] = {}  # a trigger's doer, as named -> as coded
    for b, a in zip(named, actors):
        by_key[(b.name_pattern, b.country)] = a
        by_key.setdefault((b.name_pattern, None), a)
    group = next((a for a in actors if a.inter in (2, 3, 4) and "{country}" not in a.name_pattern), None)
    for m in mentions:  # "the fighters said they had captured": the named group, not a new side
        if group is not None and m.category == "militant" and "{country}" in m.name_pattern:
            by_key.setdefault((m.name_pattern, m.country), group)
            by_key.setdefault((m.name_pattern, None), group)
    armed = [a for a in actors if a.inter in ARMED]
    civilians = [a for a in actors if a.inter == 7]
    protesters = [a for a in actors if a.inter in (5, 6)]
    triggers: list[Trigger] = [t for c in clauses for t in c.triggers]
    labels = {t.label for t in triggers}
    casualties = g.casualties()
    harmed = [c for c in casualties if c.kind in ("killed", "injured")]
    firm = [c for c in harmed if not is_weak(c)]  # "several militants were killed" says less than "46 people"
    victims = {c.victim_category for c in (firm or harmed)}
    if _killing_leads(clauses):  # "killed seven villagers and abducted 12 women": an Attack
        labels = labels - {"Abduction/forced disappearance"}
    resolved = {t: resolve_label(t.label, armed, civilians, protesters, labels, victims, g.background,
                                 by_key[t.agent].inter if t.agent in by_key else 0) for t in triggers}
    subs = {s for s in resolved.values() if s}
    clash_words = {t.label for t, s in resolved.items() if s == "Armed clash"}
    if clash_words and clash_words <= {"@violence", "@village"} and any(
            taxonomy.sub_event_types()[s].event_type == "Explosions/Remote violence" for s in subs):
        subs.discard("Armed clash")  # "the attack on the base" was the drone strike, not a ground battle
    for t in _answered_from_the_air(resolved, by_key):
        resolved[t] = "Armed clash"  # a group attacked and the army answered with air strikes: one battle (ACLED)
        subs.add("Armed clash")
    sub = choose_sub_event(subs)
    if sub is None:
        return None
    info = taxonomy.sub_event_types()[sub]
    loc_iso, loc_mention = _location_country(g, armed, main_country)
    key_trigger = next(t for t in triggers if resolved[t] == sub)
    # who carried out the defining act, else any other act ("attacked" beside the "returned fire" of the other side)
    # who shot down drones of a strike that hit defended the place; they did not strike it
    defenders = _defenders(clauses, resolved, sub, by_key)
    acts = [t for t in triggers if t.agent in by_key and t.text.lower() not in cues("response_acts")
            and by_key[t.agent] not in defenders]
    repellers = [by_key[t.defender] for t in triggers if t.defender in by_key]
    acts = [t for t in acts if by_key[t.agent] not in repellers]
    doer = next((by_key[t.agent] for t in sorted(acts, key=lambda t: resolved[t] != sub)), None)
    if doer is not None:  # who carried out the defining act comes first ("the coalition carried out air strikes")
        actors = [doer] + [a for a in actors if a is not doer]
    elif repellers:  # "the army says it repelled the attack": the other side attacked
        actors = [a for a in actors if a not in repellers] + [a for a in actors if a in repellers]
    actor1, actor2, a1, a2 = assign_roles(info.event_type, sub, actors, victims, loc_iso, defenders)
    if a1 is None and actor1 is not None and actor1.inter == 3 and info.event_type == "Explosions/Remote violence":
        # the act's own weapon first, then one the report names elsewhere ("it was an Iskander-M")
        actor1 = fired_by([w[3] for c in clauses for w in c.weapons], loc_iso) or fired_by([text], loc_iso) or actor1
    if sub == "Mob violence" and "@clash" in labels and actor1 is not None and actor1.inter == 5 and (
            actor2 is None or actor2.inter == 7):
        actor2, a2 = actor1, a1  # "clashes between two communities": crowds on both sides (ACLED: rioters v rioters)
    if sub == "Government regains territory" and actor1 is not None and actor1.inter == 8:
        sub = "Non-state actor overtakes territory"  # ACLED: a foreign state's forces taking ground
        if actor2 is None and loc_iso and loc_iso != actor1.country:
            actor2 = state_forces(loc_iso)  # ground taken abroad was held by that country's forces
    if sub == "Disrupted weapons use" and actor1 is None and actor2 is None and loc_iso:
        actor1 = state_forces(loc_iso)  # "drones were intercepted over the city": by the forces of where it was
    if actor1 is None and actor2 is None and not casualties:
        return None

    figures = victim_figures(casualties)
    killed = reconcile(figures, "killed", counted_elsewhere) or (0, 0, 0, 0)
    injured = reconcile(figures, "injured", counted_elsewhere)
    weapons = sorted({t.weapon for t in triggers if t.weapon} | {w[0] for c in clauses for w in c.weapons})

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

    cas_models = [_casualty(c, text) for c in casualties]
    inter = taxonomy.interaction_code(actor1.inter if actor1 else None, actor2.inter if actor2 else None)
    stated_date = any(t for _, _, t in g.date_evidence)
    confidence = 0.35 + 0.15 * stated_date + 0.15 * (actor1 is not None) + 0.1 * (actor2 is not None) \
        + 0.1 * bool(casualties) + 0.1 * (g.place is not None) + min(0.15, 0.05 * (len(clauses) - 1))
    ident = "|".join([doc_id, g.date.isoformat(), sub, actor1.name if actor1 else "", actor2.name if actor2 else "",
                      loc_iso or "", place_key(g.place) or ""])
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


def _killing_leads(clauses: list[Clause]) -> bool:
    """Killings told with or before an abduction make the event an Attack; one killing told later
    of a mass abduction ("one man who tried to resist was shot dead") leaves it an abduction."""
    abducting = [c.start for c in clauses if any(t.label == "Abduction/forced disappearance" for t in c.triggers)]
    killing = [c.start for c in clauses if any(x.kind == "killed" for x in c.casualties)]
    return bool(abducting and killing) and min(killing) <= min(abducting)


def _casualty(c: CasualtyMention, text: str) -> Casualty:
    return Casualty(kind=c.kind, count=c.count.value, count_text=c.count.text, qualifier=c.count.qualifier,
                    victim_country=c.victim_country, victim_category=c.victim_category,
                    claimed_by=c.claimed_by, claimed_by_country=c.claimed_by_country,
                    evidence=_span(text, "casualty", c.start, c.end))


def _location(g: EventGroup, iso3: str | None, mention: PlaceMention | None) -> Location | None:
    if g.place is not None:
        p = g.place
        # ACLED: 1 the named town, 2 near it or a part of a region (a district), 3 only a region
        precision = 3 if p.area or p.feature == "country" else 2 if p.feature == "admin2" or p.mention.near else 1
        return Location(name=p.name, admin1=p.admin1, country=country_name(p.iso3) or p.iso3, iso3=p.iso3,
                        latitude=p.latitude, longitude=p.longitude, geonameid=p.geonameid,
                        geo_precision=precision, text=p.mention.text)
    if iso3 is None:
        return None
    name = country_name(iso3) or iso3
    return Location(name=name, country=name, iso3=iso3, geo_precision=3, text=mention.text if mention else name)


def build_events(groups: list[EventGroup], text: str, doc_id: str, main_country: str | None = None,
                 blamed: list[tuple[int, ActorMention]] = ()) -> list[tuple[EventGroup, Event]]:
    """Events of every group. Placed events come first, so that a national toll of the same day
    can leave out what they carry; a pool's toll over several places is then split across the
    events of those places that report no toll of their own (the remainder to the first)."""
    out: list[tuple[EventGroup, Event]] = []
    parts: dict[tuple[date, bool], dict[VictimKey, Figures]] = defaultdict(dict)
    by_place: dict[tuple[date, bool, str], Event] = {}
    for g in sorted(groups, key=lambda g: (g.place is None, bool(g.split_over))):
        if g.split_over:
            _split(g, by_place, text)
            continue
        elsewhere = parts[(g.date, g.background)] if g.place is None else None
        event = build_event(g, text, doc_id, elsewhere, main_country, _blamed(g, groups, blamed))
        if event is None:
            continue
        if g.place is not None:
            by_place[(g.date, g.background, place_key(g.place) or "")] = event
            for k, v in victim_figures(g.casualties()).items():
                old = parts[(g.date, g.background)].get(k, (0, 0, 0))
                parts[(g.date, g.background)][k] = (old[0] + v[0], old[1] + v[1], old[2] + v[2])
        out.append((g, event))
    return out


def _blamed(g: EventGroup, groups: list[EventGroup], blamed: list[tuple[int, ActorMention]]) -> ActorMention | None:
    """The group held responsible (``blamed``: sentence, group) in the event's own sentences or
    in the four after them, when no other event of the report starts in between."""
    first, last = min(c.sentence for c in g.clauses), max(c.sentence for c in g.clauses)
    starts = [min(c.sentence for c in o.clauses) for o in groups if o is not g and o.clauses]
    limit = min([s for s in starts if s > last] + [last + 5])
    return next((a for s, a in blamed if first <= s < limit), None)


def _split(pool: EventGroup, by_place: dict[tuple[date, bool, str], Event], text: str) -> None:
    events = [e for k in pool.split_over if (e := by_place.get((pool.date, pool.background, k))) is not None]
    if not events:
        return
    figures = victim_figures(pool.casualties())
    for kind, field_name in (("killed", "fatalities"), ("injured", "injuries")):
        total = reconcile(figures, kind)
        if total is None:
            continue
        known = sum(getattr(e, field_name) or 0 for e in events)
        empty = [e for e in events if not getattr(e, field_name)]
        if not empty:
            continue
        rest = max(0, total[0] - known)
        share, extra = divmod(rest, len(empty))
        for i, e in enumerate(empty):
            value = share + (extra if i == 0 else 0)
            setattr(e, field_name, value)
            if kind == "killed":
                e.fatalities_low = e.fatalities_best = value
                e.fatalities_high = max(value, e.fatalities_high or 0)
    for e in events:
        for c in pool.casualties():
            e.casualties.append(_casualty(c, text))
        e.notes = write_notes(e)
