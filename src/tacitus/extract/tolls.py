"""Casualty tolls: from the counts reported for one event to ACLED's figure and UCDP's range.

ACLED's fatality rule is the lowest credible figure. Per victim group (kind x nationality x
category) a later "rose to" update supersedes earlier figures, one claimant's figures keep the
last, and different claimants give a range (low, best, high); a side's figure for its enemy's
dead only raises the high end when someone else gave an overall total or the enemy its own losses. Groups are then added up without
counting anyone twice (``reconcile``).
"""
from __future__ import annotations

from collections import defaultdict

from .casualties import CasualtyMention

Figures = tuple[int, int, int]  # low, best, high
VictimKey = tuple[str, str | None, str]  # kind, victim country, victim category


def victim_figures(casualties: list[CasualtyMention]) -> dict[VictimKey, Figures]:
    """(low, best, high) per kind x victim group over the reports of one event.

    A later "rose to" update supersedes earlier figures; one claimant's figures keep the last;
    different claimants give a range; "several" or "many" (3) gives way to any other figure.
    """
    by_victim: dict[VictimKey, list[CasualtyMention]] = defaultdict(list)
    for c in _superseded_out(casualties):
        by_victim[(c.kind, c.victim_country, c.victim_category)].append(c)
    # a side's figure for its enemy's dead is only the high end when someone else gave a total
    neutral = {c.kind for c in casualties if c.victim_country is None and c.victim_category == "unknown"
               and not c.enemy_claim}
    # ... or when the enemy gave its own losses: "three of its soldiers were killed" against the
    # other side's "dozens" (ACLED: the lowest credible figure)
    own = {(c.kind, c.victim_country) for c in casualties
           if c.victim_country and c.claimed_by_country == c.victim_country and not c.enemy_claim}
    out: dict[VictimKey, Figures] = {}
    for key, group in by_victim.items():
        updates = [c for c in group if c.is_update]
        if updates:
            group = [updates[-1]]
        last: dict[str | None, CasualtyMention] = {}  # one claimant's latest figure
        for c in group:
            last[c.claimed_by_country or c.claimed_by] = c
        high = max(c.count.value for c in last.values())
        kept = [c for c in last.values() if not (c.enemy_claim and (key[0] in neutral or key[:2] in own))]
        strong = [c for c in kept if not is_weak(c)]  # "many bodies" says less than "hundreds"
        credible = sorted(c.count.value for c in (strong or kept))
        if not credible:
            out[key] = (0, 0, high)
            continue
        out[key] = (credible[0], credible[len(credible) // 2], high)
    return out


def _superseded_out(casualties: list[CasualtyMention]) -> list[CasualtyMention]:
    """An update leaves out the earlier counts of its kind that say less about the victims: "at
    least 12 people were killed ... the toll had risen to 19, including four children"."""
    updates = [c for c in casualties if c.is_update]
    return [c for c in casualties if c.is_update or not any(
        u.kind == c.kind and u.start > c.start and c.victim_country is None and c.victim_category == "unknown"
        and (u.victim_country, u.victim_category) != (None, "unknown") for u in updates)]


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
    unplaced = by_country.get("", {})
    for cat, v in unplaced.items():
        if cat != "unknown":
            known += max(0, v - sum(cats.get(cat, 0) for country, cats in by_country.items() if country))
    specific = [c for c in unplaced if c != "unknown"]
    if i == 0 and len(by_country) == 1 and len(specific) == 1 and 0 < unplaced.get("unknown", 0) < known:
        # "18 civilians were killed" and, from another source, "a toll of 14 dead": two counts of
        # the same dead, and ACLED takes the lowest credible one
        return unplaced["unknown"]
    return max(known, unplaced.get("unknown", 0))


def is_weak(c: CasualtyMention) -> bool:
    """"several", "many", "a few": a vague word standing for 3, weaker than any other figure."""
    return c.count.qualifier == "vague" and c.count.value <= 3
