#!/usr/bin/env bash
# Install, run and remove the Windows installer under Wine, as a Swedish user would; check the
# portable zip too.  Exits non-zero when any check failed.
#
#   bash packaging/windows/verify-under-wine.sh dist/Samverkan-<version>-setup.exe [dist/samverkan-<version>-windows-amd64-portable.zip]
#   bash packaging/windows/verify-under-wine.sh dist/samverkan-<version>-windows-amd64-portable.zip
#
# Given only the zip (when the installer could not be built: no wine32), the program checks run
# on the portable folder instead of the installed program, and the install/uninstall checks are
# left out.
#
# A fresh Wine prefix each run (in a temporary folder, removed at the end; nothing in $HOME).
# Needs what install-toolchain.sh installs (wine, wine32 for the installer, mingw, Xvfb,
# xwininfo and ImageMagick's `import` for the screenshot of the real window).  The screenshot is written to build/wine-verify/window.png (and to
# docs/screenshots/windows-wine-sv.png with --update-screenshot).
set -euo pipefail
# Under pipefail `long-output | grep -q …` fails at random: grep exits at the first match, the
# writer gets SIGPIPE (141) and the pipeline counts as failed (a 4-page PDF's text was enough).
# Long outputs are read to the end (`grep … >/dev/null`); tests/packaging checks the scripts.

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$REPO/packaging/windows"
CACHE="${SAMVERKAN_WINE_CACHE:-$REPO/build/wine-cache}"
OUT="$REPO/build/wine-verify"
# shellcheck source=wine/wine-env.sh
. "$HERE/wine/wine-env.sh"

UPDATE_SCREENSHOT=0
if [ "${1:-}" = "--update-screenshot" ]; then UPDATE_SCREENSHOT=1; shift; fi
INSTALLER=""
ZIP=""
for arg; do
    case "$arg" in
        *.exe) INSTALLER="$(realpath "$arg")" ;;
        *.zip) ZIP="$(realpath "$arg")" ;;
        *) echo "usage: $0 [--update-screenshot] [INSTALLER.exe] [ZIP.zip]" >&2; exit 2 ;;
    esac
done
[ -n "$INSTALLER$ZIP" ] || { echo "usage: $0 [--update-screenshot] [INSTALLER.exe] [ZIP.zip]" >&2; exit 2; }
for file in $INSTALLER $ZIP; do [ -f "$file" ] || { echo "no such file: $file" >&2; exit 2; }; done

START=$(date +%s)
CHECKS=0
FAILED=0
pass() { CHECKS=$((CHECKS + 1)); echo "ok    $*"; }
fail() { CHECKS=$((CHECKS + 1)); FAILED=$((FAILED + 1)); echo "FAIL  $*"; }
not() { ! "$@"; }
check() { # DESCRIPTION COMMAND...: pass when the command succeeds
    local what="$1"
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}
finish() {
    local status=$?
    set +e # clean up whatever happened
    [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null
    [ -n "${WINEPREFIX:-}" ] && wineserver -k 2>/dev/null
    [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null
    mountpoint -q "${RO_DIR:-/nonexistent}" && umount "$RO_DIR"
    [ -n "${WORK:-}" ] && cp "$WORK"/*.log "$WORK"/*.txt "$WORK"/*.json "$OUT/" 2>/dev/null; [ -n "${WORK:-}" ] && rm -rf "$WORK"
    [ "$status" != 0 ] && echo "verify-under-wine: stopped by an error (exit $status) after $CHECKS checks"
    echo "verify-under-wine: $((CHECKS - FAILED)) passed, $FAILED failed ($(($(date +%s) - START)) s)"
    [ "$FAILED" = 0 ] && exit "$status"
    exit 1
}
trap finish EXIT

# --- tools -----------------------------------------------------------------------------------
if [ -n "$INSTALLER" ]; then bash "$HERE/install-toolchain.sh"; else bash "$HERE/install-toolchain.sh" --portable-only; fi
if [ -n "$INSTALLER" ] && [ "$(head -1 "$REPO/build/wine-toolchain.txt")" != full ]; then
    echo "the installer needs wine32: $(sed -n 2p "$REPO/build/wine-toolchain.txt")" >&2
    exit 75
fi

mkdir -p "$OUT" "$REPO/build"
WORK="$(mktemp -d "$REPO/build/wine-verify-XXXXXX")"
# A display for the real window; the Windows programs see a Swedish user.
Xvfb_display() {
    local fd_file="$WORK/display"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$fd_file" 2>/dev/null &
    XVFB_PID=$!
    for _ in $(seq 50); do [ -s "$fd_file" ] && break; sleep 0.1; done
    export DISPLAY=":$(cat "$fd_file")"
}
Xvfb_display

echo "== fresh Wine prefix"
wine_setup_env "$WORK/prefix" "$WORK/home"
wine_stub_dlls "$CACHE/stubs"
wine_init_prefix "$CACHE/stubs"
WUSER="$(wine_run 30 cmd /c 'echo %USERNAME%' | tr -d '\r')"
C="$WINEPREFIX/drive_c"
PROFILE="$C/users/$WUSER"
PROGRAM_DIR="$PROFILE/AppData/Local/Programs/Samverkan"
START_MENU="$PROFILE/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
PROGRAM_W='C:\users\'"$WUSER"'\AppData\Local\Programs\Samverkan'

reg_value() { # KEY [VALUE]: the data of a value (default value without VALUE)
    local out
    if [ $# -ge 2 ]; then out="$(wine_run 30 reg query "$1" /v "$2" || true)"; else out="$(wine_run 30 reg query "$1" /ve || true)"; fi
    printf '%s\n' "$out" | tr -d '\r' | sed -n 's/^ *[^ ].*REG_[A-Z_]*[[:space:]]\{1,\}//p' | head -1
}
# reg_key_present KEY: KEY (below HKCU, e.g. 'Software\Classes\.samverkan') or any key below it
# exists in the prefix's user.reg (read after `wineserver -w`, which writes the registry out).
# Wine writes a key there when it has values or no subkeys, so an empty key left behind shows up
# as itself or as its (empty) subkey.
reg_key_present() {
    python3 -c 'import sys; key = "[" + sys.argv[2].replace("\\", "\\\\").lower()
lines = [line.lower() for line in open(sys.argv[1], encoding="utf-8", errors="replace")]
sys.exit(0 if any(line.startswith((key + "]", key + "\\\\")) for line in lines) else 1)' \
        "$WINEPREFIX/user.reg" "$1"
}
expect_eq() { # DESCRIPTION ACTUAL EXPECTED
    if [ "$2" = "$3" ]; then pass "$1"; else fail "$1: got [$2], expected [$3]"; fi
}
if [ -n "$INSTALLER" ]; then
    echo "== silent per-user install: $(basename "$INSTALLER")"
    t0=$(date +%s)
    check "installer exits 0 (/VERYSILENT /SUPPRESSMSGBOXES /CURRENTUSER /NORESTART)" \
        wine_run 300 "$INSTALLER" /VERYSILENT /SUPPRESSMSGBOXES /CURRENTUSER /NORESTART "/LOG=$(wine_path_w "$WORK/install.log")"
    wineserver -w
    echo "   install took $(($(date +%s) - t0)) s"
    check "program files under the user's AppData\\Local\\Programs\\Samverkan" \
        test -f "$PROGRAM_DIR/samverkan.exe" -a -f "$PROGRAM_DIR/samverkan-cli.exe" -a -f "$PROGRAM_DIR/unins000.exe"
    check "no build-only Wine file (stub DLL, sitecustomize) was installed" \
        python3 "$HERE/check_artifacts.py" --folder "$PROGRAM_DIR"
    check "nothing written under HKLM (system.reg names no Samverkan)" \
        bash -c "! grep -qi samverkan '$WINEPREFIX/system.reg'"
    check "nothing installed into Program Files" \
        bash -c "! ls '$C/Program Files' '$C/Program Files (x86)' | grep -qi samverkan"
    check "Start-menu shortcut in the user's Start menu" test -f "$START_MENU/Samverkan.lnk"

    for pair in ".samverkan:Samverkan.Assessment:samverkan-document.ico" ".samverkan-grupp:Samverkan.Group:samverkan-group.ico"; do
        IFS=: read -r ext progid icon <<<"$pair"
        expect_eq "HKCU $ext -> ProgId $progid" "$(reg_value "HKCU\\Software\\Classes\\$ext")" "$progid"
        expect_eq "HKCU $ext OpenWithProgids lists $progid" \
            "$(wine_run 30 reg query "HKCU\\Software\\Classes\\$ext\\OpenWithProgids" | tr -d '\r' | grep -c "^ *$progid ")" "1"
        expect_eq "$progid icon" "$(reg_value "HKCU\\Software\\Classes\\$progid\\DefaultIcon")" \
            "\"$PROGRAM_W\\_internal\\samverkan_gui\\resources\\icons\\$icon\",0"
        check "$progid icon file is installed" test -f "$PROGRAM_DIR/_internal/samverkan_gui/resources/icons/$icon"
        expect_eq "$progid open command" "$(reg_value "HKCU\\Software\\Classes\\$progid\\shell\\open\\command")" \
            "\"$PROGRAM_W\\samverkan.exe\" \"%1\""
    done

fi

# portable_setup: the zip unpacked into a read-only folder (as on a network share or a locked
# USB stick); sets PORTABLE_DIR.
portable_setup() {
    echo "== portable zip from a read-only folder: $(basename "$ZIP")"
    local src="$WORK/portable-src"
    RO_DIR="$C/Portable (skrivskyddad)"
    mkdir -p "$src" "$RO_DIR"
    unzip -q "$ZIP" -d "$src"
    check "the zip holds no build-only Wine file" python3 "$HERE/check_artifacts.py" --zip "$ZIP"
    # A read-only bind mount (root ignores permission bits, so chmod alone proves nothing).
    if mount --bind "$src" "$RO_DIR" 2>/dev/null && mount -o remount,ro,bind "$RO_DIR" 2>/dev/null; then
        check "the portable folder is really read-only" bash -c "! touch '$RO_DIR/samverkan/probe' 2>/dev/null"
    else
        umount "$RO_DIR" 2>/dev/null || true
        rmdir "$RO_DIR" && cp -a "$src" "$RO_DIR" && chmod -R a-w "$RO_DIR"
        echo "   (no bind mount here: permission bits only)"
    fi
    PORTABLE_DIR="$RO_DIR/samverkan"
}

if [ -n "$INSTALLER" ]; then
    WHERE="the installed program"
    APP="$PROGRAM_DIR/samverkan.exe"
else
    portable_setup
    WHERE="the portable program (no installer to check)"
    APP="$PORTABLE_DIR/samverkan.exe"
fi
CLI="$(dirname "$APP")/samverkan-cli.exe"
echo "== $WHERE"
if wine_run 300 "$CLI" --self-test >"$WORK/self-test-cli.txt" 2>&1 && tail -1 "$WORK/self-test-cli.txt" | grep -q "self-test passed"; then
    pass "samverkan-cli.exe --self-test ($WHERE)"
else
    fail "samverkan-cli.exe --self-test ($WHERE)"; cat "$WORK/self-test-cli.txt"
fi
TEMP_DIR="$(winepath -u "$(wine_run 30 cmd /c 'echo %TEMP%' | tr -d '\r')")"
rm -f "$TEMP_DIR/samverkan-self-test.log"
# Through start.exe, as from Explorer or cmd's `start /wait`: the windowed exe then has no
# standard streams (run directly, Wine would hand it our pipes) and writes its log instead.
check "samverkan.exe --self-test (windowed) exits 0" wine_run 300 start /wait /unix "$APP" --self-test
check "samverkan.exe --self-test wrote its log, ending in 'self-test passed'" \
    bash -c "tail -1 '$TEMP_DIR/samverkan-self-test.log' | tr -d '\r' | grep -q 'self-test passed'"

# A user's document in a folder and under a name with å, ä, ö and spaces.
DOCS="$PROFILE/Documents/Samverkan övning/Möten i år"
mkdir -p "$DOCS"
DOC="$DOCS/Skattning för Åsa och Örjan.samverkan"
cp "$REPO/examples/komplett.samverkan" "$DOC"
DOC_W="$(wine_path_w "$DOC")"
PDF="$DOCS/Rapport för Åsa och Örjan.pdf"
if wine_run 120 "$CLI" score "$DOC_W" >"$WORK/score.txt" 2>&1 && grep -q "^STARTFÖRHÅLLANDEN  *17 / 25 " "$WORK/score.txt" \
    && grep -q "^Summa  *66 / 105" "$WORK/score.txt"; then
    pass "score a file whose folder and name hold å ä ö and spaces (66 / 105, block names in UTF-8)"
else
    fail "score from a path with å ä ö"; cat "$WORK/score.txt"
fi
if wine_run 180 "$CLI" report "$DOC_W" -o "$(wine_path_w "$PDF")" && head -c 5 "$PDF" | grep -q '%PDF-' \
    && pdftotext "$PDF" - | grep "Näringslivsrådet i Storby kommun" >/dev/null; then
    pass "PDF written next to it (read back: the collaboration's name with å ä ö)"
else
    fail "PDF from a path with å ä ö"
fi
if wine_run_to "$WORK/score.json" 120 "$CLI" score --json "$DOC_W" \
    && python3 -c 'import json,sys; d=json.loads(open(sys.argv[1],"rb").read().decode("utf-8")); assert d["total"] == 66 and "Här finns goda förutsättningar" in d["band"]["advice"]' "$WORK/score.json"; then
    pass "score --json redirected to a file is valid UTF-8 JSON (å ä ö as UTF-8)"
else
    fail "score --json redirected is not UTF-8 JSON"; head -c 300 "$WORK/score.json" | od -c | head
fi

# open_with PROGID FILE_W TITLE SHOT: run the registry's open command of PROGID on FILE_W (as
# Explorer's double-click does; without an installer, the portable samverkan.exe) and wait for a
# window whose title holds TITLE; screenshot to SHOT.
open_with() {
    local progid="$1" file_w="$2" title="$3" shot="$4" command app_w shown=0 window_id
    if [ -n "$INSTALLER" ]; then
        command="$(reg_value "HKCU\\Software\\Classes\\$progid\\shell\\open\\command")"
        app_w="$(printf '%s' "$command" | sed 's/^"\([^"]*\)" "%1"$/\1/')"
    else
        app_w="$(wine_path_w "$APP")"
    fi
    : | timeout -k 5 120 wine "$app_w" "$file_w" >/dev/null 2>&1 &
    APP_PID=$!
    for _ in $(seq 120); do
        if xwininfo -root -tree 2>/dev/null | grep -F "$title" >/dev/null; then shown=1; break; fi
        sleep 0.5
    done
    if [ $shown = 1 ]; then
        sleep 3 # let it paint fully
        window_id="$(xwininfo -root -tree | grep -F "$title" | awk '{print $1}' | head -1)"
        import -window "$window_id" "$shot" 2>/dev/null || import -window root "$shot"
        pass "$progid's open command shows the window with the file ('$title'); screenshot $shot"
    else
        fail "$progid's open command: no window with '$title' appeared"
        xwininfo -root -tree | grep '"' | head -20 || true
        import -window root "${shot%.png}-failed.png" || true
    fi
    kill "$APP_PID" 2>/dev/null || true
    wineserver -k 2>/dev/null || true
    sleep 1
    APP_PID=
    [ $shown = 1 ]
}

echo "== the open commands on saved files show the window"
if open_with Samverkan.Assessment "$DOC_W" "Skattning för Åsa och Örjan" "$OUT/window.png" && [ $UPDATE_SCREENSHOT = 1 ]; then
    cp "$OUT/window.png" "$REPO/docs/screenshots/windows-wine-sv.png"
fi
GROUP="$DOCS/Workshop i Örnsköldsvik.samverkan-grupp"
cp "$REPO/examples/workshop-7.samverkan-grupp" "$GROUP"
open_with Samverkan.Group "$(wine_path_w "$GROUP")" "Workshop i Örnsköldsvik" "$OUT/window-group.png" || true

# With an installer, the checks above ran on the installed program: the zip gets its own.
if [ -n "$INSTALLER" ] && [ -n "$ZIP" ]; then
    portable_setup
    out="$WORK/portable-self-test.txt"
    if wine_run 300 "$PORTABLE_DIR/samverkan-cli.exe" --self-test >"$out" 2>&1 && tail -1 "$out" | grep -q "self-test passed"; then
        pass "portable samverkan-cli.exe --self-test from the read-only folder"
    else
        fail "portable self-test from a read-only folder"; cat "$out"
    fi
    if wine_run 120 "$PORTABLE_DIR/samverkan-cli.exe" score "$DOC_W" >"$out" 2>&1 && grep -q "^Summa  *66 / 105" "$out"; then
        pass "portable samverkan-cli.exe scores a file"
    else
        fail "portable score"; cat "$out"
    fi
    mountpoint -q "$RO_DIR" && umount "$RO_DIR"
fi

if [ -n "$INSTALLER" ]; then
    echo "== uninstall"
    # What the user has, which the uninstaller must leave alone: documents, settings, recovery files.
    wine_run 30 reg add 'HKCU\Software\Samverkan\Samverkan' /v language /t REG_SZ /d sv /f >/dev/null
    RECOVERY="$PROFILE/AppData/Local/Samverkan/Samverkan/recovery"
    mkdir -p "$RECOVERY" && cp "$REPO/examples/utkast.samverkan" "$RECOVERY/1234-abcd.samverkan"
    check "uninstaller exits 0" wine_run 300 "$PROGRAM_DIR/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART \
        "/LOG=$(wine_path_w "$WORK/uninstall.log")"
    wineserver -w
    check "program folder removed" test ! -e "$PROGRAM_DIR"
    check "Start-menu shortcut removed" test ! -e "$START_MENU/Samverkan.lnk"
    for key in Samverkan.Assessment Samverkan.Group .samverkan .samverkan-grupp 'Applications\samverkan.exe' \
        'Microsoft\Windows\CurrentVersion\Uninstall\{6C7B2E4A-3F1D-4C8E-9A55-2B7D1E0F9A31}_is1'; do
        [[ $key == Microsoft* ]] && full="Software\\$key" || full="Software\\Classes\\$key"
        check "HKCU\\$full removed (no empty key left)" not reg_key_present "$full"
    done
    check "the user's documents are kept (.samverkan, group file and PDF)" test -f "$DOC" -a -f "$GROUP" -a -f "$PDF"
    expect_eq "the user's settings are kept" "$(reg_value 'HKCU\Software\Samverkan\Samverkan' language)" sv
    check "the recovery folder is kept" test -f "$RECOVERY/1234-abcd.samverkan"
fi
