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

    t = time.perf_counter()
    for d in docs:
        tacitus.extract(d["text"], published=d["published"], doc_id=d["id"])
    tac_s = time.perf_counter() - t

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
    print(f"documents            {len(docs)} ({words} words, our corpus repeated)")
    print(f"spaCy nlp.pipe       {len(docs) / spacy_s:8.1f} docs/s {words / spacy_s:10.0f} words/s")
    print(f"tacitus extract      {len(docs) / tac_s:8.1f} docs/s {words / tac_s:10.0f} words/s")
    print(f"ratio tacitus/spaCy  {tac_s / spacy_s:8.2f}x time")
    print(f"one {len(long_text.split())}-word article {one_ms:6.1f} ms warm")
    print(f"peak memory          {peak_mb:8.0f} MB")
    print(f"cold start (CLI)     {cold_s:8.2f} s for one article")


if __name__ == "__main__":
    main()
