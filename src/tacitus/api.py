"""``extract()``: one document in, one ``Result`` out. Orchestration only; the work is in extract/."""
from __future__ import annotations

import hashlib
import logging
from collections import Counter
from dataclasses import replace
from datetime import date

from .errors import EmptyTextError
from .extract.clauses import drop_told_again, link_group_anaphora, read_sentence
from .extract.dates import find_dateline, find_dates, parse_published
from .extract import matchers
from .extract.events import build_events
from .extract.grouping import group_clauses
from .extract.interactions import Memory, find_interactions, finish, main_event, paragraph_homes, story_parties
from .extract.language import detect_language
from .extract.lexicon import cues
from .extract.places import (country_context, dateline_town, main_country_of, resolve_filed, resolve_place, to_model,
                             with_known_kind)
from .models import DocumentInfo, Result, Source
from .nlp.pipeline import chunk_text, load_pipeline

log = logging.getLogger(__name__)


def document_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _only_a_date(sentence: str, m, start: int) -> bool:
    """A timeline's entry head, "July 12, 2026 —" or "12 July:", that the parser made a sentence."""
    rest = sentence[:m.start - start] + sentence[m.end - start:]
    return m.kind == "day" and not any(ch.isalnum() for ch in rest)


def is_editorial_note(paragraph: str) -> bool:
    """'Correction: An earlier version of this story said nine soldiers were killed ...': what a note
    about the story says was wrong is no report of its own."""
    head = paragraph.lstrip().lower()
    return any(head.startswith(cue) for cue in cues("editorial_notes"))


def is_table_row(paragraph: str) -> bool:
    """'| 19 November | 31 | 9 | 2 |': a row of a table is data, not a sentence. Its cells are not
    read as prose and its dates do not date the sentences after the table (what a release has
    to say about its figures it says in words)."""
    line = paragraph.strip()
    return len(line) > 1 and line.startswith("|") and line.endswith("|")


def extract(text: str, *, published: str | date | None = None, title: str | None = None,
            url: str | None = None, doc_id: str | None = None, language: str | None = None,
            today: date | None = None) -> Result:
    """Extract events, background and places from one English news report.

    text (str): the article body; evidence offsets point into exactly this string.
    published (str | date): ISO 8601 publication date; relative dates are resolved against it.
        Without it a dateline in the text is used, and failing that ``today`` (default: the
        latest explicit date in the text), with time_precision 3 and a warning.
    RETURNS (Result): SPEC §2.
    """
    if text is None or not text.strip():
        raise EmptyTextError("the document has no text")
    warnings: list[str] = []
    pub_dt = parse_published(published)
    doc_id = doc_id or document_id(text)
    lang = language or detect_language(text)
    ref: date | None = pub_dt.date() if pub_dt else find_dateline(text)
    vague_ref = False
    if ref is None:
        explicit = [m.date for m in find_dates(text, today or date(2100, 1, 1)) if m.kind == "day"]
        ref = max(explicit) if explicit else (today or date.today())
        vague_ref = True
        warnings.append("no publication date and no dateline: event dates are approximate (time_precision 3)")
    info = DocumentInfo(id=doc_id, title=title, url=url, published=pub_dt.isoformat() if pub_dt else
                        (ref.isoformat() if not vague_ref else None), language=lang, translated=False)
    if lang != "en":
        warnings.append(f"text looks like language {lang!r}, not English: no events extracted (no offline translation)")
        return Result(document=info, warnings=warnings)

    nlp = load_pipeline()
    mentions = find_dates(text, ref)
    clauses = []
    claimant: tuple[str | None, str | None] = (None, None)
    chunks = [c for c in chunk_text(text) if not is_editorial_note(c.text) and not is_table_row(c.text)]
    country_words: Counter = Counter()
    n_sent = 0
    memory, raw_interactions = Memory(ref=ref), []
    line_date = None  # "November 18, 2026 —" parsed as a sentence (or a line) of its own: it dates the next one
    filed = None  # the dateline's town: where an act the story never places happened (see grouping)
    for chunk, doc in zip(chunks, nlp.pipe(c.text for c in chunks)):
        if chunk.dateline and n_sent == 0 and filed is None:
            filed = dateline_town(chunk.text, chunk.offset)
        country_words.update(t.label for _, _, t in matchers.countries(nlp)(doc[:]))
        # a group based in one country points there too ("the Rapid Support Forces" -> Sudan)
        country_words.update(t.extra[1] for _, _, t in matchers.armed_groups(nlp)(doc[:]) if t.extra[1] != "*")
        for sent in doc.sents:
            s, e = chunk.offset + sent.start_char, chunk.offset + sent.end_char
            own = [m for m in mentions if s <= m.start and m.end <= e]
            if not own and line_date is not None:
                own = [replace(line_date, kind="stamp")]
            line_date = own[0] if len(own) == 1 and _only_a_date(text[s:e], own[0], s) else None
            found = read_sentence(nlp, sent, chunk.offset, own, ref, claimant, n_sent)
            raw_interactions += find_interactions(nlp, sent, chunk.offset, own, memory)
            claimant = found[-1].claimant
            clauses.extend(found)
            n_sent += not chunk.dateline

    clauses = drop_told_again(link_group_anaphora(clauses, text))
    place_mentions = sorted({p for c in clauses for p in c.places}, key=lambda p: p.start)
    ctx = country_context(place_mentions, country_words)
    kinds = with_known_kind(place_mentions)
    resolved = {p: resolve_place(kinds[p], ctx) for p in place_mentions}
    filed_at = resolve_filed(filed, ctx) if filed is not None else None
    places = [to_model(p, resolved[p]) for p in place_mentions if resolved[p] is not None or p.ner]

    events, background = [], []
    source = Source(document_id=doc_id, url=url, title=title, published=info.published)
    main_country = main_country_of(ctx, resolved.values())
    blamed = [(c.sentence, a) for c in clauses for a in c.attributed]
    for group, event in build_events(group_clauses(clauses, ref, resolved, filed_at), text, doc_id, main_country, blamed):
        event.sources = [source]
        if vague_ref:
            event.time_precision = 3
        (background if group.background else events).append(event)
    events.sort(key=lambda e: (e.event_date, e.event_id))
    parties = story_parties(events, [iso3 for iso3, _ in ctx.most_common(4)], memory.groups, memory.talks)
    home, sides = main_event(events, main_country)
    local = paragraph_homes(events, [(c.offset, c.offset + len(c.text)) for c in chunks])
    interactions = finish(raw_interactions, parties, ref, home, sides, local)
    return Result(document=info, events=events, interactions=interactions, background=background, places=places,
                  warnings=warnings)
