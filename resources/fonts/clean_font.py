#!/usr/bin/python3
"""Makes a Fandol face fit for the program's pages (shared/DESIGN.md, bench/RESULTS.md):

* removes the cmap entries U+2E80–U+2FDF (CJK radicals, Kangxi radicals): Qt 6.4 otherwise writes ToUnicode
  entries that map common hanzi (一 人 大 日 行 …) to those code points, so copied and searched text is wrong;
* with --weight N, sets OS/2.usWeightClass (Fandol's Bold files declare 400);
* with --truetype, turns the CFF outlines into TrueType (quadratic) ones within 1/1000 em: FreeType reads a
  TrueType glyph for its advance width several times faster than a CFF one, which is most of what laying out a
  report costs;
* with --simplify T, first refits the traced outlines with fewer curves within T/1000 em (OutlineFit.cpp, a build
  tool given by --fitter), and makes them quadratic within T/1000 em too;
* with --upem N, stores the outlines and metrics on an N-unit em instead of 1000: smaller numbers, fewer bytes.

Together, --simplify 2 --upem 250 keep every outline within 7/1000 em of Fandol's by construction (2 for the refit,
2 for the quadratic curves, 2.8 for rounding points to the 4/1000-em grid; 5.3 the worst measured): 0.039 mm at 3号,
under the 0.042 mm of a 600-dpi printer dot. tests/check_fonts.py checks it. The glyphs a PDF embeds come out 45 %
smaller.

Making a face takes ~20 s of a core (most of it fontTools reading the CFF and writing the TrueType); with --cache DIR a face made before from the same source, options and scripts is
copied from DIR instead (as ccache does for objects: build trees, clean clones and CI runs share it).

Usage: clean_font.py SOURCE DESTINATION [--weight N] [--truetype [--simplify T --fitter PATH] [--upem N]] [--cache DIR]
"""
import argparse
import hashlib
import math
import os
import shutil
import subprocess
import sys
from array import array

from fontTools.ttLib import TTFont, newTable


class _Contours:
    """A pen that keeps a glyph's closed contours as segments of 2 (line) or 4 (cubic) points."""

    def __init__(self):
        self.contours = []
        self.current = None

    def moveTo(self, p):
        self.current = []
        self.start = self.last = tuple(p)

    def lineTo(self, p):
        p = tuple(p)
        if math.dist(p, self.last) > 1e-9:
            self.current.append((self.last, p))
        self.last = p

    def curveTo(self, *points):
        self.current.append((self.last,) + tuple(tuple(q) for q in points))
        self.last = tuple(points[-1])

    def closePath(self):
        self.lineTo(self.start)
        if self.current:
            self.contours.append(self.current)
        self.current = None

    endPath = closePath


def simplified(outlines, order, tol, fitter):
    """Every glyph's outline refitted within tol by the fitter (OutlineFit.cpp's protocol: doubles in and out), as
    name -> [(start, [points of each segment: 1 = line to, 3 = cubic to])]."""
    data = array('d', [tol, len(order)])
    for name in order:
        pen = _Contours()
        outlines[name].draw(pen)
        data.append(len(pen.contours))
        for contour in pen.contours:
            data.append(len(contour))
            for segment in contour:
                data.append(len(segment))
                for x, y in segment:
                    data.append(x)
                    data.append(y)
    result = subprocess.run([fitter], input=data.tobytes(), stdout=subprocess.PIPE, check=True)
    values = array('d')
    values.frombytes(result.stdout)
    at = 0

    def take(n=1):
        nonlocal at
        at += n
        return values[at - n:at]

    glyphs = {}
    for name in order:
        contours = []
        for _ in range(int(take()[0])):
            start = tuple(take(2))
            segments = []
            for _ in range(int(take()[0])):
                points = take(2 * int(take()[0]))
                segments.append([(points[i], points[i + 1]) for i in range(0, len(points), 2)])
            contours.append((start, segments))
        glyphs[name] = contours
    return glyphs


def to_truetype(font, simplify, upem, fitter):
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.transformPen import TransformPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib.scaleUpem import scale_upem

    scale = upem / font['head'].unitsPerEm
    order = font.getGlyphOrder()
    outlines = font.getGlyphSet()
    refitted = simplified(outlines, order, simplify, fitter) if simplify else None
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        # Scaled before the quadratic conversion, so that coordinates are rounded once, on the new em.
        quadratic = TransformPen(Cu2QuPen(pen, max(1.0, simplify) * scale, reverse_direction=True), (scale, 0, 0, scale, 0, 0))
        if refitted is None:
            outlines[name].draw(quadratic)
        else:
            for start, segments in refitted[name]:
                quadratic.moveTo(start)
                for points in segments:
                    if len(points) == 1:
                        quadratic.lineTo(points[0])
                    else:
                        quadratic.curveTo(*points)
                quadratic.closePath()
        glyphs[name] = pen.glyph()
    for tag in ('CFF ', 'VORG'):  # VORG belongs to CFF faces
        if tag in font:
            del font[tag]
    if scale != 1:
        scale_upem(font, upem)  # the metrics; no outline table is left for it to touch
    font['loca'] = newTable('loca')
    glyf = font['glyf'] = newTable('glyf')
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    # A TrueType glyph is drawn shifted by its hmtx left side bearing minus its xMin (FreeType, and so the preview
    # and PDF viewers, do so): the bearing must be the new outline's xMin. Fandol's CFF bearings are off by up to
    # 7/1000 em for some glyphs, which a CFF renderer ignores.
    hmtx = font['hmtx']
    for name, glyph in glyphs.items():
        glyph.recalcBounds(glyf)
        hmtx[name] = (hmtx[name][0], glyph.xMin if glyph.numberOfContours else 0)
    maxp = font['maxp']
    maxp.tableVersion = 0x00010000
    for field in ('maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
                  'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements', 'maxComponentDepth'):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font['post'].formatType = 3.0  # no glyph names: a CID face has none worth keeping
    font.sfntVersion = '\x00\x01\x00\x00'


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('source')
    parser.add_argument('destination')
    parser.add_argument('--weight', type=int)
    parser.add_argument('--truetype', action='store_true')
    parser.add_argument('--simplify', type=float, default=0.0, metavar='T')
    parser.add_argument('--upem', type=int, metavar='N')
    parser.add_argument('--fitter', metavar='PATH', help='the OutlineFit build tool (for --simplify)')
    parser.add_argument('--cache', metavar='DIR')
    options = parser.parse_args(argv[1:])
    if not options.truetype and (options.simplify or options.upem):
        parser.error('--simplify and --upem need --truetype')
    if options.simplify and not options.fitter:
        parser.error('--simplify needs --fitter (the OutlineFit build tool)')
    source, destination, truetype = options.source, options.destination, options.truetype
    cached = None
    if options.cache:
        key = hashlib.sha256()
        for path in (source, __file__, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'OutlineFit.cpp')):
            with open(path, 'rb') as f:
                key.update(hashlib.sha256(f.read()).digest())
        key.update(repr(sorted((k, v) for k, v in vars(options).items() if k not in ('cache', 'source', 'destination', 'fitter'))).encode())
        cached = os.path.join(options.cache, key.hexdigest()[:32] + os.path.splitext(destination)[1])
        if os.path.exists(cached):
            shutil.copyfile(cached, destination)
            print(f'{destination}: from {cached}')
            return 0
    font = TTFont(source, lazy=not truetype)  # lazily, only the tables touched are decompiled and rebuilt
    removed = 0
    for table in font['cmap'].tables:
        if hasattr(table, 'cmap'):
            radicals = [c for c in table.cmap if 0x2E80 <= c <= 0x2FDF]
            for c in radicals:
                del table.cmap[c]
            removed += len(radicals)
    if options.weight:
        font['OS/2'].usWeightClass = options.weight
    if truetype:
        to_truetype(font, options.simplify, options.upem or font['head'].unitsPerEm, options.fitter)
    font.save(destination)
    if cached:
        try:  # written under another name first, so that a parallel build never copies half a file
            os.makedirs(options.cache, exist_ok=True)
            partial = f'{cached}.{os.getpid()}'
            shutil.copyfile(destination, partial)
            os.replace(partial, cached)
        except OSError as e:
            print(f'{cached}: not cached ({e})', file=sys.stderr)
    print(f'{destination}: removed {removed} radical cmap entries' + (', TrueType outlines' if truetype else ''))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
