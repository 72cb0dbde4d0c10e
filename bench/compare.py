#!/usr/bin/env python3
"""compare.py BEFORE AFTER [--rounds N] — the benchmarks of two checkouts on this machine, run in turn.

Each checkout needs its Release benchmarks built (`bench/run.sh --quick` in it builds them in build-bench/). A shared
machine's speed wanders by half between minutes, so one run of each proves nothing: the two are run alternately N
times (default 5) and each figure's best of the N is compared. Prints every figure with both values and the ratio,
and lists the figures that got more than 10 % slower; exits 1 if there is one."""
import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

NUMBER = re.compile(r'\d+(?:\.\d+)?')
# Figures where larger is worse; counts (reports, runs, files, workers, x faster) are labels, not figures.
FIGURE = re.compile(r'(\d+(?:\.\d+)?)\s*(ms|s|MB|KB)\b')


def run(tree: Path, pg: str | None) -> dict[str, list[float]]:
    bench = tree / 'build-bench' / 'bench'
    env = dict(os.environ, QT_QPA_PLATFORM='offscreen')
    figures = {}
    for name in ('bench_core', 'bench_render', 'bench_store', 'bench_startup', 'bench_batch'):
        e = dict(env)
        if name == 'bench_store' and pg:
            e['DR_BENCH_POSTGRES'] = pg
        out = subprocess.run([str(bench / name)], cwd=tree, env=e, capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            values = [float(m.group(1)) for m in FIGURE.finditer(line)]
            if not values:
                continue
            label = FIGURE.sub('#', line)
            label = re.sub(r'\s+', ' ', label).strip()
            figures[label] = values
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument('before', type=Path)
    parser.add_argument('after', type=Path)
    parser.add_argument('--rounds', type=int, default=5)
    args = parser.parse_args()
    # A server for each side: the newer checkout migrates the database to a schema the older one refuses.
    script = Path(__file__).resolve().parent.parent / 'tests' / 'pg_server.sh'
    pg_dirs = {side: tempfile.mkdtemp(prefix=f'dr-pg-compare-{side}-') for side in ('before', 'after')}
    pg = {}
    for side, pg_dir in pg_dirs.items():
        if subprocess.run(['sh', str(script), 'start', pg_dir], capture_output=True).returncode == 0:
            pg[side] = f'postgresql://dr_admin@localhost/postgres?host={pg_dir}'
    best = {'before': {}, 'after': {}}
    try:
        for r in range(args.rounds):
            for side in ('before', 'after') if r % 2 == 0 else ('after', 'before'):
                for label, values in run(getattr(args, side), pg.get(side)).items():
                    kept = best[side].setdefault(label, values)
                    best[side][label] = [min(a, b) for a, b in zip(kept, values)]
            print(f'round {r + 1} of {args.rounds} done', file=sys.stderr)
    finally:
        for pg_dir in pg_dirs.values():
            subprocess.run(['sh', str(script), 'stop', pg_dir], capture_output=True)
    slower = []
    for label, before in best['before'].items():
        after = best['after'].get(label)
        if after is None:
            print(f'{label}: only before')
            continue
        pairs = ', '.join(f'{b:g} → {a:g} ({a / b:.2f}×)' if b else f'{b:g} → {a:g}' for b, a in zip(before, after))
        print(f'{label}\n    {pairs}')
        if any(b > 0 and a > b * 1.10 for b, a in zip(before, after)):
            slower.append(label)
    for label in best['after']:
        if label not in best['before']:
            print(f'{label}: only after {best["after"][label]}')
    print(f'\n{len(slower)} figure(s) more than 10 % slower (best of {args.rounds} each):')
    for label in slower:
        print('  ' + label)
    return 1 if slower else 0


if __name__ == '__main__':
    sys.exit(main())
