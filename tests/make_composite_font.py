#!/usr/bin/python3
"""Writes a small TrueType face with composite glyphs for tst_truetypesubsetter: offices' own faces may build
glyphs from components, which the subsetter must keep and renumber. Glyph order and what each glyph is:

  0 .notdef   1 unused1 (square)   2 unused2 (square)   3 bar (simple)   4 dot (simple)
  5 barDot (composite: bar + dot moved)   6 twice (composite: barDot + bar, scaled: a nested composite)

Usage: make_composite_font.py OUT.ttf
"""
import sys

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen


def rectangle(x0, y0, x1, y1):
    pen = TTGlyphPen(None)
    pen.moveTo((x0, y0))
    pen.lineTo((x0, y1))
    pen.lineTo((x1, y1))
    pen.lineTo((x1, y0))
    pen.closePath()
    return pen.glyph()


def composite(glyphs, parts):
    pen = TTGlyphPen(glyphs)
    for name, transform in parts:
        pen.addComponent(name, transform)
    return pen.glyph()


def main(argv):
    order = ['.notdef', 'unused1', 'unused2', 'bar', 'dot', 'barDot', 'twice']
    glyphs = {'.notdef': rectangle(50, 0, 450, 700), 'unused1': rectangle(0, 0, 900, 900),
              'unused2': rectangle(100, 100, 800, 800), 'bar': rectangle(100, 0, 200, 700), 'dot': rectangle(300, 0, 400, 100)}
    glyphs['barDot'] = composite(glyphs, [('bar', (1, 0, 0, 1, 0, 0)), ('dot', (1, 0, 0, 1, 200, 300))])
    glyphs['twice'] = composite(glyphs, [('barDot', (1, 0, 0, 1, 0, 0)), ('bar', (0.5, 0, 0, 0.5, 600, 100))])
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(order)
    builder.setupCharacterMap({ord('A') + i: name for i, name in enumerate(order[1:])})
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: (1000, glyphs[name].xMin if hasattr(glyphs[name], 'xMin') else 0) for name in order})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({'familyName': 'DR Composite Test', 'styleName': 'Regular'})
    builder.setupOS2()
    builder.setupPost()
    builder.save(argv[1])
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
