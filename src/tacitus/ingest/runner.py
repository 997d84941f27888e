"""``ingest()``: sources -> documents -> extraction (in N worker processes) -> the store.

The parent process reads sources, skips what is already stored (same URL and content, or the
same normalised text) and writes every document in its own transaction; workers only extract.
At most a few documents per worker are in flight, so memory stays bounded on any input size.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from ..api import extract
from ..errors import TacitusError
from ..models import InputDocument, Result
from ..store import Store
from ..store.database import content_hash
from .fetch import Fetcher
from .sources import Item, iter_items, outlet_of

IN_FLIGHT_PER_WORKER = 4


@dataclass
class Summary:
    stored: int = 0  # documents extracted and stored (new or replacing an older version)
    replaced: int = 0
    unchanged: int = 0  # already stored: nothing done
    failed: int = 0
    events: int = 0  # events in the stored documents
    new_events: int = 0  # merged events they created
    joined: int = 0  # of their events, how many joined an event already stored
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Job:
    where: str
    doc: InputDocument
    digest: str
    outlet: str


def extract_job(job: Job) -> Result | str:
    """In a worker: the extraction result, or one line saying why there is none."""
    d = job.doc
    try:
        return extract(d.text, published=d.published, title=d.title, url=d.url, doc_id=job.digest[:16],
                       language=d.language)
    except TacitusError as exc:
        return f"{job.where}: {exc}"
    except Exception as exc:  # one bad document must not stop a batch; say what broke
        return f"{job.where}: extraction failed ({type(exc).__name__}: {exc})"


def _warm() -> None:
    from ..nlp.pipeline import load_pipeline

    load_pipeline()


def ingest(sources: list[str], store: Store, *, jobs: int = 1, allow_private: bool = False,
           reextract: bool = False, fetch: bool = True,
           on_progress: Callable[[Summary, str], None] | None = None, summary: Summary | None = None) -> Summary:
    """Ingest ``sources`` into ``store``; see the module doc. Returns what happened (filling
    ``summary`` when given, so a caller that catches Ctrl-C still knows what was stored)."""
    summary = summary if summary is not None else Summary()
    report = on_progress or (lambda s, where: None)
    fetcher = Fetcher(allow_private=allow_private) if fetch else None
    seen: set[str] = set()  # content hashes queued in this run
    stored_hashes, stored_urls = store.known_documents()

    def known(url: str) -> bool:
        return not reextract and url in stored_urls

    def fail(where: str, message: str) -> None:
        summary.failed += 1
        summary.errors.append(message)
        report(summary, where)

    def save(job: Job, outcome: Result | str) -> None:
        if isinstance(outcome, str):
            fail(job.where, outcome)
            return
        try:
            saved = store.save(outcome, text=job.doc.text, outlet=job.outlet, url=job.doc.url,
                               input_id=job.doc.id, digest=job.digest)
        except TacitusError as exc:
            fail(job.where, f"{job.where}: {exc}")
            return
        summary.stored += 1
        summary.replaced += saved.replaced
        summary.events += saved.events
        summary.new_events += saved.new_events
        summary.joined += saved.joined
        report(summary, job.where)

    def jobs_to_do():
        for item in iter_items(sources, fetcher, known):
            job = _job(item)
            if isinstance(job, str):
                fail(item.where, job)
            elif job is None or job.digest in seen:
                summary.unchanged += 1
                report(summary, item.where)
            else:
                seen.add(job.digest)
                yield job

    def _job(item: Item) -> Job | str | None:
        if item.error:
            return item.error
        if item.skipped or item.doc is None:
            return None
        digest = content_hash(item.doc.text)
        if not reextract and digest in stored_hashes:
            return None  # the same text is stored (an article whose text changed is stored again)
        return Job(item.where, item.doc, digest, outlet_of(item.doc, item.where))

    try:
        if jobs <= 1:
            for job in jobs_to_do():
                save(job, extract_job(job))
        else:
            with multiprocessing.get_context("fork").Pool(jobs, initializer=_warm) as pool:
                pending: deque = deque()
                try:
                    for job in jobs_to_do():
                        pending.append((job, pool.apply_async(extract_job, (job,))))
                        while pending and (len(pending) >= jobs * IN_FLIGHT_PER_WORKER or pending[0][1].ready()):
                            done, result = pending.popleft()
                            save(done, result.get())
                    while pending:
                        done, result = pending.popleft()
                        save(done, result.get())
                except BaseException:
                    pool.terminate()
                    raise
    finally:
        if fetcher is not None:
            fetcher.close()
    return summary
