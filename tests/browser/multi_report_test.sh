#!/usr/bin/env bash
# Renders the multi-source HTML report in headless Chromium and checks the DOM after the page's
# script ran: the grid, its filters, the evidence behind a contradiction, and that hostile input
# executed nothing.
# Usage: multi_report_test.sh CLAIMDIFF EVENTS_DIR   (exit 77 = skipped: no chromium)
set -euo pipefail
exe=$1
events=$2
here=$(cd "$(dirname "$0")" && pwd)
chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
  echo "SKIP: chromium is not installed (Debian package chromium)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

dump() {  # URL -> DOM after scripts ran
  timeout 90 "$chrome" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$tmp/profile" --virtual-time-budget=3000 --dump-dom "$1" 2>/dev/null
}

"$exe" --format html -o "$tmp/grid.html" --label Northwire --label Courier --label Update --label Tabloid \
  "$events/ferry/agency.txt" "$events/ferry/paper.txt" "$events/ferry/update.txt" "$events/ferry/tabloid.txt" || [ $? -eq 1 ]
"$exe" --format json -o "$tmp/grid.json" \
  "$events/ferry/agency.txt" "$events/ferry/paper.txt" "$events/ferry/update.txt" "$events/ferry/tabloid.txt" || [ $? -eq 1 ]
for filter in all contradicted single k3; do
  dump "file://$tmp/grid.html#filter=$filter" > "$tmp/$filter.dom"
done

# Hostile input: every payload would set document.title to "pwned" if it ran.
cat > "$tmp/a.txt" <<'TXT'
The minister said <script>document.title='pwned'</script> seven people attended the council meeting.

She wrote "><img src=x onerror="document.title='pwned'"> in the memo to the council on Monday.

The file was named ‮gnp.exe‬ by the attacker who sent it to the council.
TXT
sed -e 's/seven/eight/' "$tmp/a.txt" > "$tmp/b.txt"
sed -e 's/memo/letter/' "$tmp/a.txt" > "$tmp/c.txt"
"$exe" --format html --label '<img src=x onerror="document.title=1">' --label '</title><script>document.title=2</script>' \
  --label '"><svg onload="document.title=3">' -o "$tmp/hostile.html" "$tmp/a.txt" "$tmp/b.txt" "$tmp/c.txt" || [ $? -eq 1 ]
dump "file://$tmp/hostile.html" > "$tmp/hostile.dom"

python3 "$here/check_multi_dom.py" "$tmp"
