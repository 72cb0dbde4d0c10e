#!/usr/bin/python3
"""Checks the print faces the build made (resources/fonts/clean_font.py) against Debian's Fandol originals:
same glyphs under the same ids, no cmap entry in U+2E80–U+2FDF, Bold faces at weight 700, advance widths kept,
and every sampled outline within the tolerance of the original's (symmetric distance, measured on dense samples of
both outlines).

Usage: check_fonts.py FANDOL_DIR BUILT_DIR [MAX_DEVIATION_PER_MILLE_EM]
"""
import math
import os
import sys

import numpy as np
from fontTools.pens.basePen import decomposeQuadraticSegment
from fontTools.pens.recordingPen import RecordingPen
from fontTools.ttLib import TTFont
from scipy.spatial import cKDTree

FACES = {'FandolFang-Regular': 400, 'FandolSong-Regular': 400, 'FandolSong-Bold': 700, 'FandolHei-Regular': 400,
         'FandolKai-Regular': 400}
# Characters of every report, and a spread of the whole face.
TEXT = '政府信息公开工作年度报告一、总体情况（二）收到和处理申请情况第页—0123456789，。：；“”《》％'
DENSITY = 2  # samples per thousandth of an em of outline: every point lies within 0.25 of a sample, so a measured distance is within 0.25 of the true one (the bound is 7)


def outline_points(drawing, scale):
    """Dense points along a glyph drawing (RecordingPen values), in thousandths of an em."""
    points = []
    start = last = None

    def line(a, b):
        n = max(2, int(math.dist(a, b) * DENSITY))
        t = np.linspace(0, 1, n)[:, None]
        points.append(a + t * (b - a))

    def curve(c):
        length = sum(math.dist(c[i], c[i + 1]) for i in range(len(c) - 1))
        t = np.linspace(0, 1, max(2, int(length * DENSITY)))
        if len(c) == 3:
            points.append(((1 - t) ** 2)[:, None] * c[0] + (2 * (1 - t) * t)[:, None] * c[1] + (t * t)[:, None] * c[2])
        else:
            mt = 1 - t
            points.append(np.stack([mt ** 3, 3 * mt * mt * t, 3 * mt * t * t, t ** 3], axis=1) @ c)

    for op, args in drawing:
        pts = [np.array(a, dtype=float) * scale for a in args if a is not None]
        if op == 'moveTo':
            start = last = pts[0]
        elif op == 'lineTo':
            line(last, pts[0])
            last = pts[0]
        elif op == 'curveTo':
            curve(np.array([last] + pts))
            last = pts[-1]
        elif op == 'qCurveTo':
            if args[-1] is None:  # a contour of off-curve points only
                raise ValueError('unexpected contour without on-curve points')
            for control, end in decomposeQuadraticSegment(args):
                curve(np.array([last, np.array(control) * scale, np.array(end) * scale]))
                last = np.array(end) * scale
        elif op in ('closePath', 'endPath'):
            line(last, start)
            last = start
    return np.concatenate(points) if points else np.zeros((0, 2))


def drawing(glyph_set, name):
    pen = RecordingPen()
    glyph_set[name].draw(pen)
    return pen.value


def check(source_path, built_path, weight, limit):
    problems = []
    source, built = TTFont(source_path), TTFont(built_path)
    # The built faces have no glyph names (post format 3): glyphs are matched by id, as the PDF writer uses them.
    order, built_order = source.getGlyphOrder(), built.getGlyphOrder()
    if len(order) != len(built_order):
        problems.append(f'{len(built_order)} glyphs, the original has {len(order)}')
        return problems, 0
    to_built = dict(zip(order, built_order))
    radicals = [c for c in built.getBestCmap() if 0x2E80 <= c <= 0x2FDF]
    if radicals:
        problems.append(f'{len(radicals)} cmap entries in U+2E80–U+2FDF remain')
    source_cmap = {c: to_built[g] for c, g in source.getBestCmap().items() if not 0x2E80 <= c <= 0x2FDF}
    if source_cmap != built.getBestCmap():
        problems.append('the cmap maps characters to other glyphs than the original')
    if built['OS/2'].usWeightClass != weight:
        problems.append(f'weight {built["OS/2"].usWeightClass}, not {weight}')
    s_scale = 1000 / source['head'].unitsPerEm
    b_scale = 1000 / built['head'].unitsPerEm
    for name, (advance, _) in source['hmtx'].metrics.items():
        built_advance = built['hmtx'][to_built[name]][0] * b_scale
        if abs(built_advance - advance * s_scale) > 0.5 * b_scale + 1e-9:
            problems.append(f'{name}: advance {built_advance:g} against {advance * s_scale:g}')
            break
    cmap = source.getBestCmap()
    sample = {cmap[ord(c)] for c in TEXT if ord(c) in cmap} | set(order[1::max(1, len(order) // 150)])
    s_glyphs, b_glyphs = source.getGlyphSet(), built.getGlyphSet()
    worst = 0.0
    for name in sorted(sample):
        a = outline_points(drawing(s_glyphs, name), s_scale)
        b = outline_points(drawing(b_glyphs, to_built[name]), b_scale)
        if len(a) == 0 and len(b) == 0:
            continue
        if len(a) == 0 or len(b) == 0:
            problems.append(f'{name}: outline lost')
            continue
        distance = max(cKDTree(b).query(a)[0].max(), cKDTree(a).query(b)[0].max())
        worst = max(worst, distance)
        if distance > limit:
            problems.append(f'{name}: outline off by {distance:.2f}/1000 em (limit {limit})')
    return problems, worst


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    fandol, built = argv[1], argv[2]
    limit = float(argv[3]) if len(argv) == 4 else 7.0
    failed = False
    for face, weight in FACES.items():
        problems, worst = check(os.path.join(fandol, face + '.otf'), os.path.join(built, face + '.ttf'), weight, limit)
        print(f'{face}: outlines within {worst:.2f}/1000 em' + ('' if not problems else ': ' + '; '.join(problems[:5])))
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
