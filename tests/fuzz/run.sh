#!/bin/sh
# Builds the libFuzzer targets with clang (ASan + UBSan) in BUILD and runs them from seed corpora: the text importer
# (and the JSON reader on text) for SECONDS on the shared fixtures, the report JSON reader on JSON-shaped input for a
# third as long, the font subsetters for half as long on small fonts made here from the Fandol and Noto faces. Any crash, hang (10 s per input) or sanitizer report fails.
# Corpora start afresh and the seed is fixed, so a run here explores what CI explores; FUZZ_SEED=N explores elsewhere.
# CI runs the SECONDS the test gives (bounded: most of what a longer run finds, it finds in its first minute from
# these seeds); DR_FUZZ_SECONDS=N runs longer, e.g. DR_FUZZ_SECONDS=900 ctest --test-dir build -R fuzz.
# Usage: run.sh SOURCE_DIR BUILD_DIR SHARED_DIR SECONDS FANDOL_DIR
set -eu
src=$1 build=$2 shared=$3 seconds=${DR_FUZZ_SECONDS:-$4} fandol=$5
command -v clang++ >/dev/null || { echo "clang++ is missing: packaging/install-deps.sh --tests installs clang" >&2; exit 1; }
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DDR_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" >"$build/build.log" 2>&1 || { grep -E -A8 "FAILED|error" "$build/build.log" | head -80; exit 1; }
rm -rf "$build"/corpus-* "$build"/crash-* "$build"/timeout-* "$build"/oom-* "$build"/slow-unit-*

# fuzz TARGET SECONDS CORPUS [libFuzzer options]
fuzz() {
  target=$1 time=$2 corpus=$3
  shift 3
  if "$build/tests/fuzz/$target" -seed="${FUZZ_SEED:-1}" -max_total_time="$time" -timeout=10 -artifact_prefix="$build/" -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 "$@" "$corpus" >"$build/$target.log" 2>&1; then
    echo "$target: $(grep -E "^Done" "$build/$target.log" || true)"
  else
    tail -60 "$build/$target.log"
    # The input that failed, so that it can be replayed from a CI log (base64 -d | gunzip > input; TARGET input).
    for a in "$build"/crash-* "$build"/timeout-* "$build"/oom-* "$build"/slow-unit-*; do
      [ -f "$a" ] && { echo "== $a (gzip | base64)"; gzip -9c "$a" | base64 | head -c 20000; echo; }
    done
    exit 1
  fi
}

mkdir -p "$build/corpus-text" "$build/corpus-fonts" "$build/corpus-json"
cp "$shared"/fixtures/*.txt "$shared"/fixtures/expected/*.json "$build/corpus-text"/
fuzz fuzz_textimporter "$seconds" "$build/corpus-text"

# Report JSON: the fixtures' reports, and every member name and cell key they use as a dictionary, so that
# mutations stay JSON-shaped and reach the reader's checks rather than the parser's.
cp "$shared"/fixtures/expected/*.json "$build/corpus-json"/
/usr/bin/python3 - "$shared"/fixtures/expected/*.json >"$build/reportjson.dict" <<'PY'
import json, sys
tokens = set()
def walk(v):
    if isinstance(v, dict):
        for k, x in v.items():
            tokens.add(k)
            walk(x)
    elif isinstance(v, list):
        for x in v:
            walk(x)
for path in sys.argv[1:]:
    walk(json.load(open(path, encoding='utf-8')))
for t in sorted(tokens):
    print(json.dumps(json.dumps(t)))
for t in ('null', 'true', 'false', '-1', '1e999', '"2019"', '"2021"', '{}', '[]'):
    print(json.dumps(t))
PY
fuzz fuzz_reportjson "$((seconds / 3))" "$build/corpus-json" -dict="$build/reportjson.dict"

# Seed fonts of a few KB: CFF with subroutines (Noto), CFF without (Fandol), and TrueType converted from it.
/usr/bin/python3 - "$build/corpus-fonts" "$fandol" <<'PY'
import sys
from fontTools import subset
from fontTools.ttLib import TTFont
out = sys.argv[1]
text = '政府信息公开工作年度报告（一）0123'
for name, path, number in (('fandol', sys.argv[2] + '/FandolSong-Regular.otf', 0),
                           ('noto', '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 2)):
    options = subset.Options()
    options.desubroutinize = False
    options.font_number = number
    font = TTFont(path, fontNumber=number)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    font.save(f'{out}/{name}.otf')
PY
/usr/bin/python3 "$src/resources/fonts/clean_font.py" "$build/corpus-fonts/fandol.otf" "$build/corpus-fonts/fandol.ttf" --truetype >/dev/null
fuzz fuzz_fontsubset "$((seconds / 2))" "$build/corpus-fonts"
