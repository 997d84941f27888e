"""A light language check: tacitus reads English; other languages get a warning, not events.

Counts frequent function words per language (``data/lexicons/languages.tsv``) and looks at the
script (Arabic, Cyrillic, CJK, ...). No model download, a few microseconds per document.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

from .lexicon import read_rows, split_alts

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SCRIPTS = {"ARABIC": "ar", "CYRILLIC": "ru", "CJK": "zh", "HIRAGANA": "ja", "KATAKANA": "ja", "HANGUL": "ko",
            "HEBREW": "he", "DEVANAGARI": "hi", "GREEK": "el", "THAI": "th", "ETHIOPIC": "am", "ARMENIAN": "hy",
            "GEORGIAN": "ka", "BENGALI": "bn"}


@cache
def _function_words() -> dict[str, frozenset[str]]:
    return {lang: frozenset(split_alts(words)) for lang, words in read_rows("languages.tsv")}


def detect_language(text: str, sample: int = 5000) -> str:
    """ISO 639-1 code of the text's language ("en" when unsure and mostly Latin script)."""
    head = text[:sample]
    letters = [c for c in head if c.isalpha()]
    if not letters:
        return "und"
    scripts = Counter()
    for c in letters[:2000]:
        if ord(c) < 0x250:
            scripts["LATIN"] += 1
            continue
        name = unicodedata.name(c, "")
        scripts[next((s for s in _SCRIPTS if name.startswith(s)), "OTHER")] += 1
    script, n = scripts.most_common(1)[0]
    if script != "LATIN" and n > 0.5 * sum(scripts.values()):
        return _SCRIPTS.get(script, "und")
    words = [w.lower() for w in _WORD.findall(head)]
    if not words:
        return "und"
    scores = {lang: sum(w in fw for w in words) / len(words) for lang, fw in _function_words().items()}
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] > 0.05 else "en"
