"""The ACLED and PLOVER code lists, read from ``data/taxonomy`` (the one place they live)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class SubEventType:
    name: str
    event_type: str
    disorder_type: str
    order: int  # position in ACLED's hierarchy within its event type (0 = first)


def _load(name: str) -> dict:
    return json.loads(resources.files("tacitus.data.taxonomy").joinpath(name).read_text("utf-8"))


@cache
def acled() -> dict:
    return _load("acled.json")


@cache
def plover() -> dict:
    return _load("plover.json")


@cache
def needs_recipient() -> frozenset[str]:
    """PLOVER types that are always aimed at someone (SANCTION, AID, COOPERATE)."""
    return frozenset(t["type"] for t in plover()["event_types"] if t["needs_recipient"])


@cache
def sub_event_types() -> dict[str, SubEventType]:
    """Sub-event type name -> its event type, disorder type and hierarchy order."""
    out: dict[str, SubEventType] = {}
    for et in acled()["event_types"]:
        for i, sub in enumerate(et["sub_event_types"]):
            out[sub["name"]] = SubEventType(sub["name"], et["event_type"], sub["disorder_type"], i)
    return out


def event_types() -> tuple[str, ...]:
    return tuple(et["event_type"] for et in acled()["event_types"])


def disorder_types() -> tuple[str, ...]:
    return tuple(dict.fromkeys(s.disorder_type for s in sub_event_types().values()))


def inter_labels() -> dict[int, str]:
    return {row["code"]: row["label"] for row in acled()["inter_codes"]}


def merge_precedence() -> tuple[str, ...]:
    return tuple(acled()["merge_precedence"]["order"])


def export_columns() -> tuple[str, ...]:
    return tuple(acled()["export_columns"])


def plover_types() -> tuple[str, ...]:
    return tuple(t["type"] for t in plover()["event_types"])


def plover_modes() -> dict[str, tuple[str, ...]]:
    return {t["type"]: tuple(t["modes"]) for t in plover()["event_types"]}


def interaction_code(inter1: int | None, inter2: int | None) -> int:
    """ACLED's two-digit interaction: the two inter codes, smaller first; one-sided events are X0."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return 0
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]
