#!/usr/bin/env bash
# What can be checked here of the Windows and macOS packages, which are
# built on those systems (README, "Packages"):
#
# 1. packaging/Packager.toml is read by the real cargo-packager, which
#    changes into packaging/ first, so every path in it must resolve from
#    there. It makes its Linux .deb here, and the macOS .app bundle's
#    layout and Info.plist (with the Linux program inside); the .ico's path
#    is checked directly, since only the Windows installer reads it.
# 2. The Windows program is cross-compiled with MinGW in release mode and
#    its PE header is read: a windowed (GUI subsystem) program, so no
#    console opens behind the wizard, with the icon and the version
#    information that Explorer and Task Manager show.
#
# Needs root for apt-get the first time. The Windows standard library
# comes from rustup; where rustup cannot download it, part 2 says so and
# is skipped rather than failed.
set -euo pipefail
cd "$(dirname "$0")/.."

packager_version=0.11.8
windows=x86_64-pc-windows-gnu

echo "other-platforms: packaging/Packager.toml, read by cargo-packager"
python3 - packaging/Packager.toml <<'PY'
import os, sys, tomllib
config_path = sys.argv[1]
folder = os.path.dirname(config_path)
with open(config_path, "rb") as file:
    config = tomllib.load(file)
paths = list(config["icons"]) + [config["macos"]["info-plist-path"]]
missing = [p for p in paths if not os.path.isfile(os.path.join(folder, p))]
assert not missing, f"other-platforms: {missing} do not exist relative to {folder}/"
print(f"other-platforms: {len(paths)} icon and Info.plist paths resolve from {folder}/")
PY
installed=$(cargo packager --version 2>/dev/null || true)
[ "$installed" = "cargo-packager $packager_version" ] ||
    cargo install cargo-packager --locked --quiet --version "$packager_version"
rm -f target/release/mailsetup_*.deb
cargo packager --quite --release --config packaging/Packager.toml --formats deb
deb=$(ls target/release/mailsetup_*_amd64.deb)
contents=$(dpkg-deb --contents "$deb")
for file in usr/bin/mailsetup usr/share/icons/hicolor/256x256/apps/mailsetup.png; do
    grep -Eq " (\./)?$file$" <<<"$contents" || {
        echo "other-platforms: cargo-packager's package lacks $file" >&2; exit 1; }
done
rm -f "$deb"
echo "other-platforms: cargo-packager made its .deb from packaging/Packager.toml"

# The .app bundle's layout and Info.plist, with the Linux program inside
# (a macOS program needs Apple's SDK to link): the bundle a Mac user opens
# has the same Info.plist, icon and layout.
app="target/release/Mail Setup Assistant.app"
rm -rf "$app"
cargo packager --quite --release --config packaging/Packager.toml --formats app
python3 - "$app" <<'PY'
import os, plistlib, sys
app = sys.argv[1]
with open(os.path.join(app, "Contents/Info.plist"), "rb") as file:
    info = plistlib.load(file)
expected = {
    "CFBundleIdentifier": "org.mailsetupassistant.MailSetup",
    "CFBundleName": "Mail Setup Assistant",
    "CFBundleDisplayName": "Mail Setup Assistant",
    "CFBundleExecutable": "mailsetup",
    "NSHighResolutionCapable": True,
}
for key, value in expected.items():
    assert info.get(key) == value, f"other-platforms: Info.plist {key} is {info.get(key)!r}"
# Set only by packaging/macos/Info.plist: proves that it was merged in.
assert "NSHumanReadableCopyright" in info and "NSSupportsAutomaticGraphicsSwitching" in info, \
    "other-platforms: packaging/macos/Info.plist was not merged into the bundle"
for path in ["Contents/MacOS/mailsetup", "Contents/Resources/" + info["CFBundleIconFile"]]:
    assert os.path.isfile(os.path.join(app, path)), f"other-platforms: the bundle lacks {path}"
print("other-platforms: cargo-packager made the .app bundle, with its Info.plist and icon")
PY
rm -rf "$app"

echo "other-platforms: the Windows program, cross-compiled"
if ! rustup target list --installed | grep -qx "$windows" &&
    ! rustup target add "$windows" >/dev/null 2>&1; then
    echo "other-platforms: SKIPPED the Windows build: rustup could not download the $windows standard library"
    exit 0
fi
if ! command -v x86_64-w64-mingw32-gcc >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 >/dev/null
fi
cargo build --release --locked --quiet --target "$windows"
python3 - "target/$windows/release/mailsetup.exe" <<'PY'
import struct, sys

with open(sys.argv[1], "rb") as file:
    exe = file.read()
pe = struct.unpack_from("<I", exe, 0x3C)[0]
assert exe[pe:pe + 4] == b"PE\0\0", "not a PE file"
sections_count, optional_size = struct.unpack_from("<H12xH", exe, pe + 6)
optional = pe + 24
assert struct.unpack_from("<H", exe, optional)[0] == 0x20B, "not PE32+"
subsystem = struct.unpack_from("<H", exe, optional + 68)[0]
assert subsystem == 2, f"subsystem {subsystem}: a console window would open behind the wizard"

# The resource directory (data directory 2) and the types at its top level.
resource_rva = struct.unpack_from("<I", exe, optional + 112 + 2 * 8)[0]
assert resource_rva, "no resources: no icon and no version information"
for index in range(sections_count):
    section = optional + optional_size + 40 * index
    size, rva, _, raw = struct.unpack_from("<IIII", exe, section + 8)
    if rva <= resource_rva < rva + size:
        root = resource_rva - rva + raw
        break
named, numbered = struct.unpack_from("<HH", exe, root + 12)
types = {struct.unpack_from("<I", exe, root + 16 + 8 * i)[0] for i in range(named + numbered)}
for type_id, what in [(14, "icon"), (16, "version information")]:
    assert type_id in types, f"the program has no {what}"
assert "Mail Setup Assistant".encode("utf-16-le") in exe, "the version information lacks the name"
print("other-platforms: mailsetup.exe is a windowed program with its icon and its name")
PY
