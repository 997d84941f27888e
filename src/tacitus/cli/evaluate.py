"""`tacitus eval`: score extraction against a gold JSONL file (SPEC §4)."""
from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from ..api import extract as run_extract
from ..eval.gold import read_gold
from ..eval.merge_score import score_merge
from ..eval.score import FIELDS, score_document, summarise
from .common import fail, run_guarded


@click.command("eval")
@click.argument("gold_file", metavar="GOLD.jsonl")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--show-errors", is_flag=True, help="List, per document, the events that did not match or fields that were wrong.")
@click.option("--merge", "merge", is_flag=True, help="Score merging across sources instead (gold clusters, "
                                                     "e.g. corpus/multi.jsonl): pairwise link precision/recall.")
def evaluate(gold_file: str, fmt: str, show_errors: bool, merge: bool) -> None:
    """Score extraction against GOLD.jsonl: event precision/recall/F1 and field accuracy."""
    docs = run_guarded(read_gold, gold_file)
    if merge:
        _evaluate_merge(gold_file, docs, fmt)
        return
    scores, errors = [], []
    for d in docs:
        result = _extract(d)
        s = score_document(d.id or result.document.id, result.events, d.gold.events, result.interactions,
                           d.gold.interactions)
        scores.append(s)
        if show_errors:
            errors.extend(_errors(d, result.events, s))
    report = summarise(scores)
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), indent=2))
        return
    console = Console()
    table = _measures(f"tacitus eval — {gold_file}", "scored")
    table.add_row("event precision", f"{report.precision:.3f}", str(report.predicted_events))
    table.add_row("event recall", f"{report.recall:.3f}", str(report.gold_events))
    table.add_row("event F1", f"{report.f1:.3f}", "")
    if report.interactions["documents"]:
        table.add_row("interaction precision", f"{report.interaction_precision:.3f}",
                      str(report.interactions["predicted"]))
        table.add_row("interaction recall", f"{report.interaction_recall:.3f}", str(report.interactions["gold"]))
    for f in FIELDS:
        acc = report.accuracy(f)
        table.add_row(f, "-" if acc is None else f"{acc:.3f}", str(report.scored[f]))
    console.print(table)
    c = report.as_dict()["counts"]
    console.print(f"documents {c['documents']}, gold events {c['gold_events']}, predicted {c['predicted_events']}, "
                  f"matched {c['matched_events']}, negative documents {c['negative_documents']} "
                  f"(with events: {c['negatives_with_events']})")
    if report.interactions["documents"]:
        console.print(f"interactions scored in {report.interactions['documents']} documents: gold "
                      f"{report.interactions['gold']}, predicted {report.interactions['predicted']}, "
                      f"matched {report.interactions['matched']}")
    for line in errors:
        console.print(line, markup=False, highlight=False)


def _extract(d):
    return run_guarded(run_extract, d.text, published=d.published, title=d.title, url=d.url, doc_id=d.id)


def _measures(title: str, count_header: str) -> Table:
    table = Table(title=title, header_style="bold")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column(count_header, justify="right")
    return table


def _evaluate_merge(gold_file: str, docs, fmt: str) -> None:
    if any(d.gold.clusters is None for d in docs):
        fail(f"{gold_file}: --merge needs gold \"clusters\" in every line (see corpus/multi.jsonl)")
    results = [_extract(d) for d in docs]
    report = score_merge(docs, results)
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), indent=2))
        return
    table = _measures(f"tacitus eval --merge — {gold_file}", "of")
    table.add_row("link precision", f"{report.precision:.3f}", str(report.predicted_links))
    table.add_row("link recall", f"{report.recall:.3f}", str(report.gold_links))
    table.add_row("gold events found", str(report.aligned), str(report.gold_events))
    table.add_row("merged events", str(report.merged), f"{report.predicted} reported")
    Console().print(table)


def _errors(doc, pred, s) -> list[str]:
    out = []
    gold = doc.gold.events
    mp = {i for i, _ in s.matched}
    mg = {j for _, j in s.matched}
    for i, p in enumerate(pred):
        if i not in mp:
            out.append(f"{doc.id}: extra   {p.event_date} {p.sub_event_type} f={p.fatalities} "
                       f"{p.actor1.name if p.actor1 else '-'} / {p.actor2.name if p.actor2 else '-'}")
    for j, g in enumerate(gold):
        if j not in mg:
            out.append(f"{doc.id}: missed  {g.event_date} {g.sub_event_type} f={g.fatalities} {g.location}")
    for (i, j), checks in zip(s.matched, s.checks):
        wrong = [f for f, ok in checks.items() if not ok]
        if wrong:
            p, g = pred[i], gold[j]
            detail = ", ".join(f"{f}: got {_got(p, f)} want {_want(g, f)}" for f in wrong)
            out.append(f"{doc.id}: wrong   {g.event_date} {g.sub_event_type}: {detail}")
    return out


def _got(p, f):
    return {"event_date": p.event_date, "event_type": p.event_type, "sub_event_type": p.sub_event_type,
            "country": p.location.iso3 if p.location else None, "admin1": p.location.admin1 if p.location else None,
            "fatalities": p.fatalities, "injuries": p.injuries,
            "actor_countries": [a.country for a in (p.actor1, p.actor2) if a],
            "actor_inters": [a.inter for a in (p.actor1, p.actor2) if a]}.get(f, "?")


def _want(g, f):
    return {"event_date": g.event_date, "event_type": g.event_type, "sub_event_type": g.sub_event_type,
            "country": g.country, "admin1": g.admin1, "fatalities": g.fatalities, "injuries": g.injuries,
            "actor_countries": [g.actor1_country, g.actor2_country],
            "actor_inters": [g.actor1_inter, g.actor2_inter]}.get(f, "?")
