#!/usr/bin/env bash
# Golden (approval) tests: the reports of the samples and of a few edge fixtures, compared byte for
# byte with the approved copies in this folder; --update rewrites the approved copies instead.
#   golden.sh CLAIMDIFF SOURCE_DIR [--update]
# Runs from SOURCE_DIR with relative paths, so the labels in the reports name no machine's folders;
# the file:// URLs the reports link to are absolute, so the checkout's folder becomes {SOURCE_DIR}.
set -uo pipefail
exe=$(realpath "$1")
cd "$2" || exit 2
root=$(pwd -P)
update=${3:-}
dir=tests/golden
in=$dir/inputs

# name | arguments. Each report covers a layout (width, colour) or an input edge.
cases=(
  "sony.text80.txt|--width 80 --color never samples/sony-cnet.txt samples/sony-vice.txt"
  "sony.text120.txt|--width 120 --color never samples/sony-cnet.txt samples/sony-vice.txt"
  "sony.text80.color.txt|--width 80 --color always samples/sony-cnet.txt samples/sony-vice.txt"
  "sony.text120.color.txt|--width 120 --color always samples/sony-cnet.txt samples/sony-vice.txt"
  "sony.json|--format json samples/sony-cnet.txt samples/sony-vice.txt"
  "sony.html|--format html samples/sony-cnet.txt samples/sony-vice.txt"
  "identical.text80.txt|--width 80 --color never samples/sony-cnet.txt samples/sony-cnet.txt"
  "identical.json|--format json samples/sony-cnet.txt samples/sony-cnet.txt"
  "empty-vs-short.text80.txt|--width 80 --color never $in/empty.txt $in/short.txt"
  "empty-vs-short.json|--format json $in/empty.txt $in/short.txt"
  "empty-vs-short.html|--format html $in/empty.txt $in/short.txt"
  "wide.text80.txt|--width 80 --color never $in/wide-a.txt $in/wide-b.txt"
  "wide.text120.color.txt|--width 120 --color always $in/wide-a.txt $in/wide-b.txt"
  "wide.json|--format json $in/wide-a.txt $in/wide-b.txt"
  "wide.html|--format html --label-a \"<A & co>\" --label-b B $in/wide-a.txt $in/wide-b.txt"
)

failed=0
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for entry in "${cases[@]}"; do
  name=${entry%%|*}
  eval "args=(${entry#*|})"
  # Exit 0 (same) and 1 (different) are both reports; 2 is trouble.
  env -u NO_COLOR "$exe" --quiet "${args[@]}" >"$scratch/$name" 2>"$scratch/$name.err"
  status=$?
  sed -i "s|file://$root/|file://{SOURCE_DIR}/|g" "$scratch/$name"
  if [ "$status" -gt 1 ]; then
    echo "FAIL $name: claimdiff exited $status: $(cat "$scratch/$name.err")"
    failed=1
  elif [ "$update" = --update ]; then
    cp "$scratch/$name" "$dir/$name"
  elif ! diff -u --label "approved $name" --label "now $name" "$dir/$name" "$scratch/$name"; then
    echo "FAIL $name differs from the approved copy (make -f Makefile.dev golden rewrites it)"
    failed=1
  fi
done
[ "$update" = --update ] && echo "approved copies rewritten in $dir; review them with git diff"
exit $failed
