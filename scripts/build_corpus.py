#!/usr/bin/env python3
"""Compile corpus/articles/*.toml (one article each, written by us) into the gold JSONL files
read by `tacitus eval` (corpus/dev.jsonl, corpus/test.jsonl) and the demo sample bundled in
the package (src/tacitus/data/samples/articles.jsonl: dev texts, no gold).

    python scripts/build_corpus.py           # rebuild
    python scripts/build_corpus.py --check   # fail if the built files are stale
"""
from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "corpus" / "articles"
OUT = {"dev": ROOT / "corpus" / "dev.jsonl", "test": ROOT / "corpus" / "test.jsonl"}
SAMPLE = ROOT / "src" / "tacitus" / "data" / "samples" / "articles.jsonl"
GOLD_FIELDS = ("event_date", "event_type", "sub_event_type", "country", "admin1", "location", "latitude",
               "longitude", "fatalities", "injuries", "actor1_country", "actor1_inter", "actor2_country",
               "actor2_inter")


def load(path: Path) -> dict:
    art = tomllib.loads(path.read_text("utf-8"))
    text = art["text"].strip() + "\n"
    words = len(text.split())
    if not 120 <= words <= 500:
        sys.exit(f"{path.name}: {words} words; articles are 120-500 words")
    events = []
    for ev in art.get("events", []):
        unknown = set(ev) - set(GOLD_FIELDS)
        if unknown:
            sys.exit(f"{path.name}: unknown gold fields {sorted(unknown)}")
        events.append({k: ev.get(k) for k in GOLD_FIELDS})
    gold = {"events": events}
    if "interactions" in art:  # PLOVER: {"date", "event_type", "actor", "recipient"} (ISO3 or a body's name)
        gold["interactions"] = [{k: i.get(k) for k in ("date", "event_type", "actor", "recipient")}
                                for i in art["interactions"]]
    return {"id": art["id"], "split": art["split"], "title": art["title"], "published": art["published"],
            "text": text, "hard_cases": art.get("hard_cases", []), "gold": gold}


def render() -> dict[Path, str]:
    docs = [load(p) for p in sorted(ARTICLES.glob("*.toml"))]
    out: dict[Path, str] = {}
    for split, path in OUT.items():
        rows = [d for d in docs if d["split"] == split]
        out[path] = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in rows)
    sample = [{k: d[k] for k in ("id", "title", "published", "text")} for d in docs if d["split"] == "dev"]
    out[SAMPLE] = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in sample)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    stale = []
    for path, content in render().items():
        if args.check:
            if not path.exists() or path.read_text("utf-8") != content:
                stale.append(str(path.relative_to(ROOT)))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, "utf-8")
            print(f"wrote {path.relative_to(ROOT)} ({content.count(chr(10))} documents)")
    if stale:
        sys.exit("stale, run scripts/build_corpus.py: " + ", ".join(stale))


if __name__ == "__main__":
    main()
