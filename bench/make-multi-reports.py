#!/usr/bin/env python3
"""Writes N invented reports of about 1,000 words each for the multi-source benchmark.

Every report draws its sentences from the reports under tests/multi/events (so the sources
share many claims, as reports of one event do), in its own order, with some figures changed and
some words dropped: the pairwise links and contradictions a real set of outlets would produce.
Usage: make-multi-reports.py EVENTS_DIR OUT_DIR N [WORDS]   (seeded: the same files every run)
"""
import pathlib
import random
import re
import sys


def sentences(events):
    pool = []
    for path in sorted(pathlib.Path(events).glob("*/*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            paragraph = " ".join(paragraph.split())
            if paragraph.endswith((".", '"')) and len(paragraph.split()) > 6:
                pool.append(paragraph)
    return pool


def perturb(sentence, rng):
    if rng.random() < 0.15:  # a differing figure
        sentence = re.sub(r"\b\d+\b", lambda m: str(int(m.group()) + rng.randint(1, 9)), sentence, count=1)
    words = sentence.split()
    if len(words) > 10 and rng.random() < 0.3:  # an outlet's shorter wording
        del words[rng.randrange(1, len(words) - 1)]
    return " ".join(words)


def main():
    events, out, n = sys.argv[1], pathlib.Path(sys.argv[2]), int(sys.argv[3])
    target = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
    pool = sentences(events)
    out.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        rng = random.Random(i)
        chosen, words = [], 0
        order = pool[:]
        rng.shuffle(order)
        for s in order * 2:
            if words >= target:
                break
            chosen.append(perturb(s, rng))
            words += len(chosen[-1].split())
        (out / f"report_{i:02d}.txt").write_text("\n\n".join(chosen) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
