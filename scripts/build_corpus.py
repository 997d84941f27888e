#!/usr/bin/env python3
"""Compile corpus/articles/*.toml (one article each, written by us) into the gold JSONL files
read by `tacitus eval` (corpus/dev.jsonl, corpus/test.jsonl), corpus/multi/*.toml (one story
told by several outlets each, written by us) into corpus/multi.jsonl (read by
`tacitus eval --merge`), and the demo sample bundled in the package
(src/tacitus/data/samples/articles.jsonl: dev texts and the multi-outlet reports, no gold).

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
MULTI = ROOT / "corpus" / "multi"
MULTI_OUT = ROOT / "corpus" / "multi.jsonl"
CLUSTER_FIELDS = ("cluster", "event_date", "location", "latitude", "longitude")
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


def load_story(path: Path) -> list[dict]:
    """One story's reports, each with the gold clusters of the events it tells."""
    story = tomllib.loads(path.read_text("utf-8"))
    if not 2 <= len(story["reports"]) <= 4:
        sys.exit(f"{path.name}: a story is told by 2-4 reports")
    out = []
    for n, rep in enumerate(story["reports"], 1):
        text = rep["text"].strip() + "\n"
        if not 60 <= len(text.split()) <= 400:
            sys.exit(f"{path.name}: report {n} has {len(text.split())} words; reports are 60-400 words")
        clusters = []
        for ev in rep.get("events", []):
            unknown = set(ev) - set(CLUSTER_FIELDS)
            if unknown or "cluster" not in ev:
                sys.exit(f"{path.name}: report {n}: events need a cluster; unknown fields {sorted(unknown)}")
            clusters.append({k: ev.get(k) for k in CLUSTER_FIELDS})
        out.append({"id": f"{story['id']}-{n}", "story": story["id"], "source": rep["outlet"], "url": rep["url"],
                    "title": rep["title"], "published": rep["published"], "text": text,
                    "gold": {"events": [], "clusters": clusters}})
    return out


def render() -> dict[Path, str]:
    docs = [load(p) for p in sorted(ARTICLES.glob("*.toml"))]
    reports = [r for p in sorted(MULTI.glob("*.toml")) for r in load_story(p)]
    out: dict[Path, str] = {}
    for split, path in OUT.items():
        rows = [d for d in docs if d["split"] == split]
        out[path] = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in rows)
    out[MULTI_OUT] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in reports)
    sample = [{k: d[k] for k in ("id", "title", "published", "text")} for d in docs if d["split"] == "dev"]
    sample += [{k: r[k] for k in ("id", "source", "url", "title", "published", "text")} for r in reports]
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
