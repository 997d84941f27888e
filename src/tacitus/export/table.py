"""A rich table of events for people reading in a terminal."""
from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table

from ..models import Event


def events_table(events: Iterable[Event], title: str | None = None, with_reports: bool = False) -> Table:
    """One row per event; ``with_reports`` adds how many reports a stored event merges."""
    table = Table(title=title, show_lines=False, header_style="bold", expand=False)
    columns = [("date", {"no_wrap": True}), ("type / sub-event", {}), ("actor 1", {}), ("actor 2", {}),
               ("where", {}), ("killed", {"justify": "right"}), ("hurt", {"justify": "right"}),
               ("conf", {"justify": "right"})]
    if with_reports:
        columns.append(("reports", {"justify": "right"}))
    for col, kw in columns:
        table.add_column(col, **kw)
    for e in events:
        where = e.location.name if e.location else "-"
        if e.location and e.location.admin1 and e.location.admin1 != e.location.name:
            where += f", {e.location.admin1}"
        extra = [str(getattr(e, "mention_count", 1))] if with_reports else []
        table.add_row(
            e.event_date + ("" if e.time_precision == 1 else f" (±{'week' if e.time_precision == 2 else 'month'})"),
            f"{e.event_type}\n[dim]{e.sub_event_type}[/dim]",
            f"{e.actor1.name} [dim]({e.actor1.inter})[/dim]" if e.actor1 else "-",
            f"{e.actor2.name} [dim]({e.actor2.inter})[/dim]" if e.actor2 else "-",
            where, str(e.fatalities), "-" if e.injuries is None else str(e.injuries), f"{e.confidence:.2f}", *extra,
        )
    return table
