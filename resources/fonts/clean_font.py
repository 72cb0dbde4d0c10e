#!/usr/bin/python3
"""Makes a Fandol face fit for the program's pages (shared/DESIGN.md, bench/RESULTS.md):

* removes the cmap entries U+2E80–U+2FDF (CJK radicals, Kangxi radicals): Qt 6.4 otherwise writes ToUnicode
  entries that map common hanzi (一 人 大 日 行 …) to those code points, so copied and searched text is wrong;
* with --weight N, sets OS/2.usWeightClass (Fandol's Bold files declare 400);
* with --truetype, turns the CFF outlines into TrueType (quadratic) ones within 1 unit (1/1000 em): FreeType
  reads a TrueType glyph for its advance width several times faster than a CFF one, which is most of what
  laying out a report costs, and the subsets our PDF writer embeds come out no larger.

Usage: clean_font.py SOURCE DESTINATION [--weight N] [--truetype]
"""
import sys

from fontTools.ttLib import TTFont, newTable


def to_truetype(font):
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    order = font.getGlyphOrder()
    outlines = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        outlines[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font['loca'] = newTable('loca')
    glyf = font['glyf'] = newTable('glyf')
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    for tag in ('CFF ', 'VORG'):  # VORG belongs to CFF faces
        if tag in font:
            del font[tag]
    maxp = font['maxp']
    maxp.tableVersion = 0x00010000
    for field in ('maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
                  'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements', 'maxComponentDepth'):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font['post'].formatType = 3.0  # no glyph names: a CID face has none worth keeping
    font.sfntVersion = '\x00\x01\x00\x00'


def main(argv):
    args = argv[1:]
    truetype = '--truetype' in args
    if truetype:
        args.remove('--truetype')
    if len(args) not in (2, 4) or (len(args) == 4 and args[2] != '--weight'):
        print(__doc__, file=sys.stderr)
        return 2
    source, destination = args[0], args[1]
    font = TTFont(source, lazy=not truetype)  # lazily, only the tables touched are decompiled and rebuilt
    removed = 0
    for table in font['cmap'].tables:
        if hasattr(table, 'cmap'):
            radicals = [c for c in table.cmap if 0x2E80 <= c <= 0x2FDF]
            for c in radicals:
                del table.cmap[c]
            removed += len(radicals)
    if len(args) == 4:
        font['OS/2'].usWeightClass = int(args[3])
    if truetype:
        to_truetype(font)
    font.save(destination)
    print(f'{destination}: removed {removed} radical cmap entries' + (', TrueType outlines' if truetype else ''))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
