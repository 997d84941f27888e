"""spaCy PhraseMatchers built from the lexicons, cached per pipeline vocabulary."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache


from .lexicon import read_rows, split_alts


@dataclass(frozen=True)
class Term:
    label: str
    extra: tuple[str, ...]


@dataclass
class LexiconMatcher:
    matcher: "PhraseMatcher"  # noqa: F821 (spaCy's, imported where one is built)
    terms: dict[int, Term]  # match_id -> what the phrase means

    def __call__(self, span) -> list[tuple[int, int, Term]]:
        """Longest non-overlapping matches in a Span, as (doc token start, doc token end, term)."""
        found = self.matcher(span)
        spans = sorted(((s, e, self.terms[mid]) for mid, s, e in found), key=lambda x: (-(x[1] - x[0]), x[0]))
        taken: set[int] = set()
        out = []
        for s, e, term in spans:
            if taken.isdisjoint(range(s, e)):
                taken.update(range(s, e))
                out.append((s, e, term))
        return sorted(out)


def _build(nlp, rows: list[tuple[str, Term]], attr: str) -> LexiconMatcher:
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab, attr=attr)
    terms: dict[int, Term] = {}
    by_key: dict[str, list] = {}
    for phrase, term in rows:
        key = f"{term.label}|{'|'.join(term.extra)}"
        terms[nlp.vocab.strings.add(key)] = term
        by_key.setdefault(key, []).append(nlp.make_doc(phrase if attr == "ORTH" else phrase.lower()))
    for key, docs in by_key.items():
        matcher.add(key, docs)
    return LexiconMatcher(matcher, terms)


@cache
def triggers(nlp) -> LexiconMatcher:
    rows = []
    for phrases, label, *rest in read_rows("triggers.tsv"):
        weapon = rest[0] if rest else ""
        rows += [(p, Term(label, (weapon,))) for p in split_alts(phrases)]
    return _build(nlp, rows, "LOWER")


@cache
def weapons(nlp) -> LexiconMatcher:
    rows = [(p, Term(label, tuple(rest[:1]))) for phrases, label, *rest in read_rows("weapons.tsv")
            for p in split_alts(phrases)]
    return _build(nlp, rows, "LOWER")


@cache
def agents(nlp) -> LexiconMatcher:
    rows = []
    for phrases, inter, category, pattern in read_rows("agents.tsv"):
        rows += [(p, Term(pattern, (inter, category))) for p in split_alts(phrases)]
    return _build(nlp, rows, "LOWER")


@cache
def armed_groups(nlp) -> LexiconMatcher:
    rows = []
    for names, inter, iso3, acled_name in read_rows("armed_groups.tsv"):
        rows += [(n, Term(acled_name, (inter, iso3))) for n in split_alts(names)]
    return _build(nlp, rows, "ORTH")


@cache
def countries(nlp) -> LexiconMatcher:
    from .lexicon import countries as country_table

    rows = []
    for c in country_table().values():
        rows += [(n, Term(c.iso3, ("name",))) for n in c.names]
        rows += [(a, Term(c.iso3, ("adjective",))) for a in c.adjectives]
    return _build(nlp, rows, "ORTH")


@cache
def casualty_words(nlp) -> LexiconMatcher:
    rows = [(p, Term(kind, tuple(rest))) for phrases, kind, *rest in read_rows("casualty_words.tsv")
            for p in split_alts(phrases)]
    return _build(nlp, rows, "LOWER")


@cache
def speech_verbs(nlp) -> LexiconMatcher:
    rows = [(p, Term("speech", ())) for (phrases,) in read_rows("speech_verbs.tsv") for p in split_alts(phrases)]
    return _build(nlp, rows, "LOWER")
