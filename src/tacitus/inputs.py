"""Reading documents from files, stdin and JSON lines, with clear errors for bad input."""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pydantic import ValidationError

from .errors import EmptyTextError, InputError
from .models import InputDocument

MAX_BYTES = 20 * 1024 * 1024  # one document; larger inputs are refused, not half-read


def decode_text(data: bytes, where: str) -> str:
    """UTF-8 text from bytes; binary data and other encodings get an InputError naming ``where``."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{where}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: not UTF-8 text (byte {exc.start}); convert it with e.g. iconv -t utf-8") from None


def read_bytes(source: str, stdin: BinaryIO | None = None) -> bytes:
    if source == "-":
        if stdin is None:
            raise InputError("no standard input")
        data = stdin.read(MAX_BYTES + 1)
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"{source}: no such file")
        if path.is_dir():
            raise InputError(f"{source}: is a folder; give a file (folders are for `tacitus ingest`)")
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except OSError as exc:
            raise InputError(f"{source}: cannot read ({exc.strerror})") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{source}: larger than {MAX_BYTES // (1024 * 1024)} MB")
    return data


def read_text_document(source: str, stdin: BinaryIO | None = None) -> str:
    text = decode_text(read_bytes(source, stdin), source)
    if not text.strip():
        raise EmptyTextError(f"{source}: empty document")
    return text


@dataclass
class Line:
    number: int
    document: InputDocument | None
    error: str | None


def parse_jsonl_line(raw: str, number: int, where: str) -> Line:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        return Line(number, None, f"{where}:{number}: malformed JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict):
        return Line(number, None, f"{where}:{number}: expected a JSON object with a \"text\" field")
    try:
        doc = InputDocument.model_validate(obj)
    except ValidationError as exc:
        first = exc.errors()[0]
        return Line(number, None, f"{where}:{number}: field {'.'.join(map(str, first['loc']))}: {first['msg']}")
    if not doc.text.strip():
        return Line(number, None, f"{where}:{number}: empty text")
    return Line(number, doc, None)


def read_jsonl(source: str, stdin: BinaryIO | None = None) -> Iterator[Line]:
    """Each non-blank line of a JSON-lines file as a document or an error; never stops early."""
    text = decode_text(read_bytes(source, stdin), source) if source == "-" else None
    if text is not None:
        lines = text.splitlines()
        for n, raw in enumerate(lines, 1):
            if raw.strip():
                yield parse_jsonl_line(raw, n, source)
        return
    path = Path(source)
    if not path.exists():
        raise InputError(f"{source}: no such file")
    with path.open("rb") as fh:
        for n, raw_bytes in enumerate(fh, 1):
            if not raw_bytes.strip():
                continue
            try:
                raw = raw_bytes.decode("utf-8-sig")
            except UnicodeDecodeError:
                yield Line(n, None, f"{source}:{n}: not UTF-8 text")
                continue
            yield parse_jsonl_line(raw, n, source)
