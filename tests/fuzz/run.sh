#!/bin/sh
# Builds the libFuzzer target with clang (core only, ASan + UBSan) in BUILD and runs it for SECONDS on the shared
# fixtures as seed corpus. Any crash, hang (10 s per input) or sanitizer report fails. The corpus starts afresh and
# the seed is fixed, so a run here explores what CI explores; FUZZ_SEED=N explores elsewhere.
# Usage: run.sh SOURCE_DIR BUILD_DIR SHARED_DIR SECONDS
set -eu
src=$1 build=$2 shared=$3 seconds=$4
command -v clang++ >/dev/null || { echo "clang++ is missing: packaging/install-deps.sh --tests installs clang" >&2; exit 1; }
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DDR_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" >/dev/null
corpus="$build/corpus"
rm -rf "$corpus" "$build"/crash-* "$build"/timeout-* "$build"/oom-* "$build"/slow-unit-*
mkdir -p "$corpus"
cp "$shared"/fixtures/*.txt "$shared"/fixtures/expected/*.json "$corpus"/
if "$build/tests/fuzz/fuzz_textimporter" -seed="${FUZZ_SEED:-1}" -max_total_time="$seconds" -timeout=10 -artifact_prefix="$build/" -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 "$corpus" >"$build/fuzz.log" 2>&1; then
  grep -E "^Done|stat::number_of_executed_units" "$build/fuzz.log" || true
else
  tail -60 "$build/fuzz.log"
  # The input that failed, so that it can be replayed from a CI log (base64 -d > input; fuzz_textimporter input).
  for a in "$build"/crash-* "$build"/timeout-* "$build"/oom-* "$build"/slow-unit-*; do
    [ -f "$a" ] && { echo "== $a (gzip | base64)"; gzip -9c "$a" | base64 | head -c 20000; echo; }
  done
  exit 1
fi
