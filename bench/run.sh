#!/bin/sh
# Builds the benchmarks in Release (build-bench/) and prints their figures. Record them in bench/RESULTS.md.
# --quick leaves out the fresh build (a first build with no font cache and no ccache, then a rebuild after touching
# one .cpp, then the tests), which takes most of the run's ~25 minutes on 2 cores.
set -eu
cd "$(dirname "$0")/.."
quick=false
[ "${1:-}" = --quick ] && quick=true
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-bench --target bench_core bench_render bench_store bench_startup bench_batch bench_import bench_load bench_province >/dev/null
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d)"
./build-bench/bench/bench_core
QT_QPA_PLATFORM=offscreen ./build-bench/bench/bench_render
# An office's database on both engines: a throwaway PostgreSQL server (tests/pg_server.sh), stopped however this ends.
pg=/tmp/dr-pg-bench-$$
trap 'sh tests/pg_server.sh stop "$pg" >/dev/null 2>&1 || true' EXIT INT TERM
if sh tests/pg_server.sh start "$pg" >/dev/null; then
  DR_BENCH_POSTGRES="postgresql://dr_admin@localhost/postgres?host=$pg" ./build-bench/bench/bench_store
  # 100 clerks for 60 s, then again with the server restarted half-way (DR_LOAD_SECONDS, DR_LOAD_CLERKS to change).
  DR_BENCH_POSTGRES="postgresql://dr_admin@localhost/postgres?host=$pg" DR_BENCH_PG_SERVER=tests/pg_server.sh DR_BENCH_PG_DIR="$pg" \
    ./build-bench/bench/bench_load 2>/dev/null
  # A province: 20 000 departments × 5 years on SQLite and on the server (DR_PROVINCE_AGENCIES, DR_PROVINCE_YEARS).
  DR_BENCH_POSTGRES="postgresql://dr_admin@localhost/postgres?host=$pg" ./build-bench/bench/bench_province
  # The window started on that province's server (100 000 reports), the last year's report of a department reopened.
  DR_STARTUP_DB="postgresql://dr_admin@localhost/postgres?host=$pg" DR_STARTUP_WHAT="the province on the server" \
    DR_STARTUP_REPORT="第1市第1县第1部门/2024" ./build-bench/bench/bench_startup
else
  echo "PostgreSQL could not be started (packaging/install-deps.sh --tests installs it): SQLite only"
  ./build-bench/bench/bench_store
fi
sh tests/pg_server.sh stop "$pg" >/dev/null 2>&1 || true
./build-bench/bench/bench_startup
./build-bench/bench/bench_batch
OMP_THREAD_LIMIT=1 ./build-bench/bench/bench_import     # as the program runs Tesseract (src/app/main.cpp)
$quick && exit 0

# The README's build and tests from nothing this machine has kept: a new build folder, no font cache, no ccache (the
# packages are installed already: apt-get's time is the network's). Each print face is also made alone, timed in CPU.
fresh=$(mktemp -d /tmp/dr-fresh-XXXXXX)
trap 'rm -rf "$fresh"; sh tests/pg_server.sh stop "$pg" >/dev/null 2>&1 || true' EXIT INT TERM
export CCACHE_DISABLE=1 XDG_CACHE_HOME="$fresh/cache"
seconds() { python3 -c 'import sys, time; print(f"{time.monotonic() - float(sys.argv[1]):.0f}")' "$1"; }
started=$(python3 -c 'import time; print(time.monotonic())')
cmake -S . -B "$fresh/build" -G Ninja >/dev/null
cmake --build "$fresh/build" >"$fresh/build.log"
built=$(seconds "$started")
echo "first build (README's command: RelWithDebInfo, fonts made, no caches): ${built} s"
touch src/core/Report.cpp
started=$(python3 -c 'import time; print(time.monotonic())')
cmake --build "$fresh/build" >/dev/null
echo "rebuild after touching src/core/Report.cpp: $(seconds "$started") s"
started=$(python3 -c 'import time; print(time.monotonic())')
ctest --test-dir "$fresh/build" -j"$(nproc)" >"$fresh/ctest.log" 2>&1 || { tail -30 "$fresh/ctest.log"; exit 1; }
tested=$(seconds "$started")
echo "tests (ctest -j$(nproc)): ${tested} s; build and tests together: $((built + tested)) s"
echo "slowest tests:"
grep -E "Test +#" "$fresh/ctest.log" | sed -E 's/.*Test +#[0-9]+: ([^ ]+) .* ([0-9.]+) sec$/\2 \1/' | sort -rn | head -8
# The face's own interpreter: the one CMake found fontTools with (not a pyenv's python3 earlier on PATH).
/usr/bin/python3 - "$fresh/build" "$(sed -n 's/^DR_FANDOL_DIR:PATH=//p' "$fresh/build/CMakeCache.txt")" <<'PY'
import resource, subprocess, sys
build = sys.argv[1]
fandol = sys.argv[2]
for face, extra in (("FandolFang-Regular", []), ("FandolSong-Regular", []), ("FandolSong-Bold", ["--weight", "700"]),
                    ("FandolHei-Regular", []), ("FandolKai-Regular", [])):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "resources/fonts/clean_font.py", f"{fandol}/{face}.otf", f"{build}/{face}.again.ttf", *extra,
                    "--truetype", "--simplify", "2", "--fitter", f"{build}/resources/fonts/drfontfit", "--upem", "250"],
                   check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    print(f"print face {face}: {cpu:.1f} s of a core")
PY
