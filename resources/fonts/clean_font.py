#!/usr/bin/python3
"""Makes a Fandol face fit for the program's pages (shared/DESIGN.md, bench/RESULTS.md):

* removes the cmap entries U+2E80–U+2FDF (CJK radicals, Kangxi radicals): Qt 6.4 otherwise writes ToUnicode
  entries that map common hanzi (一 人 大 日 行 …) to those code points, so copied and searched text is wrong;
* with --weight N, sets OS/2.usWeightClass (Fandol's Bold files declare 400);
* with --truetype, turns the CFF outlines into TrueType (quadratic) ones within 1/1000 em: FreeType reads a
  TrueType glyph for its advance width several times faster than a CFF one, which is most of what laying out a
  report costs;
* with --simplify T, first refits the traced outlines with fewer curves within T/1000 em (outline_fit.py), and
  makes them quadratic within T/1000 em too;
* with --upem N, stores the outlines and metrics on an N-unit em instead of 1000: smaller numbers, fewer bytes.

Together, --simplify 2 --upem 250 keep every outline within 7/1000 em of Fandol's by construction (2 for the refit,
2 for the quadratic curves, 2.8 for rounding points to the 4/1000-em grid; 5.3 the worst measured): 0.039 mm at 3号,
under the 0.042 mm of a 600-dpi printer dot. tests/check_fonts.py checks it. The glyphs a PDF embeds come out 45 %
smaller.

Making a face takes minutes; with --cache DIR a face made before from the same source, options and scripts is
copied from DIR instead (as ccache does for objects: build trees, clean clones and CI runs share it).

Usage: clean_font.py SOURCE DESTINATION [--weight N] [--truetype [--simplify T] [--upem N]] [--cache DIR]
"""
import argparse
import hashlib
import os
import shutil
import sys

from fontTools.ttLib import TTFont, newTable


def to_truetype(font, simplify, upem):
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.transformPen import TransformPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib.scaleUpem import scale_upem

    from outline_fit import draw_simplified

    scale = upem / font['head'].unitsPerEm
    order = font.getGlyphOrder()
    outlines = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        # Scaled before the quadratic conversion, so that coordinates are rounded once, on the new em.
        quadratic = TransformPen(Cu2QuPen(pen, max(1.0, simplify) * scale, reverse_direction=True), (scale, 0, 0, scale, 0, 0))
        if simplify:
            draw_simplified(outlines[name], quadratic, simplify)
        else:
            outlines[name].draw(quadratic)
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
    parser.add_argument('--cache', metavar='DIR')
    options = parser.parse_args(argv[1:])
    if not options.truetype and (options.simplify or options.upem):
        parser.error('--simplify and --upem need --truetype')
    source, destination, truetype = options.source, options.destination, options.truetype
    cached = None
    if options.cache:
        key = hashlib.sha256()
        for path in (source, __file__, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'outline_fit.py')):
            with open(path, 'rb') as f:
                key.update(hashlib.sha256(f.read()).digest())
        key.update(repr(sorted((k, v) for k, v in vars(options).items() if k not in ('cache', 'source', 'destination'))).encode())
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
        to_truetype(font, options.simplify, options.upem or font['head'].unitsPerEm)
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
