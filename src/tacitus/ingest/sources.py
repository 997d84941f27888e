"""Documents from what the user names: files, folders, JSON lines, web pages and RSS/Atom feeds.

Everything is turned into ``Item``s: a document, or one line saying why a source gave none.
``known`` tells which URLs are already stored, so a feed read again fetches nothing twice.
"""
from __future__ import annotations

import calendar
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import TacitusError
from ..inputs import decode_text, read_bytes, read_jsonl
from ..models import InputDocument
from .fetch import Fetcher

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES


@dataclass(frozen=True)
class Item:
    where: str  # a path, "path:line" or a URL, for messages
    doc: InputDocument | None = None
    error: str | None = None
    skipped: bool = False  # a URL already stored; nothing fetched


def outlet_of(doc: InputDocument, where: str) -> str:
    """Who published it: the document's ``source``, else the URL's host, else the file's name."""
    if doc.source:
        return doc.source
    if doc.url:
        host = urlsplit(doc.url).hostname or doc.url
        return host.removeprefix("www.")
    return Path(where.split(":")[0]).name or where


def from_html(data: bytes | str, url: str | None, where: str) -> InputDocument:
    """Main text, title, date and canonical URL of a web page (trafilatura)."""
    import trafilatura

    html = data if isinstance(data, str) else decode_html(data, where)
    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if extracted is None or not (extracted.text or "").strip():
        raise TacitusError(f"{where}: no article text found in the page")
    return InputDocument(text=extracted.text, title=extracted.title, published=extracted.date,
                         url=url or extracted.url)


def decode_html(data: bytes, where: str) -> str:
    try:
        return decode_text(data, where)
    except TacitusError:
        return data.decode("latin-1")  # lxml reads the page's own charset declaration from here on


def looks_like_feed(content_type: str, body: bytes) -> bool:
    head = body[:1024].lstrip().lower()
    return any(t in content_type for t in ("rss", "atom")) or (
        (b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head))


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        if entry.get(key):
            return time.strftime("%Y-%m-%d", time.gmtime(calendar.timegm(entry[key])))
    return None


def from_feed(body: bytes, where: str, fetcher: Fetcher | None, known: Callable[[str], bool]) -> Iterator[Item]:
    """Each entry's linked article, fetched (unless already stored)."""
    import feedparser

    feed = feedparser.parse(body)
    if feed.bozo and not feed.entries:
        yield Item(where, error=f"{where}: not a readable RSS/Atom feed ({feed.get('bozo_exception')})")
        return
    outlet = feed.feed.get("title")
    for entry in feed.entries:
        link = entry.get("link")
        if not link:
            yield Item(where, error=f"{where}: a feed entry without a link ({entry.get('title', '?')!r})")
            continue
        if known(link):
            yield Item(link, skipped=True)
            continue
        if fetcher is None:
            yield Item(link, error=f"{link}: fetching is off")
            continue
        try:
            page = fetcher.get(link)
            doc = from_html(page.body, page.url, link)
        except TacitusError as exc:
            yield Item(link, error=str(exc))
            continue
        yield Item(link, doc.model_copy(update={
            "url": link, "title": doc.title or entry.get("title"), "published": doc.published or _entry_date(entry),
            "source": outlet or None}))


def from_url(url: str, fetcher: Fetcher, known: Callable[[str], bool]) -> Iterator[Item]:
    try:
        page = fetcher.get(url)
    except TacitusError as exc:
        yield Item(url, error=str(exc))
        return
    if looks_like_feed(page.content_type, page.body):
        yield from from_feed(page.body, url, fetcher, known)
        return
    if known(url):
        yield Item(url, skipped=True)
        return
    try:
        yield Item(url, from_html(page.body, page.url, url).model_copy(update={"url": url}))
    except TacitusError as exc:
        yield Item(url, error=str(exc))


def from_file(path: Path, fetcher: Fetcher | None, known: Callable[[str], bool]) -> Iterator[Item]:
    where = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            for line in read_jsonl(where):
                yield Item(f"{where}:{line.number}", line.document, line.error)
            return
        data = read_bytes(where)
        if suffix in FEED_SUFFIXES or (suffix not in HTML_SUFFIXES | TEXT_SUFFIXES and looks_like_feed("", data)):
            yield from from_feed(data, where, fetcher, known)
        elif suffix in HTML_SUFFIXES:
            yield Item(where, from_html(data, None, where))
        elif suffix in TEXT_SUFFIXES:
            text = decode_text(data, where)
            yield Item(where, InputDocument(text=text) if text.strip() else None,
                       None if text.strip() else f"{where}: empty document")
        else:
            yield Item(where, error=f"{where}: unknown kind of file (use .txt, .html, .jsonl or an RSS/Atom .xml)")
    except TacitusError as exc:
        yield Item(where, error=str(exc))


def iter_items(sources: list[str], fetcher: Fetcher | None, known: Callable[[str], bool]) -> Iterator[Item]:
    for source in sources:
        if source.startswith(("http://", "https://")):
            if fetcher is None:
                yield Item(source, error=f"{source}: fetching is off")
            else:
                yield from from_url(source, fetcher, known)
            continue
        path = Path(source)
        if not path.exists():
            yield Item(source, error=f"{source}: no such file or folder")
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not files:
                yield Item(source, error=f"{source}: no .txt, .html, .jsonl or feed files in this folder")
            for p in files:
                yield from from_file(p, fetcher, known)
        else:
            yield from from_file(path, fetcher, known)
