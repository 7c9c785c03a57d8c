#!/usr/bin/env bash
# Multi-source benchmark: 2, 5, 10, 20 and 50 reports of about 1,000 words each (made by
# make-multi-reports.py from the test events), every pair compared; median wall time of REPEAT
# runs and the largest peak RSS, for the text grid and for JSON.
# Usage: bench/multi.sh BUILD_DIR [OUT_DIR]
set -euo pipefail
build=$1
here=$(cd "$(dirname "$0")" && pwd)
out=${2:-$(mktemp -d)}
REPEAT=${REPEAT:-5}
python3 "$here/make-multi-reports.py" "$here/../tests/multi/events" "$out/multi" 50
echo "Many reports of one event (about 1,000 words each, $(nproc) cores; median of $REPEAT runs):"
printf '  %7s %6s %10s %8s %10s %8s\n' "reports" "pairs" "text (s)" "MB" "json (s)" "MB"
for n in 2 5 10 20 50; do
  files=()
  for ((i = 0; i < n; ++i)); do files+=("$out/multi/report_$(printf %02d "$i").txt"); done
  row=()
  for format in text json; do
    times=() peak=0
    for ((r = 0; r < REPEAT; ++r)); do
      /usr/bin/time -f "%e %M" -o "$out/time" "$build/claimdiff" --quiet --format "$format" "${files[@]}" > /dev/null || [ $? -eq 1 ]
      read -r secs kb < <(tail -1 "$out/time")
      times+=("$secs")
      peak=$(( kb > peak ? kb : peak ))
    done
    row+=("$(python3 -c "import statistics, sys; print(statistics.median(map(float, sys.argv[1:])))" "${times[@]}")" "$((peak / 1024))")
  done
  printf '  %7s %6s %10s %8s %10s %8s\n' "$n" "$((n * (n - 1) / 2))" "${row[@]}"
done
