#!/usr/bin/env bash
# Installs the built .deb into this machine with apt (dependencies from the archive), checks
# its files and runs the installed program, then removes the package again.
# Usage (as root): deb_install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd) source=$(cd "$2" && pwd)
fail() { echo "FAIL: $*"; exit 1; }
deb=$(ls "$build"/claimdiff_*.deb | head -1)
[ -f "$deb" ] || fail "no claimdiff_*.deb in $build (make -f Makefile.dev deb)"
echo "== $deb"
dpkg-deb --field "$deb"
depends=$(dpkg-deb --field "$deb" Depends)
for dependency in wordnet-base libicu libstemmer libabsl libcurl; do
  [[ $depends == *$dependency* ]] || fail "Depends lacks $dependency: $depends"
done
dpkg-deb --contents "$deb" | awk '{print $6}'

if [ -x /usr/bin/claimdiff ] && ! dpkg -S /usr/bin/claimdiff >/dev/null 2>&1; then
  fail "/usr/bin/claimdiff exists and belongs to no package: not overwriting it"
fi
cleanup() { DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq claimdiff >/dev/null 2>&1 || true; }
trap cleanup EXIT
work=$(mktemp -d)
trap 'cleanup; rm -rf "$work"' EXIT
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
dpkg -s claimdiff | grep -q '^Status: install ok installed' || fail "not installed"
[ "$(command -v claimdiff)" = /usr/bin/claimdiff ] || fail "claimdiff on PATH is $(command -v claimdiff)"
cd "$work"
bash "$source/tests/install/installed_tool_test.sh" /usr "$source"
echo "== installed files"
dpkg -L claimdiff | while read -r f; do [ -f "$f" ] && ls -l "$f" | awk '{print $5, $9}'; done
echo "PASS: $(basename "$deb") installs and runs"
