#!/bin/sh
# Builds the benchmarks in Release (build-bench/) and prints their figures. Record them in bench/RESULTS.md.
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-bench --target bench_core bench_render bench_store >/dev/null
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d)"
./build-bench/bench/bench_core
QT_QPA_PLATFORM=offscreen ./build-bench/bench/bench_render
# An office's database on both engines: a throwaway PostgreSQL server (tests/pg_server.sh), stopped however this ends.
pg=/tmp/dr-pg-bench-$$
trap 'sh tests/pg_server.sh stop "$pg" >/dev/null 2>&1 || true' EXIT INT TERM
if sh tests/pg_server.sh start "$pg" >/dev/null; then
  DR_BENCH_POSTGRES="postgresql://dr_admin@localhost/postgres?host=$pg" ./build-bench/bench/bench_store
else
  echo "PostgreSQL could not be started (packaging/install-deps.sh --tests installs it): SQLite only"
  ./build-bench/bench/bench_store
fi
