#!/usr/bin/env python3
"""xwd_to_png.py SCREEN.xwd OUT.png — Xvfb's frame buffer (-fbdir, XWD format, 24/32-bit TrueColor) as a PNG,
with no imaging library; fails when the screen is blank or nearly so (the window did not paint)."""
import struct
import sys
import zlib


def main(source, target):
    data = open(source, 'rb').read()
    fields = struct.unpack('>25I', data[:100])
    header_size, width, height = fields[0], fields[4], fields[5]
    bits_per_pixel, bytes_per_line, ncolors = fields[11], fields[12], fields[19]
    byte_order = fields[7]  # 0 LSBFirst, 1 MSBFirst
    if bits_per_pixel not in (24, 32):
        sys.exit(f'{source}: {bits_per_pixel} bits per pixel, expected 24 or 32')
    step = bits_per_pixel // 8
    pixels = data[header_size + ncolors * 12:]
    rows = []
    colours = set()
    for y in range(height):
        line = pixels[y * bytes_per_line:y * bytes_per_line + width * step]
        out = bytearray(b'\0')
        for x in range(0, width * step, step):
            b, g, r = (line[x], line[x + 1], line[x + 2]) if byte_order == 0 else (line[x + step - 1], line[x + step - 2], line[x + step - 3])
            out += bytes((r, g, b))
            if y % 4 == 0 and x % (4 * step) == 0:
                colours.add((r, g, b))
        rows.append(bytes(out))
    chunk = lambda kind, body: struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body) & 0xffffffff)
    png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0)) \
        + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b'')
    open(target, 'wb').write(png)
    print(f'{target}: {width}x{height}, {len(colours)} colours sampled')
    if len(colours) < 20:
        sys.exit('the screen is (nearly) blank: the window did not paint')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
