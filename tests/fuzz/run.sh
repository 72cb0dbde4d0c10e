#!/bin/sh
# Builds the libFuzzer target with clang (core only, ASan + UBSan) in BUILD and runs it for SECONDS on the shared
# fixtures as seed corpus. Any crash, hang (10 s per input) or sanitizer report fails.
# Usage: run.sh SOURCE_DIR BUILD_DIR SHARED_DIR SECONDS
set -eu
src=$1 build=$2 shared=$3 seconds=$4
command -v clang++ >/dev/null || { echo "clang++ is missing: packaging/install-deps.sh --tests installs clang" >&2; exit 1; }
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DDR_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" >/dev/null
corpus="$build/corpus"
mkdir -p "$corpus"
cp "$shared"/fixtures/*.txt "$shared"/fixtures/expected/*.json "$corpus"/
if "$build/tests/fuzz/fuzz_textimporter" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 "$corpus" >"$build/fuzz.log" 2>&1; then
  grep -E "^Done|stat::number_of_executed_units" "$build/fuzz.log" || true
else
  tail -60 "$build/fuzz.log"
  exit 1
fi
