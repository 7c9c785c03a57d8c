#!/usr/bin/env python3
"""Assertions on DOMs dumped by headless Chromium for the HTML report test."""
import sys
from html.parser import HTMLParser


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children, self.text = tag, dict(attrs), parent, [], []

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def all(self):
        yield self
        for child in self.children:
            yield from child.all()

    def content(self):
        return "".join(self.text_parts())

    def text_parts(self):
        for item in self.text:
            yield item if isinstance(item, str) else "".join(item.text_parts())


VOID = {"meta", "link", "br", "img", "input", "col", "rect", "hr", "source", "wbr"}


class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.cur)
        self.cur.children.append(node)
        self.cur.text.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        node = Node(tag, attrs, self.cur)
        self.cur.children.append(node)
        self.cur.text.append(node)

    def handle_endtag(self, tag):
        node = self.cur
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.cur = node.parent

    def handle_data(self, data):
        self.cur.text.append(data)


def load(path):
    tree = Tree()
    with open(path, encoding="utf-8") as f:
        tree.feed(f.read())
    return tree.root


failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def rows(root):
    return [n for n in root.all() if n.tag == "tr" and "row" in n.classes()]


def main(tmp):
    seed = load(f"{tmp}/seed.dom")
    cards = [n for n in seed.all() if n.tag == "article" and "card" in n.classes()]
    check(len(cards) == 1, f"seed report has one conflict card (found {len(cards)})")
    card_text = " ".join(" ".join(c.content().split()) for c in cards)
    check("we have means to prove" in card_text, "the card quotes A: 'we have means to prove'")
    check("we have no means to prove" in card_text, "the card quotes B: 'we have no means to prove'")
    check(any(n.tag == "span" and "badge" in n.classes() and n.content() == "negation" for n in seed.all()),
          "the card carries a negation badge")
    controls = [n for n in seed.all() if n.attrs.get("id") == "controls"]
    check(len(controls) == 1 and "hidden" not in controls[0].attrs, "the inline script ran (filters shown)")
    all_rows = rows(seed)
    check(len(all_rows) > 30 and not any("hidden" in r.attrs for r in all_rows), "unfiltered: every row visible")

    for name, kind in (("conflicts", "conflict"), ("only_b", "only_b")):
        dom = load(f"{tmp}/{name}.dom")
        visible = [r for r in rows(dom) if "hidden" not in r.attrs]
        hidden = [r for r in rows(dom) if "hidden" in r.attrs]
        check(len(visible) >= 1 and all(r.attrs.get("data-kind") == kind for r in visible),
              f"filter {kind}: only {kind} rows visible ({len(visible)})")
        check(len(hidden) == len(all_rows) - len(visible), f"filter {kind}: the other {len(hidden)} rows hidden")
    only_b = load(f"{tmp}/only_b.dom")
    check(all("hidden" in c.attrs for c in only_b.all() if c.tag == "article"), "filter only_b hides conflict cards")
    sections = [n for n in only_b.all() if n.attrs.get("id") == "conflicts"]
    check(len(sections) == 1 and "hidden" in sections[0].attrs, "filter only_b hides the emptied Conflicts section")
    conflicts = load(f"{tmp}/conflicts.dom")
    check(not any("hidden" in n.attrs for n in conflicts.all() if n.tag == "article" or n.attrs.get("id") == "conflicts"),
          "filter conflict keeps the conflict cards")

    hostile = load(f"{tmp}/hostile.dom")
    hostile_controls = [n for n in hostile.all() if n.attrs.get("id") == "controls"]
    check(len(hostile_controls) == 1 and "hidden" not in hostile_controls[0].attrs,
          "on the hostile page the report's own hashed script still ran")
    titles = [n.content() for n in hostile.all() if n.tag == "title"]
    check(len(titles) == 1 and "pwned" not in titles[0] and titles[0] not in ("1", "2"),
          f"no injected script changed the title ({titles})")
    check(not any(n.tag == "img" for n in hostile.all()), "no <img> element was injected")
    check(sum(1 for n in hostile.all() if n.tag == "script") == 1, "only the page's own script element exists")
    check(not any(k.startswith("on") for n in hostile.all() for k in n.attrs), "no event-handler attribute exists")
    check(not any(n.attrs.get("href", "").lower().startswith("javascript:") for n in hostile.all()),
          "no javascript: link exists")
    text = hostile.content()
    check("<script>document.title='pwned'</script>" in text, "the script payload is shown as text")
    check("<U+202E>" in text and "\u202e" not in text, "the bidi override is shown escaped, not applied")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
