# shellcheck shell=bash
# Wine set-up shared by build-on-linux.sh and verify-under-wine.sh (sourced, not run).
#
# Everything here exists only because of Wine 8.0 (Debian 12); none of it enters the bundle
# or the installer, and a real Windows build needs none of it.  Each workaround names the
# Wine failure it answers.

WINE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# wine_setup_env PREFIX HOME_DIR: a private prefix and a private $HOME, so that nothing is
# written to the user's home (Wine links "Documents", "Desktop"... to folders of $HOME and
# caches Mono/Gecko under ~/.cache).
wine_setup_env() {
    export WINEPREFIX="$1"
    export HOME="$2"
    export XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache" XDG_DATA_HOME="$HOME/.local/share"
    mkdir -p "$WINEPREFIX" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME"
    export WINEARCH=win64
    export WINEDEBUG="${WINEDEBUG:--all}"
    # winemenubuilder.exe=d : no .desktop files or icons written into the (private) home.
    # winedbg.exe=d         : an unimplemented function would otherwise start the debugger,
    #                         which waits for a console forever; now the process just dies.
    # mscoree,mshtml=       : no dialogs offering to download Wine Mono / Gecko.
    export WINEDLLOVERRIDES="winemenubuilder.exe=d;winedbg.exe=d;mscoree,mshtml="
    # Windows programs see a Swedish user, as on a municipal office PC.
    export LANG=sv_SE.UTF-8 LC_ALL=sv_SE.UTF-8
}

# wine_run SECONDS PROGRAM ARGS...: run a Windows program with a time limit.
# ": | wine ... | cat": Python (and our frozen app) cannot initialise its standard streams
# when they are a file or /dev/null under Wine 8.0 ("Fatal Python error: init_sys_streams:
# can't initialize sys standard streams / OSError: [WinError 6]"), so stdin, stdout and
# stderr are all pipes.  The exit status is the program's (or 124 on time-out).
wine_run() {
    local seconds="$1"
    shift
    local status
    set +e
    : | timeout -k 15 "$seconds" wine "$@" 2> >(cat >&2) | cat
    status=${PIPESTATUS[1]}
    set -e
    return "$status"
}

# wine_run_to FILE SECONDS PROGRAM ARGS...: like wine_run, stdout into FILE (bytes as written).
wine_run_to() {
    local file="$1" seconds="$2"
    shift 2
    local status
    set +e
    : | timeout -k 15 "$seconds" wine "$@" 2> >(cat >&2) | cat >"$file"
    status=${PIPESTATUS[1]}
    set -e
    return "$status"
}

# wine_stub_dlls OUT_DIR: cross-compile the build-only stand-in DLLs (see the .c files).
wine_stub_dlls() {
    local out="$1"
    mkdir -p "$out"
    if [ ! -f "$out/icuuc.dll" ] || [ "$WINE_DIR/icuuc-stub.c" -nt "$out/icuuc.dll" ]; then
        x86_64-w64-mingw32-gcc -O2 -Wall -shared -s -o "$out/icuuc.dll" "$WINE_DIR/icuuc-stub.c"
    fi
}

# wine_init_prefix STUB_DIR: create the prefix (if new) and apply the Wine-only fixes.
wine_init_prefix() {
    local stubs="$1"
    if [ ! -f "$WINEPREFIX/.samverkan-ready" ]; then
        wine_run 300 wineboot --init
        wineserver -w
        # Windows 10, pinned: Qt 6 needs it and the installer refuses anything older
        # (MinVersion=10.0.17763), whatever a Wine build or an old prefix defaults to.
        wine_run 120 winecfg -v win10
        # Not done here: {autopf} of a per-user install is FOLDERID_UserProgramFiles, which
        # Wine 8.0's SHGetKnownFolderPath rejects outright (E_INVALIDARG; a "User Shell
        # Folders" value does not help).  samverkan.iss falls back to %LOCALAPPDATA%\Programs
        # itself (DefaultAppDir), so the shipped installer installs unchanged.
        touch "$WINEPREFIX/.samverkan-ready"
    fi
    # The system ICU Qt6Core.dll links against (see icuuc-stub.c): into system32 only.
    cp "$stubs/icuuc.dll" "$WINEPREFIX/drive_c/windows/system32/icuuc.dll"
}

# wine_path_w UNIX_PATH: the Windows form of a path (Z:\...).
wine_path_w() {
    winepath -w "$1" 2>/dev/null
}
