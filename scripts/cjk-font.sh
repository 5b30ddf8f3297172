#!/usr/bin/env bash
# Writes assets/fonts/cjk-jp.otf and cjk-sc.otf: the characters of the
# Japanese and the Chinese resources (and any arrow or symbol of the
# others) from Noto Sans CJK JP and SC, so
# that the window can show its own sentences in those languages on a
# computer without a CJK font, within the binary's size budget. Where the
# system has a CJK font, the window uses that (src/gui/fonts.rs).
# Run after changing a Chinese or Japanese resource; the tests fail when a
# character of them is missing from the font.
#   apt-get install fonts-noto-cjk fonttools
#   scripts/cjk-font.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
subset() { # subset FACE-INDEX OUTPUT RESOURCES...
    local index=$1 output=$2 text
    shift 2
    text=$(mktemp)
    # Every character of the resources past the Latin, Greek and Cyrillic
    # that egui's own fonts have (CJK, arrows, full-width forms), and the
    # full-width punctuation and digits a sentence may add.
    cat "$@" | python3 -c 'import sys; print("".join(sorted({c for c in sys.stdin.read() if ord(c) > 0x218F} | {chr(c) for c in range(0xFF01, 0xFF5F)} | set("、。「」『』（）・ー…"))))' >"$text"
    pyftsubset "$source" --font-number="$index" --text-file="$text" --output-file="$output" \
        --layout-features='*' --no-hinting --desubroutinize --name-IDs='*' --name-languages='*'
    echo "$output: $(wc -c <"$output") bytes, $(wc -m <"$text") characters"
    rm -f "$text"
}
# The collection's faces: 0 Japanese, 2 Simplified Chinese. The same
# character is drawn the way each language writes it, so each language
# has its own face; the Japanese one also holds the other languages'
# symbols (arrows).
subset 0 assets/fonts/cjk-jp.otf $(ls locales/*/*.ftl | grep -v '^locales/zh-')
subset 2 assets/fonts/cjk-sc.otf locales/zh-Hans/*.ftl
