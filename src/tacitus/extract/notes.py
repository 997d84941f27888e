"""One ACLED-style sentence per event, generated from its fields (never copied from the text)."""
from __future__ import annotations

from datetime import date

from ..models import Event

_VERBS = {
    "Battles": "clashed with",
    "Explosions/Remote violence": "carried out a {sub} against",
    "Violence against civilians": "attacked",
    "Protests": "protested",
    "Riots": "rioted",
    "Strategic developments": "{sub}:",
}


def write_notes(e: Event) -> str:
    d = date.fromisoformat(e.event_date)
    when = f"On {d.day} {d.strftime('%B %Y')}" if e.time_precision == 1 else \
        f"Around {d.day} {d.strftime('%B %Y')}" if e.time_precision == 2 else f"In {d.strftime('%B %Y')}"
    where = f" in {e.location.name}" if e.location else ""
    a1 = e.actor1.name if e.actor1 else "unidentified actors"
    sub = e.sub_event_type.lower()
    if e.event_type in ("Protests", "Riots"):
        what = f"{a1} {'rioted' if e.event_type == 'Riots' else 'protested'}{where} ({sub})"
        if e.actor2:
            what += f"; {e.actor2.name} intervened"
    elif e.event_type == "Strategic developments":
        what = f"{a1}{' and ' + e.actor2.name if e.actor2 else ''}: {sub}{where}"
    else:
        verb = _VERBS[e.event_type].format(sub=sub)
        target = e.actor2.name if e.actor2 else ("civilians" if e.event_type == "Violence against civilians" else "an unknown target")
        what = f"{a1} {verb} {target}{where}"
        if e.weapons:
            what += f", using {', '.join(e.weapons)}"
    fat = f"{e.fatalities} reported fatalities" if e.fatalities else "no fatalities reported"
    if e.injuries:
        fat += f", {e.injuries} injured"
    return f"{when}, {what}. [{fat}]"
