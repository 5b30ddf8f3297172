#!/usr/bin/env bash
# Renders the app icon from its SVG source into every size the desktops want:
# PNGs for freedesktop's hicolor theme (and the window icon), a Windows .ico
# and a macOS .icns. Needs librsvg2-bin, imagemagick and icnsutils.
set -euo pipefail
cd "$(dirname "$0")/../assets/icons"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "${size}x${size}"
    rsvg-convert -w "$size" -h "$size" mailsetup.svg -o "${size}x${size}/mailsetup.png"
done
# ImageMagick's own convert: another `convert` may come first on the PATH.
/usr/bin/convert {16,24,32,48,64,256}x*/mailsetup.png mailsetup.ico
png2icns mailsetup.icns {16,32,48,128,256,512}x*/mailsetup.png >/dev/null
echo "icons rendered in assets/icons/"
