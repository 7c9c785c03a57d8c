#!/usr/bin/env python3
"""Alignment quality of a claimdiff JSON report on the Bible pair, where paragraph = chapter.

Prints: aligned groups, the share of them whose A and B sentences lie in the same chapter, and the
share of A's sentences aligned to something. With --swapped, also the share of A's sentences that
are shared/conflict (for a file against a copy of itself with its halves swapped)."""
import json
import sys


def main(path):
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    groups = [x for x in report["findings"] if x["a"] and x["b"]]
    same = sum(1 for x in groups if x["a"][0]["paragraph"] == x["b"][0]["paragraph"])
    aligned_a = sum(len(x["a"]) for x in groups)
    total_a = report["a"]["sentences"] - report["a"]["boilerplate"]
    s = report["summary"]
    print(f"aligned groups        {len(groups)}")
    print(f"same chapter          {same / max(1, len(groups)) * 100:.2f} %")
    print(f"A sentences aligned   {aligned_a / max(1, total_a) * 100:.2f} %")
    print(f"summary               shared {s['shared']}, conflict {s['conflict']}, only A {s['only_a']}, "
          f"only B {s['only_b']}, moved {s['moved']}")


if __name__ == "__main__":
    main(sys.argv[1])
