#!/usr/bin/env bash
# Builds a separate project against the installed library, once with find_package(claimdiff)
# and once with pkg-config, and runs both on the seed pair.
# Usage: consumer_test.sh PREFIX SOURCE_DIR WORK_DIR
set -euo pipefail
prefix=$1 source=$2 work=$3
samples=$source/samples
rm -rf "$work" && mkdir -p "$work"

expect_seed_output() {  # $1: what ran, $2: its output file, $3: its exit status
  [ "$3" = 1 ] || { echo "FAIL: $1 exited $3, not 1 (differences)"; cat "$2"; exit 1; }
  grep -Eq "^claimdiff $version: 1 conflict, [0-9]+ shared, [0-9]+ only in A, [0-9]+ only in B$" "$2" ||
    { echo "FAIL: $1 summary"; cat "$2"; exit 1; }
  grep -q "^negation: have means | have no means$" "$2" || { echo "FAIL: $1 conflict"; cat "$2"; exit 1; }
  grep -q "^WordNet: found$" "$2" || { echo "FAIL: $1 WordNet"; cat "$2"; exit 1; }
}
version=$(sed -n 's/^project(claimdiff VERSION \([0-9.]*\).*/\1/p' "$source/CMakeLists.txt")

echo "== find_package(claimdiff) with CMAKE_PREFIX_PATH=$prefix"
cmake -S "$source/tests/install/consumer" -B "$work/cmake" -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_BUILD_TYPE=Release | grep "claimdiff $version from $prefix/" 
cmake --build "$work/cmake" >/dev/null
status=0; "$work/cmake/consumer" "$samples/sony-cnet.txt" "$samples/sony-vice.txt" > "$work/cmake.out" || status=$?
cat "$work/cmake.out"
expect_seed_output "find_package consumer" "$work/cmake.out" $status

echo "== pkg-config claimdiff with PKG_CONFIG_PATH=$prefix/.../pkgconfig"
pc_dir=$(dirname "$(find "$prefix" -name claimdiff.pc)")
export PKG_CONFIG_PATH=$pc_dir
[ "$(pkg-config --modversion claimdiff)" = "$version" ] || { echo "FAIL: pkg-config version"; exit 1; }
pkg-config --cflags --libs claimdiff
# The .pc file is relocatable: its paths lead into this prefix, wherever it is.
pkg-config --variable=includedir claimdiff | grep -q "^$pc_dir/" || { echo "FAIL: includedir"; exit 1; }
# shellcheck disable=SC2046
${CXX:-c++} -std=c++17 -O1 -o "$work/pkgconfig-consumer" "$source/tests/install/consumer/consumer.cc" \
  $(pkg-config --cflags --libs claimdiff)
status=0; "$work/pkgconfig-consumer" "$samples/sony-cnet.txt" "$samples/sony-vice.txt" > "$work/pc.out" || status=$?
cat "$work/pc.out"
expect_seed_output "pkg-config consumer" "$work/pc.out" $status

echo "== a version the package does not offer is refused"
mkdir -p "$work/too-new"
printf 'cmake_minimum_required(VERSION 3.18)\nproject(p LANGUAGES CXX)\nfind_package(claimdiff 9.0 REQUIRED)\n' \
  > "$work/too-new/CMakeLists.txt"
if cmake -S "$work/too-new" -B "$work/too-new/build" -DCMAKE_PREFIX_PATH="$prefix" >"$work/too-new.log" 2>&1; then
  echo "FAIL: find_package(claimdiff 9.0) succeeded"; exit 1
fi
grep -q "claimdiffConfig.cmake, version: $version" "$work/too-new.log" ||
  { echo "FAIL: no version mismatch message"; cat "$work/too-new.log"; exit 1; }
echo "PASS: both consumers built against $prefix and compared the seed pair"
