#!/usr/bin/env python3
"""Draws the two Teams app icons of strategy-bot; only the standard library (zlib, struct).

    python3 manifest/icons.py        # rewrites manifest/color.png and manifest/outline.png

The picture: a RAG status column, three stacked dots (red, amber, green) in a rounded housing,
the way the bot reports each strategic priority.
- color.png   192x192, full colour: the dots in a white housing on the app's accent colour (#1F4E79).
- outline.png 32x32, white (#FFFFFF) on transparent, as Teams requires: the housing as a white line,
  the dots as white discs. Every pixel is white; only its alpha varies (anti-aliased edges).
Shapes are signed-distance functions sampled 4x4 per pixel, so edges are smooth.
"""
import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

ACCENT = (0x1F, 0x4E, 0x79)
WHITE = (0xFF, 0xFF, 0xFF)
RED = (0xD1, 0x34, 0x38)
AMBER = (0xF2, 0xA9, 0x00)
GREEN = (0x10, 0x7C, 0x10)


def png(path, width, height, rows):
    """Writes an 8-bit RGBA PNG; rows is a list of lists of (r, g, b, a)."""
    raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def rounded_rect(x, y, cx, cy, half_w, half_h, radius):
    """Signed distance to a rounded rectangle centred on (cx, cy): < 0 inside."""
    qx = abs(x - cx) - (half_w - radius)
    qy = abs(y - cy) - (half_h - radius)
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    return outside + min(max(qx, qy), 0.0) - radius


def circle(x, y, cx, cy, r):
    return math.hypot(x - cx, y - cy) - r


def render(size, shade, samples=4):
    """shade(x, y) -> (r, g, b, a) at a point in pixel units; averaged over samples x samples."""
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(samples):
                for sx in range(samples):
                    r, g, b, a = shade(px + (sx + 0.5) / samples, py + (sy + 0.5) / samples)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            n = samples * samples
            alpha = acc[3] / n
            if alpha <= 0:
                row.append((0, 0, 0, 0))
            else:
                row.append(tuple(round(c / acc[3]) for c in acc[:3]) + (round(alpha * 255),))
        rows.append(row)
    return rows


def colour_icon(x, y):
    s = 192 / 32.0  # drawn on the same 32-unit grid as the outline, scaled
    u, v = x / s, y / s
    if rounded_rect(u, v, 16, 16, 7.5, 14.5, 7.5) < 0:
        for cy, colour in ((8.5, RED), (16, AMBER), (23.5, GREEN)):
            if circle(u, v, 16, cy, 3.9) < 0:
                return colour + (1.0,)
        return WHITE + (1.0,)
    return ACCENT + (1.0,)


def outline_icon(x, y):
    housing = rounded_rect(x, y, 16, 16, 7.5, 14.5, 7.5)
    if -1.6 < housing < 0:  # a line about 1.6 px wide
        return WHITE + (1.0,)
    for cy in (8.5, 16, 23.5):
        if circle(x, y, 16, cy, 3.0) < 0:
            return WHITE + (1.0,)
    return WHITE + (0.0,)


def main():
    png(os.path.join(HERE, "color.png"), 192, 192, render(192, colour_icon))
    outline = render(32, outline_icon)
    # transparent pixels stay white too, so the file holds no colour but white
    outline = [[(255, 255, 255, px[3]) for px in row] for row in outline]
    png(os.path.join(HERE, "outline.png"), 32, 32, outline)


if __name__ == "__main__":
    main()
