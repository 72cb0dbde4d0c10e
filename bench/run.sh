#!/bin/sh
# Builds the benchmarks in Release (build-bench/) and prints their figures. Record them in bench/RESULTS.md.
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-bench --target bench_core bench_render >/dev/null
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d)"
./build-bench/bench/bench_core
QT_QPA_PLATFORM=offscreen ./build-bench/bench/bench_render
