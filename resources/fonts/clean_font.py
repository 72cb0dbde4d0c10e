#!/usr/bin/python3
"""Makes a font fit for Qt's PDF writer (shared/DESIGN.md):

* removes the cmap entries U+2E80–U+2FDF (CJK radicals, Kangxi radicals): Qt 6.4 otherwise writes ToUnicode
  entries that map common hanzi (一 人 大 日 行 …) to those code points, so copied and searched text is wrong;
* with --weight N, sets OS/2.usWeightClass (Fandol's Bold files declare 400).

Usage: clean_font.py SOURCE DESTINATION [--weight N]
"""
import sys

from fontTools.ttLib import TTFont


def main(argv):
    if len(argv) not in (3, 5):
        print(__doc__, file=sys.stderr)
        return 2
    source, destination = argv[1], argv[2]
    font = TTFont(source, lazy=True)  # only the tables touched here are decompiled and rebuilt
    removed = 0
    for table in font['cmap'].tables:
        if hasattr(table, 'cmap'):
            radicals = [c for c in table.cmap if 0x2E80 <= c <= 0x2FDF]
            for c in radicals:
                del table.cmap[c]
            removed += len(radicals)
    if len(argv) == 5 and argv[3] == '--weight':
        font['OS/2'].usWeightClass = int(argv[4])
    font.save(destination)
    print(f'{destination}: removed {removed} radical cmap entries')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
