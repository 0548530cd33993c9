#!/usr/bin/env python3
"""Makes the app's small symbol fonts: the few symbols the app shows (▶ ⚠ 💾 📖 …) cut out of
egui's two emoji fonts, so the web download carries ~10 KB of symbols instead of ~0.6 MB of
fonts (docs/performance.md). The text font, Ubuntu Light, is used whole (it covers Latin, Greek
and Cyrillic, for languages to come).

Which symbols: every character of the language files, the data files and the source that
Ubuntu Light does not have, plus those egui draws itself. Run it after adding a symbol;
`cargo test` fails while a text holds a character no font of the app can draw.

Usage: python3 scripts/subset-fonts.py   (fonttools from PyPI: pip install fonttools)
"""
import glob
import json
import os
import subprocess
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "ui", "fonts")
# Symbols egui draws itself (submenu arrow, copy, delete, warning, the minus sign, and ◻, which
# stands for a character no font has).
EGUI_SYMBOLS = "⏵📋🗑⚠−…◻"
SOURCES = ["NotoEmoji-Regular.ttf", "emoji-icon-font.ttf"]


def font_folder():
    """egui's fonts, from the crate that ships them (in cargo's registry after a build)."""
    meta = json.loads(subprocess.check_output(
        ["cargo", "metadata", "--format-version", "1", "--offline"], cwd=ROOT))
    for package in meta["packages"]:
        if package["name"] == "epaint_default_fonts":
            return os.path.join(os.path.dirname(package["manifest_path"]), "fonts")
    sys.exit("subset-fonts: epaint_default_fonts is not in the dependency tree")


def texts():
    patterns = ["assets/**/*.ftl", "assets/**/*.ron", "src/**/*.rs"]
    for pattern in patterns:
        for path in glob.glob(os.path.join(ROOT, pattern), recursive=True):
            with open(path, encoding="utf-8") as file:
                yield file.read()


def main():
    folder = font_folder()
    text_font = set(TTFont(os.path.join(folder, "Ubuntu-Light.ttf")).getBestCmap())
    wanted = {c for text in texts() for c in text if ord(c) > 0x7F} | set(EGUI_SYMBOLS)
    symbols = sorted(c for c in wanted if ord(c) not in text_font)
    print("subset-fonts: symbols not in Ubuntu Light:", "".join(symbols))
    os.makedirs(OUT, exist_ok=True)
    covered = set()
    for name in SOURCES:
        source = os.path.join(folder, name)
        have = set(TTFont(source).getBestCmap())
        keep = [c for c in symbols if ord(c) in have and c not in covered]
        covered.update(keep)
        options = subset.Options()
        options.name_IDs = ["*"]  # keep the names, with the copyright and licence notices
        options.notdef_outline = True
        options.layout_features = []
        font = subset.load_font(source, options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=[ord(c) for c in keep])
        subsetter.subset(font)
        target = os.path.join(OUT, name.replace(".ttf", "-subset.ttf"))
        subset.save_font(font, target, options)
        print(f"subset-fonts: {os.path.relpath(target, ROOT)}: {''.join(keep)} "
              f"({os.path.getsize(target)} bytes)")
    missing = [c for c in symbols if c not in covered]
    if missing:
        sys.exit(f"subset-fonts: no font has {''.join(missing)}")


if __name__ == "__main__":
    main()
