#!/usr/bin/env python3
"""Ingest throughput: N articles with `-j 1` and with `-j 2`, then the same N again.

Each run is a fresh `tacitus ingest` process on a fresh SQLite file; the articles are our corpus
texts (dev, test, multi-outlet), each made distinct by a numbered line so that none is a
duplicate of another. Prints docs/s, the -j 2 / -j 1 speed-up, the re-ingest time as a share of
the first, and the peak memory of the largest process (parent or worker). Figures only.

    python bench/ingest.py [--docs 1000]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TACITUS = [sys.executable, "-m", "tacitus"]


def articles(n: int) -> list[dict]:
    base = [json.loads(line) for name in ("dev", "test", "multi")
            for line in (ROOT / "corpus" / f"{name}.jsonl").read_text("utf-8").splitlines()]
    out = []
    for i in range(n):
        d = base[i % len(base)]
        out.append({"text": f"Bulletin {i}.\n{d['text']}", "published": d["published"], "title": d["title"],
                    "source": f"outlet {i % 7}", "url": f"https://bench.example/{i}"})
    return out


def run(args: list[str]) -> tuple[float, int]:
    """Wall seconds of one `tacitus` run, and the peak RSS (MB) of its largest process so far."""
    t = time.perf_counter()
    subprocess.run(TACITUS + args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.jsonl"
        src.write_text("".join(json.dumps(d) + "\n" for d in articles(a.docs)), "utf-8")
        print(f"{a.docs} articles, {os.cpu_count()} cores")
        j1, mem1 = run(["ingest", str(src), "--db", f"sqlite:///{tmp}/j1.db", "-j", "1"])
        print(f"-j 1: {j1:6.1f} s  {a.docs / j1:5.1f} docs/s  peak {mem1} MB")
        j2, mem2 = run(["ingest", str(src), "--db", f"sqlite:///{tmp}/j2.db", "-j", "2"])
        print(f"-j 2: {j2:6.1f} s  {a.docs / j2:5.1f} docs/s  peak of the largest process {mem2} MB")
        print(f"speed-up -j 2 / -j 1: {j1 / j2:.2f}x")
        again, _ = run(["ingest", str(src), "--db", f"sqlite:///{tmp}/j2.db", "-j", "2"])
        print(f"re-ingest of the same {a.docs}: {again:.2f} s = {100 * again / j2:.1f}% of the first")


if __name__ == "__main__":
    main()
