#!/usr/bin/env python3
"""Assertions on DOMs of the multi-source HTML report dumped by headless Chromium."""
import json
import sys

from check_dom import check, failures, load


def claim_rows(root):
    return [n for n in root.all() if n.tag == "tr" and "claim" in n.classes()]


def visible(rows):
    return [r for r in rows if "hidden" not in r.attrs]


def main(tmp):
    report = json.load(open(f"{tmp}/grid.json", encoding="utf-8"))
    dom = load(f"{tmp}/all.dom")
    grids = [n for n in dom.all() if n.attrs.get("id") == "grid"]
    check(len(grids) == 1, "the page has one grid")
    rows = claim_rows(dom)
    check(len(rows) == len(report["claims"]), f"a row per claim ({len(rows)} of {len(report['claims'])})")
    check(all(len([c for c in r.children if "cell" in c.classes()]) == 4 for r in rows), "a cell per source in every row")
    heads = [n.content() for n in dom.all() if n.tag == "th" and n.attrs.get("scope") == "col"]
    check(heads == ["1", "2", "3", "4"], f"a column per source ({heads})")
    controls = [n for n in dom.all() if n.attrs.get("id") == "controls"]
    check(len(controls) == 1 and "hidden" not in controls[0].attrs, "the inline script ran (filters shown)")
    check(len(visible(rows)) == len(rows), "unfiltered: every row visible")

    first = rows[0]
    marks = [c for c in first.children if "contradicts" in c.classes()]
    check(first.attrs.get("data-contradicted") == "1" and len(marks) >= 1, "the first row is a contradicted claim")
    evidence = " ".join(" ".join(m.content().split()) for m in marks)
    check("Eight people died" in evidence, "its ! cell opens the contradicting sentence")
    check(any(n.tag == "span" and "badge" in n.classes() and n.content() == "number" for m in marks for n in m.all()),
          "... with the reason's badge")
    check(any(n.tag in ("del", "ins") for m in marks for n in m.all()), "... and the pairwise word diff")
    check(all(any(n.tag == "details" for n in c.all()) for r in rows for c in r.children if "states" in c.classes()),
          "every = cell opens its evidence")

    for name, keep in (("contradicted", lambda r: r.attrs.get("data-contradicted") == "1"),
                       ("single", lambda r: r.attrs.get("data-sources") == "1"),
                       ("k3", lambda r: int(r.attrs.get("data-states", "0")) >= 3)):
        filtered = claim_rows(load(f"{tmp}/{name}.dom"))
        shown = visible(filtered)
        check(len(shown) >= 1 and all(keep(r) for r in shown), f"filter {name}: only its rows visible ({len(shown)})")
        check(len(shown) == sum(1 for r in filtered if keep(r)), f"filter {name}: every row of it visible")

    hostile = load(f"{tmp}/hostile.dom")
    check(any(n.attrs.get("id") == "grid" for n in hostile.all()), "the hostile page still has its grid")
    hostile_controls = [n for n in hostile.all() if n.attrs.get("id") == "controls"]
    check(len(hostile_controls) == 1 and "hidden" not in hostile_controls[0].attrs,
          "on the hostile page the report's own hashed script still ran")
    titles = [n.content() for n in hostile.all() if n.tag == "title"]
    check(len(titles) == 1 and "pwned" not in titles[0] and titles[0] not in ("1", "2", "3"),
          f"no injected script changed the title ({titles})")
    check(not any(n.tag in ("img", "svg") for n in hostile.all()), "no <img> or <svg> element was injected")
    check(sum(1 for n in hostile.all() if n.tag == "script") == 1, "only the page's own script element exists")
    check(not any(k.startswith("on") for n in hostile.all() for k in n.attrs), "no event-handler attribute exists")
    text = hostile.content()
    check("<script>document.title='pwned'</script>" in text, "the script payload is shown as text")
    check("<U+202E>" in text and "\u202e" not in text, "the bidi override is shown escaped, not applied")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
