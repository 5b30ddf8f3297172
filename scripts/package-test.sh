#!/usr/bin/env bash
# The Linux package, as a user gets it: builds the .deb with cargo-deb,
# validates the launcher and the AppStream metainfo, installs the package
# with dpkg, checks that every file landed where a desktop looks for it,
# runs the installed binary, and removes the package cleanly. Needs root.
set -euo pipefail
cd "$(dirname "$0")/.."
id=org.mailsetupassistant.MailSetup

command -v cargo-deb >/dev/null || cargo install cargo-deb --locked --quiet
desktop-file-validate "packaging/linux/$id.desktop"
appstreamcli validate --no-net "packaging/linux/$id.metainfo.xml"
# The metainfo's screenshots are published copies of assets/screenshots/:
# each must exist there, with the size the metainfo states.
python3 - "packaging/linux/$id.metainfo.xml" <<'PY'
import struct, sys, xml.etree.ElementTree as ET
images = ET.parse(sys.argv[1]).getroot().findall("./screenshots/screenshot/image")
assert images, "package-test: the metainfo has no screenshots"
for image in images:
    path = "assets/screenshots/" + image.text.rsplit("/", 1)[-1]
    with open(path, "rb") as png:
        width, height = struct.unpack(">II", png.read(24)[16:24])
    stated = (int(image.get("width")), int(image.get("height")))
    assert stated == (width, height), f"package-test: {path} is {width}x{height}, the metainfo says {stated}"
print(f"package-test: {len(images)} metainfo screenshots match assets/screenshots/")
PY

deb=$(cargo deb --locked --quiet --output target/debian/ 2>/dev/null | tail -n 1)
[ -f "$deb" ] || deb=$(ls -t target/debian/*.deb | head -n 1)
echo "package-test: built $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Depends

dpkg -i "$deb" >/dev/null
files=(
    /usr/bin/mailsetup
    "/usr/share/applications/$id.desktop"
    "/usr/share/metainfo/$id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$id.svg"
    /usr/share/doc/mailsetup/README.md
)
for size in 16 24 32 48 64 128 256 512; do files+=("/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"); done
for file in "${files[@]}"; do
    [ -f "$file" ] || { echo "package-test: $file is missing after install" >&2; exit 1; }
done
desktop-file-validate "/usr/share/applications/$id.desktop"
grep -q "^Icon=$id$" "/usr/share/applications/$id.desktop"
version=$(mailsetup --version)
echo "package-test: installed, runs: $version"
[ "$version" = "mailsetup $(awk -F'"' '/^version/ {print $2; exit}' Cargo.toml)" ]

dpkg -r mailsetup >/dev/null
for file in "${files[@]}"; do
    [ ! -e "$file" ] || { echo "package-test: $file is left behind after removal" >&2; exit 1; }
done
! dpkg -s mailsetup >/dev/null 2>&1 || dpkg -s mailsetup | grep -q "deinstall" || {
    echo "package-test: still registered after removal" >&2; exit 1; }
echo "package-test: removed cleanly"
