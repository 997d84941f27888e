#!/usr/bin/env python3
"""Speed of tacitus extraction against spaCy's own parse of the same texts (one process).

Prints docs/s and words/s for `tacitus.extract` and for `nlp.pipe`, their ratio, peak memory
and the cold-start time of `tacitus extract` on one article. Not a test: figures only.

    python bench/bench.py [--docs 500]
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus(n: int) -> list[dict]:
    docs = []
    for split in ("dev", "test"):
        for line in (ROOT / "corpus" / f"{split}.jsonl").read_text("utf-8").splitlines():
            docs.append(json.loads(line))
    return [docs[i % len(docs)] for i in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=500)
    args = ap.parse_args()
    import tacitus
    from tacitus.nlp.pipeline import chunk_text, load_pipeline

    docs = corpus(args.docs)
    words = sum(len(d["text"].split()) for d in docs)
    nlp = load_pipeline()
    tacitus.extract(docs[0]["text"], published=docs[0]["published"])  # warm up caches

    t = time.perf_counter()
    for d in docs:
        list(nlp.pipe(c.text for c in chunk_text(d["text"])))
    spacy_s = time.perf_counter() - t

    import importlib

    api = importlib.import_module("tacitus.api")
    clauses = importlib.import_module("tacitus.extract.clauses")

    geo = {"resolve": 0.0, "find": 0.0, "interactions": 0.0}

    def timed(fn, key):
        def wrapper(*a, **k):
            t0 = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                geo[key] += time.perf_counter() - t0
        return wrapper

    real_resolve, real_find = api.resolve_place, clauses.find_place_mentions
    real_inter, real_finish = api.find_interactions, api.finish
    api.resolve_place, clauses.find_place_mentions = timed(real_resolve, "resolve"), timed(real_find, "find")
    api.find_interactions, api.finish = timed(real_inter, "interactions"), timed(real_finish, "interactions")
    t = time.perf_counter()
    for d in docs:
        tacitus.extract(d["text"], published=d["published"], doc_id=d["id"])
    tac_s = time.perf_counter() - t
    api.resolve_place, clauses.find_place_mentions = real_resolve, real_find
    api.find_interactions, api.finish = real_inter, real_finish

    # a 700-word article: paragraphs of our articles, in order, up to 700 words
    paras, n = [], 0
    for d in docs:
        for p in d["text"].split("\n\n"):
            if n >= 700:
                break
            paras.append(p)
            n += len(p.split())
    long_text = "\n\n".join(paras)
    t = time.perf_counter()
    for _ in range(20):
        tacitus.extract(long_text, published=docs[0]["published"])
    one_ms = (time.perf_counter() - t) / 20 * 1000

    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
        fh.write(docs[0]["text"])
    exe = Path(sys.executable).with_name("tacitus")
    t = time.perf_counter()
    subprocess.run([str(exe), "extract", fh.name, "--published", docs[0]["published"], "--format", "json"],
                   check=True, capture_output=True)
    cold_s = time.perf_counter() - t

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    gaz = _gazetteer_figures()
    print(f"documents            {len(docs)} ({words} words, our corpus repeated)")
    print(f"spaCy nlp.pipe       {len(docs) / spacy_s:8.1f} docs/s {words / spacy_s:10.0f} words/s")
    print(f"tacitus extract      {len(docs) / tac_s:8.1f} docs/s {words / tac_s:10.0f} words/s")
    print(f"ratio tacitus/spaCy  {tac_s / spacy_s:8.2f}x time")
    print(f"one {len(long_text.split())}-word article {one_ms:6.1f} ms warm")
    print(f"peak memory          {peak_mb:8.0f} MB")
    print(f"cold start (CLI)     {cold_s:8.2f} s for one article")
    print(f"geocoding share      {100 * geo['resolve'] / tac_s:8.1f} % of extraction time (resolution), "
          f"{100 * geo['find'] / tac_s:.1f} % (finding names)")
    print(f"interactions share   {100 * geo['interactions'] / tac_s:8.1f} % of extraction time (PLOVER coding)")
    print(f"gazetteer open       {gaz['open_ms']:8.1f} ms (new process, index built, first lookup included)")
    print(f"gazetteer lookup     {gaz['lookup_ms']:8.3f} ms per name ({gaz['names']} names)")
    print(f"gazetteer resident   {gaz['rss_mb']:8.1f} MB added by opening it and looking up every name once")
    print(f"gazetteer build      {gaz['build_s']:8.1f} s once, on first use ({gaz['size_mb']:.0f} MB file, "
          f"peak {gaz['build_mb']:.0f} MB while building)")


_GAZ_PROBE = """
import json, sys, time
from tacitus.geo.gazetteer import load

def rss_mb():
    with open("/proc/self/status") as fh:
        return next(int(l.split()[1]) for l in fh if l.startswith("VmRSS")) / 1024

before = rss_mb()
t = time.perf_counter()
gaz = load()
gaz.lookup("Kherson")
open_ms = (time.perf_counter() - t) * 1000
names = json.loads(sys.stdin.read())
t = time.perf_counter()
for n in names:
    gaz.lookup(n)
    gaz.lookup_admin1(n)
lookup_ms = (time.perf_counter() - t) * 1000 / max(1, len(names))
print(json.dumps({"open_ms": open_ms, "lookup_ms": lookup_ms, "rss_mb": rss_mb() - before, "names": len(names)}))
"""

_BUILD_PROBE = """
import resource, sys, time
from pathlib import Path
from tacitus.geo import gazetteer
t = time.perf_counter()
gazetteer.build(Path(sys.argv[1]))
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def _gazetteer_figures() -> dict:
    """Open time, lookup time and memory of the gazetteer in a fresh process; build time in a
    temporary directory."""
    from tacitus.geo import gazetteer

    names = sorted({w.strip(".,;:") for d in corpus(96) for w in d["text"].split() if w[:1].isupper()})
    out = subprocess.run([sys.executable, "-c", _GAZ_PROBE], input=json.dumps(names), capture_output=True,
                         text=True, check=True)
    figures = json.loads(out.stdout)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "g.sqlite"
        out = subprocess.run([sys.executable, "-c", _BUILD_PROBE, str(path)], capture_output=True, text=True,
                             check=True)
        build_s, build_mb = out.stdout.split()
        figures["build_s"], figures["build_mb"] = float(build_s), float(build_mb)
        figures["size_mb"] = path.stat().st_size / 1e6
    return figures


if __name__ == "__main__":
    main()
