#!/bin/bash
# Builds the large benchmark pair: two public-domain English Bible translations as running prose,
# King James (kjv_*.txt) and World English Bible (web_*.txt), one paragraph per chapter, in the same
# chapter order, as 10 %, 30 % and 100 % slices; *.sent files hold one sentence per line (naive split).
# Usage: make-bible-pair.sh [OUTDIR]   (default /tmp/bench-data). Installs its Debian packages if missing.
set -euo pipefail
D=${1:-/tmp/bench-data}
here=$(cd "$(dirname "$0")" && pwd)
need=()
command -v bible >/dev/null || need+=(bible-kjv bible-kjv-text)
command -v diatheke >/dev/null || need+=(diatheke sword-text-web)
command -v python3 >/dev/null || need+=(python3)
sudo=$([ "$(id -u)" = 0 ] || echo sudo)
if ((${#need[@]})); then $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null; fi
mkdir -p "$D"
cd "$D"

# --- small: the two seed articles ---
cp "$here/../samples/sony-cnet.txt" small_a.txt
cp "$here/../samples/sony-vice.txt" small_b.txt

# --- large: KJV (bible-kjv-text, read via the `bible` CLI from bible-kjv) ---
# /usr/lib/bible.data is a compressed binary; `bible -l 100000 RANGE` prints
# "Book N" chapter headers and "  V text" verse lines (no wrapping).
bible -l 100000 gen1:1-rev22:21 > kjv_raw.txt

# --- large: World English Bible (sword-text-web, module engWEB2015eb) ---
# -o f keeps footnotes inline as "[c:v ...]" with correct spacing (without it the
# plain filter glues words: "Godcreated"); we then strip them.
diatheke -b engWEB2015eb -f plain -o f -k "Gen 1:1-Rev 22:21" > web_raw.txt

python3 - "$D" <<'EOF'
import re
import sys
D = sys.argv[1].rstrip("/") + "/"
# KJV: chapters in order
kjv = []  # list of (book, chap, text)
cur = None; verses = []
for line in open(D + "kjv_raw.txt", encoding="utf-8", errors="replace"):
    line = line.rstrip("\n")
    m = re.match(r"^(\S.*) (\d+)$", line)
    if m:
        if cur: kjv.append((cur[0], cur[1], " ".join(verses)))
        cur = (m.group(1), int(m.group(2))); verses = []
        continue
    m = re.match(r"^\s+\d+ (.*)$", line)
    if m: verses.append(m.group(1).strip())
    elif line.strip(): verses.append(line.strip())
if cur: kjv.append((cur[0], cur[1], " ".join(verses)))

# WEB: verse headers "  Book C:V: text", continuation lines (poetry) appended.
DEUTERO = {"Tobit","Judith","Wisdom","Sirach","Baruch","I Maccabees","II Maccabees",
           "I Esdras","Prayer of Manasses","Additional Psalm","III Maccabees",
           "II Esdras","IV Maccabees"}
raw = open(D + "web_raw.txt", encoding="utf-8").read()
raw = raw.split("The following words used in the World English Bible")[0]  # drop glossary
web = {}; order = []; key = None
hdr = re.compile(r"^\s*((?:I{1,3}V? )?[A-Z][A-Za-z ]+?) (\d+):(\d+): ?(.*)$")
for line in raw.split("\n"):
    m = hdr.match(line)
    if m:
        book, c = m.group(1), int(m.group(2))
        if book in DEUTERO: key = None; continue
        key = (book, c)
        if key not in web: web[key] = []; order.append(key)
        web[key].append(m.group(4).strip())
    elif key and line.strip() and not line.startswith("(engWEB"):
        web[key].append(line.strip())
books_web = []
for b, c in order:
    if b not in books_web: books_web.append(b)
books_kjv = []
for b, c, t in kjv:
    if b not in books_kjv: books_kjv.append(b)
assert len(books_web) == 66 and len(books_kjv) == 66, (len(books_web), len(books_kjv))
bmap = dict(zip(books_kjv, books_web))
foot = re.compile(r"\s*\[\d+:\d+[^\]]*\]")
def clean(s):
    s = foot.sub("", s)
    return re.sub(r"\s+", " ", s).strip()
webch = []
for b, c, t in kjv:
    k = (bmap[b], c)
    webch.append(clean(" ".join(web.get(k, []))))
kjvch = [clean(t) for b, c, t in kjv]
print("chapters kjv", len(kjvch), "web with text", sum(1 for x in webch if x))

SENT = re.compile(r'(?<=[.!?])["\u201d\u2019\')]*\s+')
def sentences(paras):
    out = []
    for p in paras:
        out.extend(s for s in SENT.split(p) if s)
    return out
for nm in ("small_a", "small_b"):
    txt = open(D + nm + ".txt", encoding="utf-8").read()
    paras = [re.sub(r"\s+", " ", x).strip() for x in re.split(r"\n\s*\n", txt) if x.strip()]
    open(D + nm + ".sent", "w", encoding="utf-8").write("\n".join(sentences(paras)) + "\n")
n = len(kjvch)
for pct in (10, 30, 100):
    k = max(1, round(n * pct / 100))
    for name, ch in (("kjv", kjvch), ("web", webch)):
        base = f"{D}{name}_{pct}"
        with open(base + ".txt", "w", encoding="utf-8") as f:
            f.write("\n\n".join(ch[:k]) + "\n")          # one paragraph (line) per chapter
        with open(base + ".sent", "w", encoding="utf-8") as f:
            f.write("\n".join(sentences(ch[:k])) + "\n")  # one sentence per line
EOF
ls -la "$D"
wc -c -l -w "$D"/*.txt "$D"/*.sent
