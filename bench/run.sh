#!/usr/bin/env bash
# Benchmark: claimdiff on two Bible translations (KJV vs WEB, 4-5 MB each) against the usual
# tools, all in the same run on the same files, plus scaling, alignment quality and moves.
# Usage: bench/run.sh BUILD_DIR DATA_DIR   (DATA_DIR made by bench/make-bible-pair.sh)
set -euo pipefail
build=$1
data=$2
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
A=$data/kjv_100.txt
B=$data/web_100.txt

# Runs a command under /usr/bin/time; prints "seconds peak_kb", or "> CAP s" when it times out.
measure() {
  local cap=$1
  shift
  if timeout "$cap" /usr/bin/time -f "%e %M" -o "$out/time" "$@" > /dev/null 2> "$out/stderr"; then :; else
    local code=$?
    if [ "$code" -eq 124 ]; then echo "timeout"; return; fi
  fi
  tail -1 "$out/time"
}

difflib_script='
import difflib, sys
def sentences(path):
    return open(path, encoding="utf-8").read().replace("\n\n", "\n").split(". ")
a, b = sentences(sys.argv[1]), sentences(sys.argv[2])
sys.stdout.write(difflib.HtmlDiff().make_file(a, b))
'

declare -A secs rss
run() {  # name cap command...
  local name=$1 cap=$2
  shift 2
  local result
  result=$(measure "$cap" "$@")
  if [ "$result" = timeout ]; then secs[$name]="> $cap"; rss[$name]="-"; else
    secs[$name]=${result% *}
    rss[$name]=$(( ${result#* } / 1024 ))
  fi
}

# The second-scale commands run REPEAT times, taking turns, and report their median: one run
# on a shared machine can be off by a tenth. Output goes to stdout (here /dev/null) for every
# tool alike, as `claimdiff a b` and `git diff` print; one row shows the cost of -o FILE.
REPEAT=${REPEAT:-5}
declare -A command
command["claimdiff json"]="$build/claimdiff --quiet --format json $A $B"
command["claimdiff json -o FILE"]="$build/claimdiff --quiet --format json -o $out/r.json $A $B"
command["claimdiff html"]="$build/claimdiff --quiet --format html $A $B"
command["claimdiff text"]="$build/claimdiff --quiet --format text $A $B"
command["floor: ICU sentences"]="$build/claimdiff_segment_only $A $B"
command["claimdiff segmentation"]="$build/claimdiff_segment_only --words $A $B"
command["git diff --word-diff"]="git diff --no-index --word-diff $A $B"
repeated=("claimdiff json" "claimdiff json -o FILE" "claimdiff html" "claimdiff text" "floor: ICU sentences"
          "claimdiff segmentation" "git diff --word-diff")
declare -A samples peaks
echo "Inputs: $(du -h "$A" | cut -f1) $(basename "$A") vs $(du -h "$B" | cut -f1) $(basename "$B"), $(nproc) cores"
for ((round = 0; round < REPEAT; ++round)); do
  for name in "${repeated[@]}"; do
    # shellcheck disable=SC2086  # the commands are word lists; no path here has spaces
    run "$name" 120 ${command[$name]}
    samples[$name]+="${secs[$name]} "
    peaks[$name]=$(( ${rss[$name]} > ${peaks[$name]:-0} ? ${rss[$name]} : ${peaks[$name]:-0} ))
  done
done
for name in "${repeated[@]}"; do
  secs[$name]=$(python3 -c "import statistics, sys; print(statistics.median(map(float, sys.argv[1:])))" ${samples[$name]})
  rss[$name]=${peaks[$name]}
done
run "wdiff" 120 wdiff "$A" "$B"
run "difflib HtmlDiff" 120 python3 -c "$difflib_script" "$A" "$B"

base=${secs[claimdiff json]}
echo "Median of $REPEAT runs (wdiff and difflib: one run); peak RSS: the largest seen."
printf '\n%-26s %10s %10s %22s\n' "tool" "wall (s)" "peak MB" "claimdiff json / tool"
for name in "${repeated[@]}" "wdiff" "difflib HtmlDiff"; do
  t=${secs[$name]}
  if [[ $t == ">"* ]]; then ratio="< $(python3 -c "print(f'{$base / ${t#> }:.3f}')")"; else
    ratio=$(python3 -c "print(f'{$base / $t:.2f}' if $t > 0 else '-')"); fi
  printf '%-26s %10s %10s %22s\n' "$name" "$t" "${rss[$name]}" "$ratio"
done
python3 -c "print(f'claimdiff json takes {$base / ${secs[git diff --word-diff]}:.2f}x the time of git diff --word-diff')"

echo
echo "Scaling (claimdiff --format json):"
for slice in 10 30 100; do
  run "slice $slice" 120 "$build/claimdiff" --quiet --format json -o "$out/s.json" "$data/kjv_$slice.txt" "$data/web_$slice.txt"
  printf '  %3s %%  %6s s  %5s MB\n' "$slice" "${secs[slice $slice]}" "${rss[slice $slice]}"
done
python3 -c "print(f'  100 % / 10 %: {${secs[slice 100]} / ${secs[slice 10]}:.1f}x the time for 10x the text')"

echo
echo "Expectations: --write-expect, then --expect on its snapshot (one run each; compare: the json run):"
printf '  %5s %10s %8s %14s %8s %12s %8s  %s\n' "slice" "compare s" "MB" "write-expect s" "MB" "expect s" "MB" "result"
for slice in 10 30 100; do
  a=$data/kjv_$slice.txt b=$data/web_$slice.txt
  run "write $slice" 600 "$build/claimdiff" --quiet --format json --write-expect "$out/k$slice.expect" "$a" "$b"
  run "expect $slice" 600 "$build/claimdiff" --quiet --expect "$out/k$slice.expect" "$a" "$b"
  result=$("$build/claimdiff" --quiet --expect "$out/k$slice.expect" "$a" "$b" | tail -1 | cut -d, -f1-3 || true)
  printf '  %3s %% %10s %8s %14s %8s %12s %8s  %s\n' "$slice" "${secs[slice $slice]}" "${rss[slice $slice]}" \
    "${secs[write $slice]}" "${rss[write $slice]}" "${secs[expect $slice]}" "${rss[expect $slice]}" "$result"
done

echo
echo "Sentence cutting without spaces (one 'word' of N MB against a short file, json):"
for mb in 10 20 30; do
  python3 -c "import sys; open(sys.argv[1], 'w').write('\u6f22' * (($mb << 20) // 3))" "$out/nospace.txt"
  run "nospace $mb" 600 "$build/claimdiff" --quiet --format json -o "$out/n.json" "$out/nospace.txt" "$data/small_a.txt"
  printf '  %3s MB  %6s s  %5s MB\n' "$mb" "${secs[nospace $mb]}" "${rss[nospace $mb]}"
done

echo
echo "Alignment quality, KJV vs WEB (paragraph = chapter):"
python3 "$here/score_alignment.py" "$out/r.json" | sed 's/^/  /'

echo
echo "Moves: kjv_10 against a copy with its two halves swapped:"
python3 - "$data/kjv_10.txt" "$out/swapped.txt" <<'PY'
import sys
chapters = open(sys.argv[1], encoding="utf-8").read().split("\n\n")
half = len(chapters) // 2
open(sys.argv[2], "w", encoding="utf-8").write("\n\n".join(chapters[half:] + chapters[:half]))
PY
run "unswapped" 120 "$build/claimdiff" --quiet --format json -o "$out/same.json" "$data/kjv_10.txt" "$data/kjv_10.txt"
run "swapped" 120 "$build/claimdiff" --quiet --format json -o "$out/sw.json" "$data/kjv_10.txt" "$out/swapped.txt"
python3 - "$out/sw.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
s = r["summary"]
n = r["a"]["sentences"] - r["a"]["boilerplate"]
shared = sum(len(f["a"]) for f in r["findings"] if f["kind"] in ("shared", "conflict"))
print(f"  shared {shared / n * 100:.2f} % of {n} sentences, marked moved: {s['moved']} groups, "
      f"only A {s['only_a']}, only B {s['only_b']}")
PY
echo "  time: swapped ${secs[swapped]} s, same file unswapped ${secs[unswapped]} s"
git diff --no-index --word-diff=porcelain "$data/kjv_10.txt" "$out/swapped.txt" > "$out/git-swapped.txt" || true
python3 - "$data/kjv_10.txt" "$out/git-swapped.txt" <<'PY'
import sys
total = len(open(sys.argv[1], encoding="utf-8").read().split())
lines = open(sys.argv[2], encoding="utf-8").read().splitlines()
deleted = sum(len(l[1:].split()) for l in lines if l.startswith("-") and not l.startswith("---"))
print(f"  git diff --word-diff on the same pair: {deleted / total * 100:.0f} % of the words deleted and re-added")
PY

echo
bash "$here/multi.sh" "$build" "$out"
