#!/usr/bin/env bash
# Renders HTML reports in headless Chromium and checks the DOM after the page's script ran:
# the seed conflict card, the filters, and that hostile input executed nothing.
# Usage: html_report_test.sh CLAIMDIFF SAMPLES_DIR   (exit 77 = skipped: no chromium)
set -euo pipefail
exe=$1
samples=$2
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

"$exe" --format html -o "$tmp/seed.html" "$samples/sony-cnet.txt" "$samples/sony-vice.txt" || [ $? -eq 1 ]
dump "file://$tmp/seed.html" > "$tmp/seed.dom"
dump "file://$tmp/seed.html#filter=conflict" > "$tmp/conflicts.dom"
dump "file://$tmp/seed.html#filter=only_b" > "$tmp/only_b.dom"

# Hostile input: every payload would set document.title to "pwned" if it ran.
cat > "$tmp/a.txt" <<'TXT'
The minister said <script>document.title='pwned'</script> nothing at the meeting on Monday.

She wrote "><img src=x onerror="document.title='pwned'"> in the memo to the council.

The style </style><script>document.title='pwned'</script> broke the page of the council.

Click <a href="javascript:document.title='pwned'">here</a> to read the council minutes.

The file was named ‮gnp.exe‬ by the attacker who sent it to the council.
TXT
sed -e 's/nothing/something/' -e 's/memo/letter/' "$tmp/a.txt" > "$tmp/b.txt"
"$exe" --format html --label-a '<img src=x onerror="document.title=1">' --label-b '</title><script>document.title=2</script>' \
  -o "$tmp/hostile.html" "$tmp/a.txt" "$tmp/b.txt" || [ $? -eq 1 ]
dump "file://$tmp/hostile.html" > "$tmp/hostile.dom"

python3 "$here/check_dom.py" "$tmp"
