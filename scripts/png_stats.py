#!/usr/bin/env python3
"""Pixel statistics of a PNG, to check that a screenshot shows something real.

Standard library only (zlib): decodes 8-bit RGB/RGBA/grey PNGs, non-interlaced (what Bevy and
Chromium write). Usage:

    png_stats.py FILE.png [--expect-size WxH] [--panel-width PX] [--caption-height PX]
                 [--min-red-fraction F]

Checks, each printed and all enforced:
  - the image is not one colour (several hundred distinct colours);
  - the 3D area contains muscle-red pixels (the calf) and ivory pixels (bone);
  - with --panel-width, the panel strip on the left has text (bright pixels on dark);
  - with --caption-height, the strip at the bottom has text (the presenter's caption);
  - with --differs-from OTHER.png, at least --min-difference of the 3D area differs from the
    other picture (a flag that changes the view was not ignored), and with --max-difference at
    most that much (an input that must leave the view alone did).
"""
import argparse
import struct
import sys
import zlib


def decode_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        elif kind == b"IEND":
            break
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace:
        raise ValueError(f"unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})")
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    i = 0
    for _ in range(height):
        kind = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = prev[x]
            c = prev[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + ((a + b) >> 1)) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pred) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, channels, rows


def pixel(rows, channels, x, y):
    row = rows[y]
    if channels >= 3:
        return row[x * channels], row[x * channels + 1], row[x * channels + 2]
    v = row[x * channels]
    return v, v, v


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("png")
    parser.add_argument("--expect-size")
    parser.add_argument("--panel-width", type=int, default=0)
    parser.add_argument("--caption-height", type=int, default=0)
    parser.add_argument("--min-red-fraction", type=float, default=0.005)
    parser.add_argument("--differs-from", help="another screenshot of the same size")
    parser.add_argument("--min-difference", type=float, default=0.1)
    parser.add_argument("--max-difference", type=float, default=None)
    args = parser.parse_args()

    width, height, channels, rows = decode_png(args.png)
    failures = []
    print(f"{args.png}: {width}x{height}")
    if args.expect_size:
        w, h = (int(v) for v in args.expect_size.lower().split("x"))
        if (w, h) != (width, height):
            failures.append(f"size {width}x{height}, expected {w}x{h}")

    colours, red, ivory, scene = set(), 0, 0, 0
    panel_bright, panel = 0, 0
    caption_bright, caption = 0, 0
    step = 2  # every other pixel is plenty and keeps this fast
    for y in range(0, height, step):
        for x in range(0, width, step):
            r, g, b = pixel(rows, channels, x, y)
            colours.add((r >> 3, g >> 3, b >> 3))
            if y >= height - args.caption_height:
                caption += 1
                if r > 170 and g > 170 and b > 170:
                    caption_bright += 1
                continue
            if x < args.panel_width:
                panel += 1
                if r > 170 and g > 170 and b > 170:
                    panel_bright += 1
                continue
            scene += 1
            if r > 110 and r > 1.7 * g and r > 1.7 * b:
                red += 1
            if r > 170 and g > 150 and b > 110 and r - b > 15 and r - b < 90:
                ivory += 1
    red_fraction = red / max(scene, 1)
    ivory_fraction = ivory / max(scene, 1)
    print(f"distinct colours (5-bit): {len(colours)}")
    print(f"3D area: muscle-red {red_fraction:.2%}, bone-ivory {ivory_fraction:.2%}")
    if len(colours) < 200:
        failures.append(f"only {len(colours)} distinct colours: blank or one colour")
    if red_fraction < args.min_red_fraction:
        failures.append(f"muscle-red covers {red_fraction:.2%} of the 3D area, expected at least {args.min_red_fraction:.2%}")
    if ivory_fraction < 0.002:
        failures.append(f"bone-ivory covers {ivory_fraction:.2%} of the 3D area: no bones drawn")
    if args.differs_from:
        ow, oh, ochannels, orows = decode_png(args.differs_from)
        changed, compared = 0, 0
        for y in range(0, min(height, oh), step):
            for x in range(args.panel_width, min(width, ow), step):
                a = pixel(rows, channels, x, y)
                b = pixel(orows, ochannels, x, y)
                compared += 1
                if sum(abs(p - q) for p, q in zip(a, b)) > 60:
                    changed += 1
        difference = changed / max(compared, 1)
        print(f"differs from {args.differs_from}: {difference:.2%} of the 3D area")
        if difference < args.min_difference:
            failures.append(f"only {difference:.2%} differs from {args.differs_from}, expected at least {args.min_difference:.1%}")
        if args.max_difference is not None and difference > args.max_difference:
            failures.append(f"{difference:.2%} differs from {args.differs_from}, expected at most {args.max_difference:.1%}")
    if args.panel_width:
        bright = panel_bright / max(panel, 1)
        print(f"panel: bright text pixels {bright:.2%}")
        if not 0.003 < bright < 0.5:
            failures.append(f"panel text pixels {bright:.2%}: panel missing or blank")
    if args.caption_height:
        bright = caption_bright / max(caption, 1)
        print(f"caption: bright text pixels {bright:.2%}")
        if not 0.01 < bright < 0.5:
            failures.append(f"caption text pixels {bright:.2%}: caption missing or blank")
    for failure in failures:
        print(f"FAIL: {failure}")
    if failures:
        sys.exit(1)
    print("pixels ok")


if __name__ == "__main__":
    main()
