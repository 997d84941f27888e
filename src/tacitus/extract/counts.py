"""Counts as news writes them: "49", "6,600", "forty-three", "a dozen", "dozens", "at least 49".

ACLED's rule for vague words: several/many/few -> 3, dozens -> 12, hundreds -> 100; we add
"scores" -> 20 and "thousands" -> 1000 in the same spirit (the smallest value the word allows).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import number_words, qualifier_phrases

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$|^\d+(?:\.\d+)?$")


@dataclass(frozen=True)
class Count:
    value: int
    qualifier: str  # exact, at_least, at_most, approximately, vague
    text: str


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", text.lower().strip()) if w and w != "and"]


def parse_number(text: str) -> int | None:
    """The integer a number phrase denotes, or None. Vague words return their ACLED value."""
    words = _words(text)
    table = number_words()
    if len(words) == 2 and words[0] in ("a", "an") and table.get(words[1], (0, ""))[1] == "vague":
        words = words[1:]  # "a few", "a couple"
    if not words:
        return None
    total, current, seen = 0, 0, False
    for i, w in enumerate(words):
        if _DIGITS.match(w):
            num = float(w.replace(",", ""))
            if num != int(num) and not (i + 1 < len(words) and table.get(words[i + 1], (0, ""))[1] == "scale"):
                return None
            current += num
            seen = True
            continue
        entry = table.get(w)
        if entry is None:
            return None
        value, kind = entry
        if kind == "unit":
            if w in ("a", "an", "no") and i + 1 < len(words) and table.get(words[i + 1], (0, ""))[1] != "scale":
                return None
            if w in ("a", "an") and i + 1 == len(words):
                return None
            current += value
        elif kind == "scale":
            current = (current or 1) * value
            if value >= 1000:
                total += current
                current = 0
        else:  # vague
            if i + 1 < len(words) and table.get(words[i + 1], (0, ""))[1] == "scale" and i == 0:
                current = value  # "several hundred" -> 300
                seen = True
                continue
            if len(words) != 1 and not (i == len(words) - 1 and w in ("dozens", "hundreds", "thousands", "scores")):
                return None
            current = (current or 1) * value if i else value
        seen = True
    return int(total + current) if seen else None


def is_vague(text: str) -> bool:
    words = _words(text)
    table = number_words()
    return bool(words) and any(table.get(w, (0, ""))[1] == "vague" for w in words)


def parse_count(text: str) -> Count | None:
    """A count with its qualifier: "at least 49" -> Count(49, "at_least")."""
    raw = text.strip()
    low = re.sub(r"\s+", " ", raw.lower())
    qualifier = "exact"
    for phrase, q in sorted(qualifier_phrases().items(), key=lambda kv: -len(kv[0])):
        if low.startswith(phrase + " "):
            rest = low[len(phrase) + 1:]
            if parse_number(rest) is not None and not is_vague(rest):
                qualifier, low = q, rest
                break
    many = re.fullmatch(r"(\S+) of (\S+)", low)  # "tens of thousands": the smallest such number
    if many and is_vague(many.group(1)) and is_vague(many.group(2)):
        first, second = parse_number(many.group(1)), parse_number(many.group(2))
        value = first * second if first and second else None
    else:
        value = parse_number(low)
    if value is None:
        return None
    if is_vague(low):
        qualifier = "vague"
    return Count(value, qualifier, raw)
