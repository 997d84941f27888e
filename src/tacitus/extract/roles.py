"""Who is actor1 and who is actor2 of an event, and what a @role trigger stands for.

ACLED's conventions, as rules over the actors an event's clauses mention:
- the same actor named twice ("Malian army", "soldiers") is one actor; a generic non-state
  agent ("attackers", "fighters") is the named group of the same event ("Pakistani Taliban");
- for Violence against civilians the victim is always actor2; for Protests and Riots the
  demonstrators are actor1 (rioters, inter 5, once the event is a riot) and the state forces
  that intervened actor2; Mob violence is against its civilian victims;
- a remote attack whose only named side is the state forces it hit was carried out by an
  unidentified armed group ("a roadside bomb struck an army convoy");
- state forces acting outside their own country are external forces (inter 8), unless they
  fight another state's forces, which keeps an interstate dyad at 1 and 1.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from functools import cache

from .. import taxonomy
from ..models import Actor
from .actors import ActorMention
from .lexicon import countries, read_rows, split_alts

ARMED = (1, 2, 3, 4, 8)


def _key(a: ActorMention) -> tuple[str, str | None]:
    return a.name_pattern, a.country


def pick_actors(mentions: list[ActorMention]) -> list[ActorMention]:
    """Distinct actors, most often mentioned first."""
    counts: dict[tuple[str, str | None], int] = defaultdict(int)
    seen: dict[tuple[str, str | None], ActorMention] = {}
    # "soldiers" = the "Malian army" named; but beside "police and Kenyan officers" the police are the local ones
    home = {a.name_pattern for a in mentions if a.home}
    with_country = {a.name_pattern: a for a in mentions if a.country and a.name_pattern not in home}
    for a in mentions:
        if a.country is None and a.name_pattern in with_country:
            a = with_country[a.name_pattern]
        seen.setdefault(_key(a), a)
        counts[_key(a)] += 1
    named = [a for a in seen.values() if "{country}" not in a.name_pattern and a.inter in (2, 3, 4)]
    rebels = [a for a in seen.values() if a.inter == 2]
    out = []
    for a in seen.values():
        if a.ally and len(seen) > 1:
            continue  # "the RSF and allied militias" fight on one side
        if named and "{country}" in a.name_pattern and a.inter in (2, 3) and a.category == "militant":
            continue  # "the attackers" of an event that names its group
        if a.name_pattern == "Militia ({country})" and any(n.inter == 4 for n in named):
            continue  # "fighters of the White Army militia ... militia fighters attacked": the militia named
        if rebels and a.name_pattern.startswith("Unidentified Armed Group"):
            continue  # "the attackers" of an event whose side is known ("jihadist fighters")
        out.append(a)
    return sorted(out, key=lambda a: (-counts[_key(a)], a.start))


def resolve_label(label: str, armed: list[ActorMention], civilians: list[ActorMention],
                  protesters: list[ActorMention], labels: set[str], victims: set[str],
                  background: bool, agent: int = 0) -> str | None:
    """The sub-event type a @role trigger stands for, given who is involved and who does it."""
    if not label.startswith("@"):
        return label
    non_state_sides = {_key(a) for a in armed if a.inter != 1}
    if label == "@clash":  # protesters clashing with police is a riot, not a battle
        if protesters and len(non_state_sides) < 2 and not any(a.inter in (2, 3, 4) for a in armed):
            return "Violent demonstration"
        return "Armed clash"
    if label == "@war":
        return "Armed clash" if background else None
    if label == "@capture":
        if not armed or (len({_key(a) for a in armed}) < 2 and "@village" in labels):
            return None  # "stormed the camp ... took control of it": with no one fighting back, an attack
        taker = agent or armed[0].inter  # who took the town, else the side named most
        return "Government regains territory" if taker == 1 else "Non-state actor overtakes territory"
    if label == "@intervention":
        return "Protest with intervention" if protesters or "Peaceful protest" in labels else None
    if label == "@arson":  # burning by demonstrators is a riot; by armed men, destruction
        return "Violent demonstration" if protesters else "Looting/property destruction"
    if label == "@village" and protesters:
        label = "@violence"  # a crowd attacking homes: a riot's or a mob's violence, decided below
    if label == "@village":  # an attack on a village, market or place of worship hits civilians
        if len({_key(a) for a in armed}) >= 2 and not any(_violent(s) for s in labels):
            return "Armed clash"
        return "Attack" if not any(_violent(s) for s in labels) else None
    if label == "@violence":
        if agent in (5, 6) and not labels & {"@clash", "Peaceful protest", "Violent demonstration", "@intervention"}:
            return "Mob violence"  # "a crowd stoned and burned to death 13 men" (no protest around it)
        if protesters and labels & {"Violent demonstration", "Mob violence", "@arson", "@clash"}:
            return None  # the crowd's own violence makes it a riot
        if protesters and any(a.inter == 1 for a in armed):
            return "Excessive force against protesters"
        if any(_violent(s) for s in labels) or "@clash" in labels:
            return None  # a named tactic (shelling, IED, clash...) says more than "attacked"/"killed"
        sides = {_key(a) for a in armed}
        if civilians and (len(sides) < 2 or ("civilian" in victims and victims <= {"civilian", "unknown"})):
            return "Attack"
        if len(sides) == 1 and victims and victims <= {"civilian", "unknown"}:
            return "Attack"  # one armed side killing people who are not said to be fighters
        if protesters and not armed:
            return "Mob violence"  # a crowd beating or burning people to death
        if armed:
            return "Armed clash"
        return "Attack" if civilians or "civilian" in victims else None
    return None


def _violent(sub: str) -> bool:
    table = taxonomy.sub_event_types()
    return sub in table and table[sub].event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")


def choose_sub_event(subs: set[str]) -> str | None:
    """ACLED's hierarchy: the most serious event type wins, then the earlier sub-type."""
    table = taxonomy.sub_event_types()
    order = taxonomy.merge_precedence()
    valid = [s for s in subs if s in table]
    if not valid:
        return None
    if "Peaceful protest" in valid and ("Protest with intervention" in valid or "Excessive force against protesters" in valid):
        valid.remove("Peaceful protest")
    if "Mob violence" in valid and "Violent demonstration" in valid:
        valid.remove("Violent demonstration")  # a mob attacking people or homes, not a protest
    territory = {"Government regains territory", "Non-state actor overtakes territory"}
    if "Armed clash" in valid and territory & set(valid):
        valid.remove("Armed clash")  # fighting that changed who holds a place is coded as the change
    return min(valid, key=lambda s: (order.index(table[s].event_type), table[s].order))


def _unidentified(iso3: str | None) -> Actor:
    cname = countries()[iso3].name if iso3 in countries() else None
    return Actor(name=f"Unidentified Armed Group ({cname})" if cname else "Unidentified Armed Group",
                 text="", country=iso3, inter=3)


@cache
def _systems() -> list[tuple[str, str, set[str]]]:
    return [(w, user, set(where.split("|"))) for words, user, where in read_rows("weapon_systems.tsv")
            for w in split_alts(words)]


def fired_by(weapon_words: list[str], loc_iso: str | None) -> Actor | None:
    """"a Shahed drone hit the building" in Kharkiv: a weapon only one side fires at that country
    names the side ("Military Forces of Russia", abroad) when the report names no attacker."""
    said = " ".join(weapon_words).lower()
    user = next((u for w, u, where in _systems() if re.search(rf"\b{re.escape(w)}\b", said) and loc_iso in where), None)
    return None if user is None else _abroad(state_forces(user), None, loc_iso, False)


def state_forces(iso3: str) -> Actor:
    cname = countries()[iso3].name if iso3 in countries() else iso3
    return Actor(name=f"Military Forces of {cname}", text="", country=iso3, inter=1)


def _mob(a: ActorMention, loc_iso: str | None) -> Actor | None:
    actor = _model(a, loc_iso)
    if actor is not None and actor.inter == 6:
        actor = actor.model_copy(update={"inter": 5, "name": actor.name.replace("Protesters", "Rioters")})
    return actor


def _civilians(iso3: str | None) -> Actor:
    cname = countries()[iso3].name if iso3 in countries() else None
    return Actor(name=f"Civilians ({cname})" if cname else "Civilians", text="", country=iso3, inter=7)


def _model(a: ActorMention | None, loc_iso: str | None) -> Actor | None:
    """The actor as coded; one without a country of its own is coded with the event's."""
    if a is None:
        return None
    inter = 2 if a.branch(a.country or loc_iso) else a.inter  # a movement's local branch is a rebel group
    return Actor(name=a.name(loc_iso), text=a.text, country=a.country or loc_iso, inter=inter, role=None)


def assign_roles(event_type: str, sub: str, actors: list[ActorMention], victims: set[str],
                 loc_iso: str | None, defenders: list[ActorMention] = ()
                 ) -> tuple[Actor | None, Actor | None, ActorMention | None, ActorMention | None]:
    """(actor1, actor2) as ACLED codes them, with the mentions they come from (for evidence). `defenders`
    shot down part of a strike: they were its target."""
    armed = [a for a in actors if a.inter in ARMED]
    civilians = [a for a in actors if a.inter == 7]
    protesters = [a for a in actors if a.inter in (5, 6)]
    if event_type == "Violence against civilians":
        a1 = next((a for a in armed if a.inter != 1 or a.category not in ("military", "police")), armed[0] if armed else None)
        a2 = civilians[0] if civilians else None
        if a2 is None:
            return _model(a1, loc_iso) or _unidentified(loc_iso), _civilians(loc_iso), a1, None
    elif event_type in ("Protests", "Riots"):
        a1 = protesters[0] if protesters else None
        if a1 is None:  # "tens of thousands of people marched": the marchers are the protesters
            a1 = ActorMention(0, 0, "", "Protesters ({country})", None, 6, "protester", -1)
        state = next((a for a in armed if a.inter == 1), None)
        a2 = None if sub == "Peaceful protest" else (civilians[0] if sub == "Mob violence" and civilians else state)
        if sub == "Mob violence" and state is not None and victims & {"police", "military"}:
            return _mob(a1, loc_iso), _model(state, loc_iso), a1, state  # the mob's stones hurt the police who fired on it
        if sub == "Mob violence" and not civilians:
            target = next((a for a in armed if a.inter != 1), None)  # "lynched suspected gang members"
            if target is not None:
                return _mob(a1, loc_iso), _model(target, loc_iso), a1, target
            return _mob(a1, loc_iso), _civilians(loc_iso), a1, None  # a mob's targets are people
    else:
        a1 = armed[0] if armed else None
        a2 = next((a for a in armed[1:] if _key(a) != _key(a1)), None) if a1 else None
        if civilians and event_type == "Explosions/Remote violence" and victims and victims <= {"civilian", "unknown"}:
            a2 = civilians[0]  # the strike hit civilians, whoever else is named
        if a2 is None and civilians and event_type == "Explosions/Remote violence":
            a2 = civilians[0]
        if a1 is not None and a2 is None and a1.inter in (2, 3, 4) and a1.rival:
            a2 = a1  # "two rival clans", "rival factions of the cartel": both sides are of one kind
        hit = a1 is not None and a1.inter == 1 and (a1.category in victims or a1 in defenders)
        if hit and event_type == "Explosions/Remote violence":
            if a2 is None or a2.inter == 7:
                hit = _abroad(_model(a1, loc_iso), None, loc_iso, False)
                return _unidentified(loc_iso), hit, None, a1  # the convoy was hit, not hitting
            if a2.inter in (2, 3, 4):
                a1, a2 = a2, a1  # the bomb hit the police; the group blamed for it placed it
    actor1, actor2 = _model(a1, loc_iso), _model(a2, loc_iso)
    if event_type == "Explosions/Remote violence" and actor2 is None and victims and victims <= {"civilian", "unknown"}:
        actor2 = _civilians(loc_iso)  # a bomb in a market kills whoever is there
    if event_type == "Explosions/Remote violence" and actor1 is None:
        actor1 = _unidentified(loc_iso)  # "an explosive device went off": someone planted it
    if event_type == "Explosions/Remote violence" and actor1 is not None and actor1.inter == 7 and actor2 is None:
        actor1, actor2 = _unidentified(loc_iso), actor1
    if event_type == "Riots" and actor1 is not None and actor1.inter == 6:
        actor1 = actor1.model_copy(update={"inter": 5, "name": actor1.name.replace("Protesters", "Rioters")})
    if sub == "Looting/property destruction" and actor1 is not None and actor1.inter in (2, 3, 4) and actor2 is None:
        actor2 = _civilians(loc_iso)  # armed men burning or looting homes: the residents' property
    if event_type == "Violence against civilians" and actor1 is None:
        actor1 = _unidentified(loc_iso)
    battle = event_type == "Battles" or sub == "Agreement"  # two states settling are each a state, not abroad
    actor1, actor2 = _abroad(actor1, actor2, loc_iso, battle), _abroad(actor2, actor1, loc_iso, battle)
    return actor1, actor2, a1, a2


@cache
def _periods() -> dict[str, tuple[str, int, str]]:
    return {name: (until, int(inter), before) for name, until, inter, before in read_rows("actor_periods.tsv")}


def as_of(actors: list[ActorMention], day: str) -> list[ActorMention]:
    """The actors as coded on ``day``: the Taliban were a rebel group until they took Kabul."""
    out = []
    for a in actors:
        until, inter, before = _periods().get(a.name_pattern, ("", 0, ""))
        out.append(replace(a, inter=inter, name_pattern=before) if day <= until else a)
    return out


def _abroad(actor: Actor | None, other: Actor | None, loc_iso: str | None, battle: bool) -> Actor | None:
    if actor is None or actor.inter != 1 or not loc_iso or not actor.country or actor.country == loc_iso:
        return actor
    if battle and other is not None and other.inter == 1 and other.country and other.country != actor.country:
        return actor  # two states' forces fighting each other: an interstate dyad
    return actor.model_copy(update={"inter": 8})

