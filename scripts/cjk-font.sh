#!/usr/bin/env bash
# Writes assets/fonts/cjk-subset.otf: the characters of the Chinese and
# Japanese resources (and any arrow or symbol of the others) from Noto
# Sans CJK, so
# that the window can show its own sentences in those languages on a
# computer without a CJK font, within the binary's size budget. Where the
# system has a CJK font, the window uses that (src/gui/theme.rs).
# Run after changing a Chinese or Japanese resource; the tests fail when a
# character of them is missing from the font.
#   apt-get install fonts-noto-cjk fonttools
#   scripts/cjk-font.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
text=$(mktemp)
trap 'rm -f "$text"' EXIT
# Every character of the resources past the Latin, Greek and Cyrillic
# that egui's own fonts have (CJK, arrows, full-width forms), and the
# full-width punctuation and digits a sentence may add.
cat locales/*/*.ftl \
    | python3 -c 'import sys; print("".join(sorted({c for c in sys.stdin.read() if ord(c) > 0x218F} | {chr(c) for c in range(0xFF01, 0xFF5F)} | set("、。「」『』（）・ー…"))))' >"$text"
# Index 0 of the collection is the Japanese face (2 the Simplified Chinese).
pyftsubset "$source" --font-number=0 --text-file="$text" --output-file=assets/fonts/cjk-subset.otf \
    --layout-features='*' --no-hinting --desubroutinize --name-IDs='*' --name-languages='*'
echo "assets/fonts/cjk-subset.otf: $(wc -c <assets/fonts/cjk-subset.otf) bytes, $(wc -m <"$text") characters"
